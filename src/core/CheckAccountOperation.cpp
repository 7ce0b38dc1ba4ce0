#include "CheckAccountOperation.h"

#include "ApiClient.h"
#include "TokenVerifier.h"

#include <QDateTime>

namespace onboard {

void CheckAccountOperation::run()
{
    // The connection to the API host opens while the keychain is read (a TLS handshake with
    // Trello takes about as long as the keychain); the token is set when it is known.
    m_client = new ApiClient(m_profile.endpointFor(m_account), m_account.apiKey, QString(), this);
    m_client->preconnect();
    readToken([this](const QString &token) { verify(token); });
}

void CheckAccountOperation::verify(const QString &token)
{
    m_client->setToken(token);
    m_verifier = new TokenVerifier(m_client, m_client);
    connect(m_verifier, &TokenVerifier::finished, this, &CheckAccountOperation::onVerified);
    m_verifier->start();
}

void CheckAccountOperation::onVerified()
{
    const Error e = m_verifier->error();
    m_member = m_verifier->member();
    m_tokenInfo = m_verifier->tokenInfo();
    m_client->deleteLater();
    if (e) {
        finish(e);
        return;
    }
    if (m_member.id != m_account.memberId) {
        finish({ErrorKind::TokenRefused, tr("The token stored for %1 now belongs to another member (%2).").arg(m_account.username, m_member.username)});
        return;
    }
    m_account.username = m_member.username;
    m_account.fullName = m_member.fullName;
    m_account.scopes = m_tokenInfo.scopes;
    m_account.expires = m_tokenInfo.expires;
    m_account.lastChecked = QDateTime::currentDateTimeUtc();
    finish({});
}

} // namespace onboard
