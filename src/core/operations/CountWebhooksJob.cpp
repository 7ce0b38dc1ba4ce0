#include "operations/CountWebhooksJob.h"

#include "accounts/ReadTokenJob.h"
#include "trello/ApiClient.h"
#include "trello/ListWebhooksJob.h"

namespace onboard {

CountWebhooksJob::CountWebhooksJob(Workspace workspace, Account account, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_account(std::move(account))
{
}

void CountWebhooksJob::run()
{
    if (m_account.isOAuth()) {
        finish();
        return;
    }
    startStep(new ReadTokenJob(m_workspace, m_account), [this](ReadTokenJob *read) {
        if (Error e = read->error()) {
            finish(e);
            return;
        }
        // The account as read, with its secret headers' values.
        auto *client =
            new ApiClient(m_workspace.endpointFor(read->account()), read->account().apiKey, read->token(), this);
        startStep(new ListWebhooksJob(client), [this, client](ListWebhooksJob *listed) {
            client->deleteLater();
            if (listed->error() && !listed->tokenIsDead()) {
                finish(listed->error());
                return;
            }
            m_count = int(listed->webhooks().size());
            finish();
        });
    });
}

} // namespace onboard
