#include "SandboxServer.h"

#include "ApiRoutes.h"
#include "ConsentRoutes.h"
#include "HttpConnection.h"
#include "OAuthConsentRoutes.h"
#include "OAuthScopes.h"
#include "OAuthTokenRoutes.h"
#include "SandboxState.h"
#include "TokenCodec.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace onboard::sandbox {

namespace {

constexpr int MaxRecordedRequests = 1000;
constexpr int MaxAccessTokenLifetime = 366 * 24 * 3600;
const QString DefaultReturnOrigin = QStringLiteral("http://localhost:17645");

QString normalisedOrigin(const QString &text)
{
    return SandboxState::originOf(QUrl(text.trimmed(), QUrl::StrictMode));
}

struct RegisteredFault
{
    QByteArray method;
    QString pathPrefix;
    SandboxFault fault;
};

} // namespace

struct SandboxServer::Private
{
    explicit Private(SandboxServer *owner)
        : q(owner)
        , consent(*owner, state)
        , oauthConsent(state)
        , oauthToken(state)
        , api(*owner, state)
    {
        state.allowedOrigins = {DefaultReturnOrigin};
    }

    SandboxServer *q;
    QTcpServer *server = nullptr;
    SandboxState state;
    ConsentRoutes consent;
    OAuthConsentRoutes oauthConsent;
    OAuthTokenRoutes oauthToken;
    ApiRoutes api;
    QList<RegisteredFault> faults;
    QList<HttpRequest> received;

    void acceptConnections();
    void handle(HttpConnection &connection, const ParsedRequest &parsed);
    bool playFault(HttpConnection &connection, const HttpRequest &request);
    // The answer of the routes that answer at once; nullopt for the API and anything unknown.
    std::optional<HttpResponse> route(const HttpRequest &request);
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{
    d->server = new QTcpServer(this);
    connect(d->server, &QTcpServer::newConnection, this, [this] { d->acceptConnections(); });
}

SandboxServer::~SandboxServer()
{
    // Connections (children of this object) die with it; silent or streaming ones included.
    delete d->server;
    d->server = nullptr;
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
    delete d;
}

bool SandboxServer::listen(quint16 port)
{
    return d->server->listen(QHostAddress::LocalHost, port);
}

quint16 SandboxServer::port() const
{
    return d->server->serverPort();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl SandboxServer::apiRoot() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/1"));
    return url;
}

QUrl SandboxServer::authorizeUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/1/authorize"));
    return url;
}

QUrl SandboxServer::oauthAuthorizeUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/authorize"));
    return url;
}

QUrl SandboxServer::oauthTokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/oauth/token"));
    return url;
}

QString SandboxServer::demoKey()
{
    return QStringLiteral("5a4d0e5b6c7d8e9f0a1b2c3d4e5f6a7b");
}

const QList<SandboxMember> &SandboxServer::members()
{
    static const QList<SandboxMember> fixed{
        {QStringLiteral("5f0c1a2b3c4d5e6f7a8b9c0d"), QStringLiteral("demo"), QStringLiteral("Demo Member")},
        {QStringLiteral("60a1b2c3d4e5f60718293a4b"), QStringLiteral("second"), QStringLiteral("Second Member")},
    };
    return fixed;
}

void SandboxServer::setConsentingMember(int index)
{
    if (index >= 0 && index < members().size())
        d->state.consentingMember = index;
}

int SandboxServer::consentingMember() const
{
    return d->state.consentingMember;
}

void SandboxServer::setAllowedOrigins(const QStringList &origins)
{
    d->state.allowedOrigins.clear();
    for (const QString &origin : origins) {
        const QString normalised = normalisedOrigin(origin);
        if (!normalised.isEmpty() && !d->state.allowedOrigins.contains(normalised))
            d->state.allowedOrigins.append(normalised);
    }
}

QStringList SandboxServer::allowedOrigins() const
{
    return d->state.allowedOrigins;
}

