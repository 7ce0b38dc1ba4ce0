#include "OAuthTokenRoutes.h"

#include "OAuthScopes.h"
#include "Pkce.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace onboard::sandbox {

namespace {

const QString TokenPath = QStringLiteral("/oauth/token");

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    const QJsonObject body{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse invalidRequest(const QString &description)
{
    return oauthError(400, QStringLiteral("invalid_request"), description);
}

HttpResponse invalidGrant(const QString &description)
{
    return oauthError(400, QStringLiteral("invalid_grant"), description);
}

// The first of `names` that is missing or empty; empty when all are there.
QString missingParameter(const RequestParameters &parameters, const QStringList &names)
{
    for (const QString &name : names) {
        if (parameters.value(name).isEmpty())
            return name;
    }
    return {};
}

HttpResponse tokenAnswer(const OAuthGrants::Tokens &tokens)
{
    QJsonObject body{{QStringLiteral("access_token"), tokens.accessToken},
                     {QStringLiteral("expires_in"), tokens.expiresIn},
                     {QStringLiteral("scope"), OAuthScopes::text(tokens.scopes)},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (!tokens.refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

OAuthTokenRoutes::OAuthTokenRoutes(SandboxState &state)
    : m_state(state)
{
}

std::optional<HttpResponse> OAuthTokenRoutes::answer(const HttpRequest &request)
{
    if (request.path != TokenPath)
        return std::nullopt;
    if (request.method != "POST") {
        HttpResponse refusal = oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
        refusal.extraHeaders.append({QByteArray("Allow"), QByteArray("POST")});
        return refusal;
    }
    QString problem;
    const std::optional<RequestParameters> parameters = RequestParameters::fromBody(request, &problem);
    if (!parameters)
        return invalidRequest(problem);
    if (!parameters->repeated().isEmpty())
        return invalidRequest(QStringLiteral("The parameter %1 is repeated.").arg(parameters->repeated().first().left(64)));

    const QString grantType = parameters->value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return invalidRequest(QStringLiteral("grant_type is missing."));
    if (grantType == QLatin1String("authorization_code"))
        return exchangeCode(*parameters);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(*parameters);
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type must be authorization_code or refresh_token."));
}

HttpResponse OAuthTokenRoutes::exchangeCode(const RequestParameters &parameters)
{
    const QString missing =
        missingParameter(parameters, {QStringLiteral("client_id"), QStringLiteral("code"),
                                      QStringLiteral("code_verifier"), QStringLiteral("redirect_uri")});
    if (!missing.isEmpty())
        return invalidRequest(QStringLiteral("%1 is missing.").arg(missing));
    const QString verifier = parameters.value(QStringLiteral("code_verifier"));
    if (!Pkce::isWellFormed(verifier))
        return invalidRequest(QStringLiteral("code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9, "
                                             "'-', '.', '_' and '~'."));

    OAuthGrants::Refusal refusal = OAuthGrants::Refusal::None;
    const std::optional<OAuthGrants::Code> code =
        m_state.oauth.takeCode(parameters.value(QStringLiteral("code")), &refusal);
    if (!code) {
        switch (refusal) {
        case OAuthGrants::Refusal::Used:
            return invalidGrant(QStringLiteral("The authorization code has already been used."));
        case OAuthGrants::Refusal::Expired:
            return invalidGrant(QStringLiteral("The authorization code has expired."));
        default:
            return invalidGrant(QStringLiteral("The authorization code is not valid."));
        }
    }
    if (parameters.value(QStringLiteral("client_id")) != code->clientId)
        return oauthError(400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("The authorization code was issued to another client."));
    if (parameters.value(QStringLiteral("redirect_uri")) != code->redirectUri)
        return invalidGrant(QStringLiteral("redirect_uri does not match the one of the authorization request."));
    if (!Pkce::matches(verifier, code->codeChallenge))
        return invalidGrant(QStringLiteral("code_verifier does not match the code_challenge."));

    return tokenAnswer(m_state.oauth.redeem(*code, m_state.accessTokenLifetime));
}

HttpResponse OAuthTokenRoutes::refresh(const RequestParameters &parameters)
{
    const QString missing =
        missingParameter(parameters, {QStringLiteral("client_id"), QStringLiteral("refresh_token")});
    if (!missing.isEmpty())
        return invalidRequest(QStringLiteral("%1 is missing.").arg(missing));

    OAuthGrants::Refusal refusal = OAuthGrants::Refusal::None;
    const std::optional<OAuthGrants::Tokens> tokens =
        m_state.oauth.refresh(parameters.value(QStringLiteral("refresh_token")),
                              parameters.value(QStringLiteral("client_id")), m_state.accessTokenLifetime, &refusal);
    if (tokens)
        return tokenAnswer(*tokens);
    switch (refusal) {
    case OAuthGrants::Refusal::OtherClient:
        return oauthError(400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("The refresh token was issued to another client."));
    case OAuthGrants::Refusal::Reused:
        return invalidGrant(QStringLiteral("The refresh token was already used: the grant has ended."));
    case OAuthGrants::Refusal::Ended:
        return invalidGrant(QStringLiteral("The grant has ended."));
    case OAuthGrants::Refusal::Lapsed:
        return invalidGrant(QStringLiteral("The grant lapsed: it was not used for 90 days."));
    default:
        return invalidGrant(QStringLiteral("The refresh token is not valid."));
    }
}

} // namespace onboard::sandbox
