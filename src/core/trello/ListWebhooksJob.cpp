#include "trello/ListWebhooksJob.h"

#include "trello/ApiCall.h"
#include "trello/ApiClient.h"

namespace onboard {

ListWebhooksJob::ListWebhooksJob(ApiClient *client, QObject *parent)
    : Job(parent)
    , m_client(client)
{
}

void ListWebhooksJob::run()
{
    ApiCall *call = m_client->get(QStringLiteral("tokens/") + m_client->token() + QStringLiteral("/webhooks"));
    startStep(call, [this](ApiCall *answered) {
        if (Error e = answered->error()) {
            m_tokenIsDead = answered->tokenIsDead();
            finish(e);
            return;
        }
        finish(TrelloResponse::parseWebhooks(answered->body(), &m_webhooks));
    });
}

} // namespace onboard