QString SandboxServer::issueToken(int memberIndex, const QStringList &scopes, const QString &expiration,
                                  TokenForm form)
{
    return issueTokenCreatedAt(memberIndex, scopes, expiration, QDateTime::currentDateTimeUtc(), form);
}

QString SandboxServer::issueTokenCreatedAt(int memberIndex, const QStringList &scopes, const QString &expiration,
                                           const QDateTime &created, TokenForm form)
{
    const std::optional<quint8> bits = TokenClaims::parseScopes(scopes);
    if (memberIndex < 0 || memberIndex >= members().size() || !bits || !TokenClaims::isValidExpiration(expiration))
        return {};
    TokenClaims claims;
    claims.memberIndex = memberIndex;
    claims.scopes = *bits;
    claims.expiration = expiration;
    claims.created = created.toUTC();
    return TokenCodec::encode(claims, form);
}

bool SandboxServer::isRevoked(const QString &token) const
{
    return d->state.revoked.contains(TokenCodec::canonical(token));
}

QString SandboxServer::demoClientId()
{
    return QStringLiteral("trelloOnboardDemoClient000000001");
}

void SandboxServer::setRegisteredRedirectUris(const QStringList &uris)
{
    d->state.registeredRedirectUris = uris;
}

QStringList SandboxServer::registeredRedirectUris() const
{
    return d->state.registeredRedirectUris;
}

void SandboxServer::setAccessTokenLifetime(int seconds)
{
    // Up to a year: the longest lifetime trello-onboard believes of a token answer.
    d->state.accessTokenLifetime = qBound(1, seconds, MaxAccessTokenLifetime);
}

int SandboxServer::accessTokenLifetime() const
{
    return d->state.accessTokenLifetime;
}

QString SandboxServer::issueOAuthGrant(int memberIndex, const QStringList &scopes, QString *accessToken,
                                       int accessLifetimeSeconds)
{
    if (accessToken)
        accessToken->clear();
    const std::optional<quint16> bits = OAuthScopes::parse(scopes);
    if (memberIndex < 0 || memberIndex >= members().size() || !bits)
        return {};
    const int lifetime = accessLifetimeSeconds < 0 ? d->state.accessTokenLifetime
                                                   : qMin(accessLifetimeSeconds, MaxAccessTokenLifetime);
    const OAuthGrants::Tokens tokens =
        d->state.oauth.startGrant(memberIndex, *bits | OAuthScopes::OfflineAccess, 0, lifetime);
    if (accessToken)
        *accessToken = tokens.accessToken;
    return tokens.refreshToken;
}

bool SandboxServer::isGrantEnded(const QString &refreshOrAccessToken) const
{
    const std::optional<quint64> grant = OAuthTokenCodec::grantOf(refreshOrAccessToken);
    return grant && d->state.oauth.isEnded(*grant);
}

QList<SandboxServer::Webhook> SandboxServer::webhooks(const QString &token) const
{
    QList<Webhook> list;
    // A revoked token has none: revoking removes them with it (ApiRoutes, removeToken).
    for (const SandboxWebhook &webhook : d->state.webhooks.ofToken(TokenCodec::canonical(token)))
        list.append({webhook.id, webhook.description, webhook.idModel, webhook.callbackUrl, webhook.active});
    return list;
}

QString SandboxServer::addWebhook(const QString &token, const QString &callbackUrl, const QString &idModel,
                                  const QString &description, bool active)
{
    const QString canonical = TokenCodec::canonical(token);
    if (!TokenCodec::decode(token) || d->state.revoked.contains(canonical)
        || d->state.webhooks.exists(canonical, callbackUrl, idModel))
        return {};
    return d->state.webhooks.add(canonical, description, idModel, callbackUrl, active).id;
}

void SandboxServer::setCallbackCheckTimeout(int milliseconds)
{
    d->state.callbackCheckTimeoutMs = qMax(1, milliseconds);
}

