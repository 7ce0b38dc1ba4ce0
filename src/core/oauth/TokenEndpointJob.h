#pragma once

#include "common/Job.h"
#include "oauth/TokenAnswer.h"

#include <QJsonObject>
#include <QUrl>

namespace onboard {

class OAuthRequest;

// One request to an OAuth 2.0 token endpoint, as a Job: the exchange of an authorization code
// (with its PKCE verifier) after consent, or the use of a refresh token. The body is JSON, as
// Atlassian documents; it is the only place the code, verifier and refresh token travel.
//
// Outcomes: success → answer() holds the new access token (and refresh token). The server ended
// the grant or refused the code (invalid_grant and its kin) → ErrorKind::TokenRefused, "sign in
// again". Another OAuth 2.0 error → ErrorKind::BadInput when it names our request (a client id
// the server does not know, a redirect URI it was not given), else ErrorKind::Network. No answer,
// garbage, 5xx → ErrorKind::Network. Messages never hold a token or code.
class TokenEndpointJob : public Job
{
    Q_OBJECT

public:
    static TokenEndpointJob *exchangeCode(const OAuthRequest &request, const QString &code, const QString &codeVerifier,
                                          const QString &caFile, QObject *parent = nullptr);
    static TokenEndpointJob *refresh(const QString &clientId, const QUrl &tokenUrl, const QString &refreshToken,
                                     const QString &caFile, QObject *parent = nullptr);

    // After success: what the endpoint handed out.
    const TokenAnswer &answer() const { return m_answer; }
    // The moment the request was sent: the access token's lifetime counts from here, so a slow
    // answer never makes it look fresher than it is.
    const QDateTime &sentAt() const { return m_sentAt; }

protected:
    void run() override;

private:
    TokenEndpointJob(QUrl tokenUrl, QString caFile, QJsonObject body, QObject *parent);

    QUrl m_tokenUrl;
    QString m_caFile;
    QJsonObject m_body;
    TokenAnswer m_answer;
    QDateTime m_sentAt;
};

} // namespace onboard
