#include "SandboxServer.h"

#include "ConsentPages.h"
#include "HttpConnection.h"
#include "TokenCodec.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

namespace onboard::sandbox {

namespace {

constexpr int MaxRecordedRequests = 1000;
const QString DefaultReturnOrigin = QStringLiteral("http://localhost:17645");
const QString DefaultAppName = QStringLiteral("trello-onboard");

bool isApiKey(const QString &key)
{
    if (key.size() != 32)
        return false;
    for (QChar c : key) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return false;
    }
    return true;
}

// "scheme://host[:port]" with the port only when it is not the scheme's default.
QString originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    const int defaultPort = origin.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        origin.setPort(url.port());
    return origin.toString(QUrl::FullyEncoded);
}

QString normalisedOrigin(const QString &text)
{
    return originOf(QUrl(text.trimmed(), QUrl::StrictMode));
}

// Credentials from the `Authorization: OAuth oauth_consumer_key="…", oauth_token="…"` header.
QHash<QString, QString> parseOAuthHeader(const QByteArray &header)
{
    QHash<QString, QString> params;
    const QByteArray trimmed = header.trimmed();
    if (trimmed.size() < 6 || trimmed.left(5).toLower() != "oauth" || (trimmed.at(5) != ' ' && trimmed.at(5) != '\t'))
        return params;
    const QByteArray rest = trimmed.mid(6);
    qsizetype i = 0;
    const qsizetype n = rest.size();
    auto skipSpaces = [&] {
        while (i < n && (rest.at(i) == ' ' || rest.at(i) == '\t' || rest.at(i) == ','))
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= n)
            break;
        const qsizetype nameStart = i;
        while (i < n && rest.at(i) != '=' && rest.at(i) != ',' && rest.at(i) != ' ' && rest.at(i) != '\t')
            ++i;
        const QByteArray name = rest.mid(nameStart, i - nameStart);
        while (i < n && (rest.at(i) == ' ' || rest.at(i) == '\t'))
            ++i;
        if (i >= n || rest.at(i) != '=') {
            continue; // a bare word: ignore it
        }
        ++i; // '='
        while (i < n && (rest.at(i) == ' ' || rest.at(i) == '\t'))
            ++i;
        QByteArray value;
        if (i < n && rest.at(i) == '"') {
            ++i;
            while (i < n && rest.at(i) != '"') {
                if (rest.at(i) == '\\' && i + 1 < n)
                    ++i;
                value.append(rest.at(i));
                ++i;
            }
            ++i; // closing quote (or end)
        } else {
            const qsizetype valueStart = i;
            while (i < n && rest.at(i) != ',' && rest.at(i) != ' ' && rest.at(i) != '\t')
                ++i;
            value = rest.mid(valueStart, i - valueStart);
        }
        // OAuth 1.0 percent-encodes parameter values.
        params.insert(QString::fromLatin1(name), QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return params;
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString isoDate(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

struct RegisteredFault
{
    QByteArray method;
    QString pathPrefix;
    SandboxFault fault;
};

// Parameters of /1/authorize (and of the Allow/Deny forms, which pass them on).
struct ConsentRequest
{
    QString key;
    QString appName;
    QStringList scopes;
    QString expiration;
    QUrl returnUrl; // empty: the manual path
};

} // namespace

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &entry : headers) {
        if (entry.first.toLower() == lower)
            return entry.second;
    }
    return {};
}

struct SandboxServer::Private
{
    explicit Private(SandboxServer *owner)
        : q(owner)
    {
    }

    SandboxServer *q;
    QTcpServer *server = nullptr;
    int consentingMember = 0;
    QStringList allowedOrigins{DefaultReturnOrigin};
    QSet<QString> revoked;            // canonical tokens
    QHash<QString, QString> appNames; // canonical token -> the name it was granted to
    QList<RegisteredFault> faults;
    QList<ReceivedRequest> received;

    void acceptConnections();
    void handle(HttpConnection &connection, const ParsedRequest &parsed);
    bool playFault(HttpConnection &connection, const ReceivedRequest &request);
    HttpResponse route(const ReceivedRequest &request);

    // The consent flow
    HttpResponse authorizePage(const ReceivedRequest &request);
    HttpResponse approve(const ReceivedRequest &request);
    HttpResponse deny(const ReceivedRequest &request);
    std::optional<HttpResponse> readConsentRequest(const QUrlQuery &query, ConsentRequest *out) const;

    // The API
    struct Caller
    {
        QString token;
        TokenClaims claims;
    };
    std::optional<HttpResponse> authenticate(const ReceivedRequest &request, Caller *caller) const;
    HttpResponse memberMe(const Caller &caller) const;
    HttpResponse tokenInfo(const Caller &caller) const;
    HttpResponse revoke(const Caller &caller);
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
        d->consentingMember = index;
}

