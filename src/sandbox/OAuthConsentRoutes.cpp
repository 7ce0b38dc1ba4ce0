#include "OAuthConsentRoutes.h"

#include "ConsentPages.h"
#include "OAuthScopes.h"
#include "Pkce.h"
#include "SandboxServer.h"

#include <QRegularExpression>

namespace onboard::sandbox {

namespace {

const QString AuthorizePath = QStringLiteral("/authorize");
const QString AllowPath = QStringLiteral("/authorize/allow");
const QString DenyPath = QStringLiteral("/authorize/deny");

bool isClientId(const QString &text)
{
    static const QRegularExpression form(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,128}")));
    return form.match(text).hasMatch();
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

// A 302 to `redirectUri` with `parameters` added to its query (after any it already has).
HttpResponse redirectTo(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters)
{
    // Re-encoded by QUrl: whatever the request held, nothing can break out of the header line.
    QString target = QUrl(redirectUri, QUrl::StrictMode).toString(QUrl::FullyEncoded);
    // After the URI's own query, if it has one.
    QString separator = QStringLiteral("?");
    if (target.contains(QLatin1Char('?')))
        separator =
            target.endsWith(QLatin1Char('?')) || target.endsWith(QLatin1Char('&')) ? QString() : QStringLiteral("&");
    for (const auto &parameter : parameters) {
        target += separator + parameter.first + QLatin1Char('=') +
                  QString::fromLatin1(QUrl::toPercentEncoding(parameter.second));
        separator = QStringLiteral("&");
    }
    HttpResponse response = HttpResponse::text(302, "Found");
    response.extraHeaders.append({"Location", target.toLatin1()});
    return response;
}

HttpResponse redirectError(const QString &redirectUri, const QString &state, const QString &error,
                           const QString &description)
{
    QList<QPair<QString, QString>> parameters{{QStringLiteral("error"), error},
                                              {QStringLiteral("error_description"), description}};
    if (!state.isEmpty())
        parameters.append({QStringLiteral("state"), state});
    return redirectTo(redirectUri, parameters);
}

HttpResponse errorPage(const QString &title, const QString &message)
{
    return HttpResponse::html(400, ConsentPages::error(title, message));
}

} // namespace

OAuthConsentRoutes::OAuthConsentRoutes(SandboxState &state)
    : m_state(state)
{
}

std::optional<HttpResponse> OAuthConsentRoutes::answer(const HttpRequest &request)
{
    const bool page = request.path == AuthorizePath;
    const bool decision = request.path == AllowPath || request.path == DenyPath;
    if (!page && !decision)
        return std::nullopt;
    const bool get = request.method == "GET";
    if (!get && !(decision && request.method == "POST")) {
        HttpResponse refusal = HttpResponse::text(405, "Method Not Allowed");
        refusal.extraHeaders.append({QByteArray("Allow"), QByteArray(page ? "GET" : "GET, POST")});
        return refusal;
    }

    std::optional<RequestParameters> parameters;
    if (get) {
        parameters = RequestParameters::fromQuery(request);
    } else {
        QString problem;
        parameters = RequestParameters::fromBody(request, &problem);
        if (!parameters)
            return errorPage(QStringLiteral("Invalid request"), problem);
    }
    AuthorizeRequest authorize;
    if (std::optional<HttpResponse> refusal = read(*parameters, &authorize))
        return *refusal;
    if (page)
        return consentPage(authorize);
    return request.path == AllowPath ? allow(authorize) : deny(authorize);
}

std::optional<HttpResponse> OAuthConsentRoutes::read(const RequestParameters &parameters, AuthorizeRequest *out) const
{
    const QStringList &repeated = parameters.repeated();

    // Until the redirect URI is known good, a refusal can only be a page.
    out->clientId = parameters.value(QStringLiteral("client_id"));
    if (!isClientId(out->clientId) || repeated.contains(QLatin1String("client_id")))
        return errorPage(QStringLiteral("Invalid client_id"),
                         QStringLiteral("The client_id is missing or malformed. Check the client id in the "
                                        "developer console."));
    out->redirectUri = parameters.value(QStringLiteral("redirect_uri"));
    const QUrl uri(out->redirectUri, QUrl::StrictMode);
    const QString scheme = uri.scheme().toLower();
    const bool absolute = uri.isValid() && !uri.host().isEmpty() && !uri.hasFragment() &&
                          (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    if (!absolute || repeated.contains(QLatin1String("redirect_uri")))
        return errorPage(QStringLiteral("Invalid redirect_uri"),
                         QStringLiteral("The redirect_uri is missing or is not an absolute http(s) URL."));
    if (!isAllowedRedirect(uri, out->redirectUri))
        return errorPage(QStringLiteral("Invalid redirect_uri"),
                         QStringLiteral("The redirect_uri %1 is not registered for this app. Add it as the "
                                        "callback URL in the developer console.")
                             .arg(out->redirectUri));

    // From here on, the client hears of its mistakes at its redirect URI.
    out->state = parameters.value(QStringLiteral("state"));
    const auto refuse = [&](const QString &error, const QString &description) {
        return redirectError(out->redirectUri, out->state, error, description);
    };
    const QString invalidRequest = QStringLiteral("invalid_request");
    if (!repeated.isEmpty())
        return refuse(invalidRequest, QStringLiteral("The parameter %1 is repeated.").arg(repeated.first().left(64)));
    if (parameters.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return refuse(invalidRequest, QStringLiteral("response_type must be code."));
    if (out->state.isEmpty())
        return refuse(invalidRequest, QStringLiteral("state is missing."));
    out->codeChallenge = parameters.value(QStringLiteral("code_challenge"));
    if (!Pkce::isWellFormed(out->codeChallenge))
        return refuse(invalidRequest, QStringLiteral("code_challenge is missing or malformed."));
    if (parameters.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return refuse(invalidRequest, QStringLiteral("code_challenge_method must be S256."));
    QString unknown;
    const std::optional<quint16> scopes = OAuthScopes::parse(parameters.value(QStringLiteral("scope")), &unknown);
    if (!scopes)
        return refuse(QStringLiteral("invalid_scope"), QStringLiteral("Unknown scope: %1").arg(unknown.left(100)));
    if (*scopes == 0)
        return refuse(invalidRequest, QStringLiteral("scope is missing."));
    out->scopes = *scopes;
    return std::nullopt;
}

bool OAuthConsentRoutes::isAllowedRedirect(const QUrl &uri, const QString &text) const
{
    if (!m_state.registeredRedirectUris.isEmpty())
        return m_state.registeredRedirectUris.contains(text);
    // Unregistered, a public client may use its loopback receiver (RFC 8252, 7.3), nothing else.
    return uri.scheme() == QLatin1String("http") && uri.userInfo().isEmpty() && isLoopbackHost(uri.host().toLower());
}

HttpResponse OAuthConsentRoutes::consentPage(const AuthorizeRequest &request) const
{
    ConsentPages::OAuthConsent page;
    page.clientId = request.clientId;
    page.scopes = OAuthScopes::namesOf(request.scopes);
    page.member = SandboxServer::members().at(m_state.consentingMember);
    page.returnOrigin = SandboxState::originOf(QUrl(request.redirectUri, QUrl::StrictMode));
    page.allowAction = AllowPath;
    page.denyAction = DenyPath;
    // The forms pass on what the answers need; they validate it all again.
    page.carried = {{QStringLiteral("client_id"), request.clientId},
                    {QStringLiteral("redirect_uri"), request.redirectUri},
                    {QStringLiteral("response_type"), QStringLiteral("code")},
                    {QStringLiteral("scope"), OAuthScopes::text(request.scopes)},
                    {QStringLiteral("state"), request.state},
                    {QStringLiteral("code_challenge"), request.codeChallenge},
                    {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    return HttpResponse::html(200, ConsentPages::oauthConsent(page));
}

HttpResponse OAuthConsentRoutes::allow(const AuthorizeRequest &request)
{
    OAuthGrants::Code code;
    code.clientId = request.clientId;
    code.redirectUri = request.redirectUri;
    code.codeChallenge = request.codeChallenge;
    code.memberIndex = m_state.consentingMember;
    code.scopes = request.scopes;
    return redirectTo(request.redirectUri, {{QStringLiteral("code"), m_state.oauth.issueCode(code)},
                                            {QStringLiteral("state"), request.state}});
}

HttpResponse OAuthConsentRoutes::deny(const AuthorizeRequest &request) const
{
    return redirectError(request.redirectUri, request.state, QStringLiteral("access_denied"),
                         QStringLiteral("The user did not allow access."));
}

} // namespace onboard::sandbox
