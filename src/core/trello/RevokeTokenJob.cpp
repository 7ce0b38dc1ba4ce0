#include "trello/RevokeTokenJob.h"

#include "trello/ApiCall.h"
#include "trello/ApiClient.h"

namespace onboard {

RevokeTokenJob::RevokeTokenJob(ApiClient *client, QObject *parent)
    : Job(parent)
    , m_client(client)
{
}

QString RevokeTokenJob::howToRevokeOnTrello()
{
    return tr("To revoke it yourself, sign in at https://trello.com, open your account settings, then Applications (\"Power-Ups and integrations\"), and revoke access for the application.");
}

QString RevokeTokenJob::howToRemoveOAuthApp()
{
    return tr("Trello has no documented way for a program to revoke an OAuth 2.0 grant: to end it, open your Atlassian "
              "account settings, Connected apps (https://id.atlassian.com/manage-profile/apps), and remove the app's access.");
}

void RevokeTokenJob::run()
{
    ApiCall *call = m_client->deleteResource(QStringLiteral("tokens/") + m_client->token() + QLatin1Char('/'));
    startStep(call, [this](ApiCall *answered) {
        if (!answered->error()) {
            m_result = Result::Revoked;
            finish();
        } else if (answered->tokenIsDead()) {
            m_result = Result::AlreadyDead;
            finish();
        } else {
            finish(answered->error());
        }
    });
}

} // namespace onboard
