#include "RevokeAccountOperation.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "CrashPoint.h"

namespace onboard {

QString RevokeAccountOperation::howToRevokeOnTrello()
{
    return tr("To revoke it yourself, sign in at https://trello.com, open your account settings, then Applications (\"Power-Ups and integrations\"), and revoke access for the application.");
}

void RevokeAccountOperation::run()
{
    // Under the lock from the read to the removal: the entry removed is the token revoked, not
    // one another copy stored meanwhile.
    lockThen([this] { readToken([this](const QString &token) { revoke(token); }); });
}

void RevokeAccountOperation::revoke(const QString &token)
{
    m_client = new ApiClient(m_profile.endpointFor(m_account), m_account.apiKey, token, this);
    ApiReply *reply = m_client->deleteResource(QStringLiteral("tokens/") + token + QLatin1Char('/'));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const Error e = reply->error();
        const QString phrase = QString::fromUtf8(reply->body().left(100)).trimmed().toLower();
        m_client->deleteLater();
        CrashPoint::reached("revoke:after-request");
        if (!e) {
            removeLocally();
            return;
        }
        if (e.kind() == ErrorKind::TokenRefused
            && (phrase.startsWith(QLatin1String("invalid token")) || phrase.startsWith(QLatin1String("expired token")))) {
            m_alreadyInvalid = true;
            removeLocally();
            return;
        }
        if (e.kind() == ErrorKind::TokenRefused) {
            finish({e.kind(), tr("Trello did not revoke the token: %1 It is still stored here and still works. %2")
                                  .arg(e.message(), howToRevokeOnTrello())});
            return;
        }
        finish({e.kind(), tr("The token was not revoked: %1 Nothing was removed.").arg(e.message())});
    });
}

} // namespace onboard
