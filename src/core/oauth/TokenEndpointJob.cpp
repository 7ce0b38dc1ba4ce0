#include "oauth/TokenEndpointJob.h"

#include "oauth/OAuthRequest.h"
#include "trello/ApiCall.h"
#include "trello/ApiClient.h"
#include "trello/UrlPolicy.h"

#include <QJsonDocument>

namespace onboard {

TokenEndpointJob::TokenEndpointJob(QUrl tokenUrl, QString caFile, QJsonObject body, QObject *parent)
    : Job(parent)
    , m_tokenUrl(std::move(tokenUrl))
    , m_caFile(std::move(caFile))
    , m_body(std::move(body))
{
}

TokenEndpointJob *TokenEndpointJob::exchangeCode(const OAuthRequest &request, const QString &code,
                                                 const QString &codeVerifier, const QString &caFile, QObject *parent)
{
    return new TokenEndpointJob(request.tokenUrl, caFile,
                                {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                 {QStringLiteral("client_id"), request.clientId},
                                 {QStringLiteral("code"), code},
                                 {QStringLiteral("code_verifier"), codeVerifier},
                                 {QStringLiteral("redirect_uri"), request.redirectUri.toString(QUrl::FullyEncoded)}},
                                parent);
}

TokenEndpointJob *TokenEndpointJob::refresh(const QString &clientId, const QUrl &tokenUrl, const QString &refreshToken,
                                            const QString &caFile, QObject *parent)
{
    return new TokenEndpointJob(tokenUrl, caFile,
                                {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("client_id"), clientId},
                                 {QStringLiteral("refresh_token"), refreshToken}},
                                parent);
}

void TokenEndpointJob::run()
{
    auto *client = ApiClient::anonymous(m_tokenUrl, m_caFile, this);
    m_sentAt = QDateTime::currentDateTimeUtc();
    ApiCall *call = client->post(QString(), QJsonDocument(m_body).toJson(QJsonDocument::Compact), "application/json");
    startStep(call, [this](ApiCall *done) {
        const int status = done->httpStatus();
        if (status != 200 && status != 400 && status != 401 && status != 403) {
            finish(done->error() ? done->error()
                                 : Error(ErrorKind::Network, tr("The token endpoint answered HTTP %1.").arg(status)));
            return;
        }
        TokenAnswer answer;
        if (Error e = TokenAnswer::parse(status, done->body(), &answer)) {
            finish({e.kind(), tr("%1 (%2)").arg(e.message(), UrlPolicy::origin(m_tokenUrl))});
            return;
        }
        if (!answer.isError()) {
            m_answer = answer;
            finish();
            return;
        }
        const QString said = answer.errorDescription.isEmpty() ? answer.errorCode
                                                              : answer.errorCode + QStringLiteral(": ") + answer.errorDescription;
        if (answer.grantEnded()) {
            finish({ErrorKind::TokenRefused, tr("Trello ended this sign-in (%1); sign in again with trello-onboard rotate.").arg(said)});
            return;
        }
        if (answer.errorCode == QLatin1String("invalid_client") || answer.errorCode == QLatin1String("invalid_request")
            || answer.errorCode == QLatin1String("invalid_scope")) {
            finish({ErrorKind::BadInput, tr("The token endpoint refused the request (%1); check the client id, the "
                                            "redirect URI and the scopes registered for the app.").arg(said)});
            return;
        }
        finish({ErrorKind::Network, tr("The token endpoint refused the request (%1).").arg(said)});
    });
}

} // namespace onboard
