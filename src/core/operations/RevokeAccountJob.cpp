#include "operations/RevokeAccountJob.h"

#include "accounts/ChangeLock.h"
#include "changes/CrashPoint.h"
#include "operations/ForgetAccountJob.h"
#include "accounts/ReadTokenJob.h"
#include "trello/ApiClient.h"
#include "trello/ListWebhooksJob.h"
#include "trello/RevokeTokenJob.h"

namespace onboard {

RevokeAccountJob::RevokeAccountJob(Workspace workspace, Account account, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_account(std::move(account))
{
}

void RevokeAccountJob::run()
{
    m_lock = new ChangeLock(m_workspace.settingsPath(), this);
    startStep(m_lock->acquire(), [this](Job *acquired) {
        if (Error e = acquired->error()) {
            done(e);
            return;
        }
        if (m_account.isOAuth()) {
            // No revocation endpoint is documented for OAuth 2.0 grants: forgotten here only, and
            // the caller says how to end it in the person's account (RevokeTokenJob::howToRemoveOAuthApp).
            m_forgottenOnly = true;
            startStep(new ForgetAccountJob(m_workspace, m_account, m_lock),
                      [this](ForgetAccountJob *forgot) { done(forgot->error()); });
            return;
        }
        startStep(new ReadTokenJob(m_workspace, m_account), [this](ReadTokenJob *read) {
            if (Error e = read->error())
                done(e);
            else
                revoke(read->account(), read->token());
        });
    });
}

void RevokeAccountJob::revoke(const Account &account, const QString &token)
{
    // The account as read, with its secret headers' values.
    auto *client = new ApiClient(m_workspace.endpointFor(account), account.apiKey, token, this);
    // What stops with the token, counted with the very token revoked next.
    startStep(new ListWebhooksJob(client), [this, client](ListWebhooksJob *listed) {
        if (listed->error() && !listed->tokenIsDead()) { // a dead token's webhooks are gone: 0
            m_webhooksStopped = -1;
            m_webhookCountProblem = listed->error();
        } else {
            m_webhooksStopped = int(listed->webhooks().size());
        }
        revokeWith(client);
    });
}

void RevokeAccountJob::revokeWith(ApiClient *client)
{
    startStep(new RevokeTokenJob(client), [this](RevokeTokenJob *revoked) {
        CrashPoint::reached("revoke:after-request");
        if (!revoked->isGone()) {
            const Error &e = revoked->error();
            if (e.kind() == ErrorKind::TokenRefused)
                done({e.kind(), tr("Trello did not revoke the token: %1 It is still stored here and still works. %2")
                                    .arg(e.message(), RevokeTokenJob::howToRevokeOnTrello())});
            else
                done({e.kind(), tr("The token was not revoked: %1 Nothing was removed.").arg(e.message())});
            return;
        }
        m_alreadyInvalid = revoked->result() == RevokeTokenJob::Result::AlreadyDead;
        startStep(new ForgetAccountJob(m_workspace, m_account, m_lock),
                  [this](ForgetAccountJob *forgot) { done(forgot->error()); });
    });
}

void RevokeAccountJob::done(const Error &error)
{
    if (m_lock)
        m_lock->release();
    finish(error);
}

} // namespace onboard