int SandboxServer::consentingMember() const
{
    return d->consentingMember;
}

void SandboxServer::setAllowedOrigins(const QStringList &origins)
{
    d->allowedOrigins.clear();
    for (const QString &origin : origins) {
        const QString normalised = normalisedOrigin(origin);
        if (!normalised.isEmpty() && !d->allowedOrigins.contains(normalised))
            d->allowedOrigins.append(normalised);
    }
}

QStringList SandboxServer::allowedOrigins() const
{
    return d->allowedOrigins;
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
    return d->revoked.contains(TokenCodec::canonical(token));
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

QList<ReceivedRequest> SandboxServer::received() const
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
    const ReceivedRequest &request = parsed.request;
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
    connection.respond(route(request));
}

bool SandboxServer::Private::playFault(HttpConnection &connection, const ReceivedRequest &request)
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

HttpResponse SandboxServer::Private::route(const ReceivedRequest &request)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const auto notFound = [&] {
        return HttpResponse::text(404, "Cannot " + request.method + ' ' + path.toUtf8());
    };

    if (get && path == QLatin1String("/1/authorize"))
        return authorizePage(request);
    if (get && path == QLatin1String("/1/token/approve"))
        return approve(request);
    if (get && path == QLatin1String("/1/token/deny"))
        return deny(request);

    enum class Call { None, MemberMe, TokenInfo, Revoke } call = Call::None;
    QString pathToken;
    if (get && path == QLatin1String("/1/members/me")) {
        call = Call::MemberMe;
    } else if (path.startsWith(QLatin1String("/1/tokens/"))) {
        QString rest = path.mid(10);
        if (request.method == "DELETE" && rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        if (!rest.isEmpty() && !rest.contains(QLatin1Char('/'))) {
            pathToken = rest;
            if (get)
                call = Call::TokenInfo;
            else if (request.method == "DELETE")
                call = Call::Revoke;
        }
    }
    if (call == Call::None)
        return notFound();

    Caller caller;
    if (std::optional<HttpResponse> refusal = authenticate(request, &caller))
        return *refusal;
    if (call == Call::MemberMe)
        return memberMe(caller);
    if (TokenCodec::canonical(pathToken) != TokenCodec::canonical(caller.token))
        return HttpResponse::text(401, "invalid token");
    return call == Call::TokenInfo ? tokenInfo(caller) : revoke(caller);
}