int SandboxServer::oauthRefreshCount() const
{
    return d->state.oauth.refreshes();
}

int SandboxServer::oauthCodeExchangeCount() const
{
    return d->state.oauth.codeExchanges();
}

void SandboxServer::addFault(const QByteArray &method, const QString &pathPrefix, const SandboxFault &fault)
{
    if (fault.times != 0)
        d->faults.append({method.toUpper(), pathPrefix, fault});
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

QList<HttpRequest> SandboxServer::received() const
{
    return d->received;
}

void SandboxServer::clearReceived()
{
    d->received.clear();
}

void SandboxServer::Private::acceptConnections()
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        new HttpConnection(
            socket, [this](HttpConnection &connection, const ParsedRequest &parsed) { handle(connection, parsed); }, q);
    }
}

void SandboxServer::Private::handle(HttpConnection &connection, const ParsedRequest &parsed)
{
    const HttpRequest &request = parsed.request;
    received.append(request);
    if (received.size() > MaxRecordedRequests)
        received.removeFirst();
    // The connection may be gone once a test's slot has run (it might delete the server).
    QPointer<HttpConnection> alive(&connection);
    Q_EMIT q->requestReceived(request);
    if (!alive)
        return;
    if (playFault(connection, request))
        return;
    if (std::optional<HttpResponse> answer = route(request)) {
        connection.respond(*answer);
        return;
    }
    // The API answers now, or later (a webhook's creation waits for its callback URL's answer),
    // when the connection may be gone.
    const bool routed = api.answer(request, [alive](const HttpResponse &response) {
        if (alive)
            alive->respond(response);
    });
    if (!routed)
        connection.respond(HttpResponse::text(404, "Cannot " + request.method + ' ' + request.path.toUtf8()));
}

std::optional<HttpResponse> SandboxServer::Private::route(const HttpRequest &request)
{
    if (std::optional<HttpResponse> page = consent.answer(request))
        return *page;
    if (std::optional<HttpResponse> page = oauthConsent.answer(request))
        return *page;
    if (std::optional<HttpResponse> answer = oauthToken.answer(request))
        return *answer;
    return std::nullopt;
}

bool SandboxServer::Private::playFault(HttpConnection &connection, const HttpRequest &request)
{
    for (qsizetype i = 0; i < faults.size(); ++i) {
        RegisteredFault &entry = faults[i];
        if ((!entry.method.isEmpty() && entry.method != request.method.toUpper())
            || !request.path.startsWith(entry.pathPrefix)) {
            continue;
        }
        const SandboxFault fault = entry.fault;
        if (entry.fault.times > 0 && --entry.fault.times == 0)
            faults.removeAt(i);

        switch (fault.kind) {
        case SandboxFault::Kind::Answer: {
            HttpResponse response;
            response.status = fault.status;
            response.contentType = fault.contentType;
            response.body = fault.body;
            connection.respond(response);
            break;
        }
        case SandboxFault::Kind::NeverAnswer:
            connection.staySilent();
            break;
        case SandboxFault::Kind::Trickle:
            connection.trickle(fault.contentType, fault.body, fault.intervalMs);
            break;
        case SandboxFault::Kind::HugeBody:
            connection.streamHugeBody(fault.contentType, fault.body, fault.hugeBytes);
            break;
        case SandboxFault::Kind::EndlessChunks:
            connection.streamEndlessChunks(fault.contentType);
            break;
        case SandboxFault::Kind::Redirect: {
            HttpResponse response;
            response.status = fault.status >= 300 && fault.status < 400 ? fault.status : 302;
            response.body = fault.body;
            response.extraHeaders.append({"Location", fault.location.toEncoded()});
            connection.respond(response);
            break;
        }
        case SandboxFault::Kind::CloseConnection:
            connection.closeWithoutAnswer();
            break;
        }
        return true;
    }
    return false;
}

} // namespace onboard::sandbox
