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