std::optional<HttpResponse> SandboxServer::Private::readConsentRequest(const QUrlQuery &query,
                                                                       ConsentRequest *out) const
{
    const auto value = [&](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    out->key = value("key");
    if (!isApiKey(out->key))
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

    const QString returnUrl = value("return_url");
    if (!returnUrl.isEmpty()) {
        const QUrl url(returnUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool usable = url.isValid() && !url.host().isEmpty()
                            && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
        const QString origin = usable ? originOf(url) : returnUrl;
        if (!usable || !allowedOrigins.contains(origin)) {
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

HttpResponse SandboxServer::Private::authorizePage(const ReceivedRequest &request)
{
    ConsentRequest consent;
    if (std::optional<HttpResponse> refusal = readConsentRequest(request.query, &consent))
        return *refusal;

    ConsentPages::Consent page;
    page.appName = consent.appName;
    page.scopes = consent.scopes;
    page.expiration = consent.expiration;
    page.member = members().at(consentingMember);
    if (!consent.returnUrl.isEmpty())
        page.returnOrigin = originOf(consent.returnUrl);
    // The forms pass on what the answer pages need; they validate it all again.
    page.carried = {{QStringLiteral("key"), consent.key},
                    {QStringLiteral("name"), consent.appName},
                    {QStringLiteral("scope"), consent.scopes.join(QLatin1Char(','))},
                    {QStringLiteral("expiration"), consent.expiration}};
    if (!consent.returnUrl.isEmpty())
        page.carried.append({QStringLiteral("return_url"), consent.returnUrl.toString(QUrl::FullyEncoded)});
    return HttpResponse::html(200, ConsentPages::consent(page));
}

HttpResponse SandboxServer::Private::approve(const ReceivedRequest &request)
{
    ConsentRequest consent;
    if (std::optional<HttpResponse> refusal = readConsentRequest(request.query, &consent))
        return *refusal;
    const QString token = q->issueToken(consentingMember, consent.scopes, consent.expiration);
    appNames.insert(TokenCodec::canonical(token), consent.appName);

    if (consent.returnUrl.isEmpty())
        return HttpResponse::html(200, ConsentPages::token(consent.appName, token));
    const QString target =
        consent.returnUrl.toString(QUrl::RemoveFragment | QUrl::FullyEncoded) + QStringLiteral("#token=") + token;
    return HttpResponse::html(200, ConsentPages::redirect(target, QStringLiteral("Access allowed. Returning to %1…")
                                                                      .arg(consent.appName)));
}

HttpResponse SandboxServer::Private::deny(const ReceivedRequest &request)
{
    ConsentRequest consent;
    if (std::optional<HttpResponse> refusal = readConsentRequest(request.query, &consent))
        return *refusal;
    if (consent.returnUrl.isEmpty())
        return HttpResponse::html(200, ConsentPages::denied(consent.appName));
    const QString target = consent.returnUrl.toString(QUrl::RemoveFragment | QUrl::FullyEncoded)
                           + QStringLiteral("#token=&error=Token%20request%20rejected");
    return HttpResponse::html(200, ConsentPages::redirect(target, QStringLiteral("Access denied. Returning to %1…")
                                                                      .arg(consent.appName)));
}

std::optional<HttpResponse> SandboxServer::Private::authenticate(const ReceivedRequest &request,
                                                                 Caller *caller) const
{
    QString key = request.query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    QString token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty()) {
        const QHash<QString, QString> oauth = parseOAuthHeader(authorization);
        if (key.isEmpty())
            key = oauth.value(QStringLiteral("oauth_consumer_key"));
        if (token.isEmpty())
            token = oauth.value(QStringLiteral("oauth_token"));
    }
    if (!isApiKey(key))
        return HttpResponse::text(401, "invalid key");
    const std::optional<TokenClaims> claims = TokenCodec::decode(token);
    if (!claims || claims->memberIndex >= members().size() || revoked.contains(TokenCodec::canonical(token)))
        return HttpResponse::text(401, "invalid token");
    const QDateTime expires = claims->expires();
    if (expires.isValid() && expires <= QDateTime::currentDateTimeUtc())
        return HttpResponse::text(401, "expired token");
    caller->token = token;
    caller->claims = *claims;
    return std::nullopt;
}

HttpResponse SandboxServer::Private::memberMe(const Caller &caller) const
{
    const SandboxMember &member = members().at(caller.claims.memberIndex);
    QUrl url = q->baseUrl();
    url.setPath(QStringLiteral("/u/") + member.username);
    return HttpResponse::json(200, jsonBytes({{QStringLiteral("id"), member.id},
                                              {QStringLiteral("username"), member.username},
                                              {QStringLiteral("fullName"), member.fullName},
                                              {QStringLiteral("url"), url.toString()}}));
}

HttpResponse SandboxServer::Private::tokenInfo(const Caller &caller) const
{
    const TokenClaims &claims = caller.claims;
    const SandboxMember &member = members().at(claims.memberIndex);
    const bool write = claims.hasScope(TokenClaims::Write);
    QJsonArray permissions{
        QJsonObject{{QStringLiteral("idModel"), QStringLiteral("*")},
                    {QStringLiteral("modelType"), QStringLiteral("Board")},
                    {QStringLiteral("read"), true},
                    {QStringLiteral("write"), write}},
        QJsonObject{{QStringLiteral("idModel"), QStringLiteral("*")},
                    {QStringLiteral("modelType"), QStringLiteral("Organization")},
                    {QStringLiteral("read"), true},
                    {QStringLiteral("write"), write}},
    };
    if (claims.hasScope(TokenClaims::Account)) {
        permissions.append(QJsonObject{{QStringLiteral("idModel"), member.id},
                                       {QStringLiteral("modelType"), QStringLiteral("Member")},
                                       {QStringLiteral("read"), true},
                                       {QStringLiteral("write"), true}});
    }
    const QDateTime expires = claims.expires();
    const QString canonical = TokenCodec::canonical(caller.token);
    return HttpResponse::json(
        200, jsonBytes({{QStringLiteral("id"), TokenCodec::tokenId(caller.token)},
                        {QStringLiteral("identifier"), appNames.value(canonical, DefaultAppName)},
                        {QStringLiteral("idMember"), member.id},
                        {QStringLiteral("dateCreated"), isoDate(claims.created)},
                        {QStringLiteral("dateExpires"), expires.isValid() ? QJsonValue(isoDate(expires)) : QJsonValue()},
                        {QStringLiteral("permissions"), permissions}}));
}

HttpResponse SandboxServer::Private::revoke(const Caller &caller)
{
    if (!caller.claims.hasScope(TokenClaims::Write))
        return HttpResponse::text(401, "unauthorized permission requested");
    revoked.insert(TokenCodec::canonical(caller.token));
    return HttpResponse::json(200, "{\"_value\":null}");
}

} // namespace onboard::sandbox
