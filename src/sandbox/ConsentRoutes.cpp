#include "ConsentRoutes.h"

#include "ConsentPages.h"
#include "TokenCodec.h"

namespace onboard::sandbox {

ConsentRoutes::ConsentRoutes(SandboxServer &server, SandboxState &state)
    : m_server(server)
    , m_state(state)
{
}

std::optional<HttpResponse> ConsentRoutes::answer(const HttpRequest &request)
{
    if (request.method != "GET")
        return std::nullopt;
    if (request.path == QLatin1String("/1/authorize"))
        return authorizePage(request);
    if (request.path == QLatin1String("/1/token/approve"))
        return approve(request);
    if (request.path == QLatin1String("/1/token/deny"))
        return deny(request);
    return std::nullopt;
}

std::optional<HttpResponse> ConsentRoutes::readConsentRequest(const QUrlQuery &query, ConsentRequest *out) const
{
    const auto value = [&](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    out->key = value("key");
    if (!SandboxState::isApiKey(out->key))
        return HttpResponse::html(401, ConsentPages::error(QStringLiteral("invalid key"),
                                                           QStringLiteral("invalid key: the API key must be 32 "
                                                                          "hexadecimal characters.")));

    out->appName = value("name").trimmed();
    if (out->appName.isEmpty())
        out->appName = QStringLiteral("An unknown application");

    const QString scope = value("scope").trimmed();
    out->scopes = scope.isEmpty() ? QStringList{QStringLiteral("read")} : scope.split(QLatin1Char(','));
    const std::optional<quint8> bits = TokenClaims::parseScopes(out->scopes);
    if (!bits)
        return HttpResponse::html(400, ConsentPages::error(QStringLiteral("Invalid scope"),
                                                           QStringLiteral("Invalid scope: %1. Use read, write "
                                                                          "and/or account.")
                                                               .arg(scope)));
    TokenClaims granted;
    granted.scopes = *bits;
    out->scopes = granted.scopeNames(); // de-duplicated, in Trello's order

    out->expiration = value("expiration").trimmed();
    if (out->expiration.isEmpty())
        out->expiration = QStringLiteral("30days");
    if (!TokenClaims::isValidExpiration(out->expiration))
        return HttpResponse::html(400, ConsentPages::error(QStringLiteral("Invalid expiration"),
                                                           QStringLiteral("Invalid expiration: %1. Use 1hour, "
                                                                          "1day, 30days or never.")
                                                               .arg(out->expiration)));

    const QString responseType = value("response_type");
    if (!responseType.isEmpty() && responseType != QLatin1String("token") && responseType != QLatin1String("fragment"))
        return HttpResponse::html(400, ConsentPages::error(QStringLiteral("Invalid response_type"),
                                                           QStringLiteral("Invalid response_type: %1")
                                                               .arg(responseType)));

    const QString callbackMethod = value("callback_method");
    if (!callbackMethod.isEmpty() && callbackMethod != QLatin1String("fragment")
        && callbackMethod != QLatin1String("postMessage"))
        return HttpResponse::html(400, ConsentPages::error(QStringLiteral("Invalid callback_method"),
                                                           QStringLiteral("Invalid callback_method: %1")
                                                               .arg(callbackMethod)));
    out->postMessage = callbackMethod == QLatin1String("postMessage");

    const QString returnUrl = value("return_url");
    if (out->postMessage && returnUrl.isEmpty())
        return HttpResponse::html(400, ConsentPages::error(QStringLiteral("Invalid return_url"),
                                                           QStringLiteral("callback_method=postMessage needs a "
                                                                          "return_url, the origin to post to.")));
    if (!returnUrl.isEmpty()) {
        const QUrl url(returnUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool usable = url.isValid() && !url.host().isEmpty()
                            && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
        const QString origin = usable ? SandboxState::originOf(url) : returnUrl;
        if (!usable || !m_state.allowedOrigins.contains(origin)) {
            return HttpResponse::html(
                400, ConsentPages::error(QStringLiteral("Invalid return_url"),
                                         QStringLiteral("Invalid return_url. The origin %1 is not among the "
                                                        "allowed origins of this API key. Add it on the "
                                                        "Power-Up admin page (API key, Allowed origins).")
                                             .arg(origin)));
        }
        out->returnUrl = url;
    }
    return std::nullopt;
}

HttpResponse ConsentRoutes::authorizePage(const HttpRequest &request)
{
    ConsentRequest consent;
    if (std::optional<HttpResponse> refusal = readConsentRequest(request.query, &consent))
        return *refusal;

    ConsentPages::Consent page;
    page.appName = consent.appName;
    page.scopes = consent.scopes;
    page.expiration = consent.expiration;
    page.member = SandboxServer::members().at(m_state.consentingMember);
    if (!consent.returnUrl.isEmpty())
        page.returnOrigin = SandboxState::originOf(consent.returnUrl);
    // The forms pass on what the answer pages need; they validate it all again.
    page.carried = {{QStringLiteral("key"), consent.key},
                    {QStringLiteral("name"), consent.appName},
                    {QStringLiteral("scope"), consent.scopes.join(QLatin1Char(','))},
                    {QStringLiteral("expiration"), consent.expiration}};
    if (!consent.returnUrl.isEmpty())
        page.carried.append({QStringLiteral("return_url"), consent.returnUrl.toString(QUrl::FullyEncoded)});
    if (consent.postMessage)
        page.carried.append({QStringLiteral("callback_method"), QStringLiteral("postMessage")});
    return HttpResponse::html(200, ConsentPages::consent(page));
}

HttpResponse ConsentRoutes::approve(const HttpRequest &request)
{
    ConsentRequest consent;
    if (std::optional<HttpResponse> refusal = readConsentRequest(request.query, &consent))
        return *refusal;
    const QString token = m_server.issueToken(m_state.consentingMember, consent.scopes, consent.expiration);
    m_state.appNames.insert(TokenCodec::canonical(token), consent.appName);

    if (consent.returnUrl.isEmpty())
        return HttpResponse::html(200, ConsentPages::token(consent.appName, token));
    if (consent.postMessage)
        return HttpResponse::html(200, ConsentPages::postToOpener(SandboxState::originOf(consent.returnUrl), token,
                                                                  QStringLiteral("Access allowed. Returning to %1…")
                                                                      .arg(consent.appName)));
    const QString target =
        consent.returnUrl.toString(QUrl::RemoveFragment | QUrl::FullyEncoded) + QStringLiteral("#token=") + token;
    return HttpResponse::html(200, ConsentPages::redirect(target, QStringLiteral("Access allowed. Returning to %1…")
                                                                      .arg(consent.appName)));
}

HttpResponse ConsentRoutes::deny(const HttpRequest &request)
{
    ConsentRequest consent;
    if (std::optional<HttpResponse> refusal = readConsentRequest(request.query, &consent))
        return *refusal;
    if (consent.returnUrl.isEmpty())
        return HttpResponse::html(200, ConsentPages::denied(consent.appName));
    if (consent.postMessage) // Trello's answer on Deny in this mode is not documented: an empty message
        return HttpResponse::html(200, ConsentPages::postToOpener(SandboxState::originOf(consent.returnUrl), {},
                                                                  QStringLiteral("Access denied. Returning to %1…")
                                                                      .arg(consent.appName)));
    const QString target = consent.returnUrl.toString(QUrl::RemoveFragment | QUrl::FullyEncoded)
                           + QStringLiteral("#token=&error=Token%20request%20rejected");
    return HttpResponse::html(200, ConsentPages::redirect(target, QStringLiteral("Access denied. Returning to %1…")
                                                                      .arg(consent.appName)));
}

} // namespace onboard::sandbox
