#include "ApiRoutes.h"

#include "OAuthScopes.h"
#include "RequestParameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace onboard::sandbox {

namespace {

const QString DefaultAppName = QStringLiteral("trello-onboard");
constexpr int MaxWebhookDescription = 16384;
constexpr int MaxCallbackUrlLength = 2048;

bool isTrelloId(const QString &id)
{
    if (id.size() != 24)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

// The parameters of a webhook's creation: each from the body (form-encoded or a JSON object, where
// `active` may be a boolean) if it is there, else from the query. nullopt when the body cannot be read.
std::optional<QHash<QString, QString>> webhookParameters(const HttpRequest &request)
{
    const RequestParameters query = RequestParameters::fromQuery(request);
    std::optional<RequestParameters> body;
    if (!request.body.isEmpty()) {
        QString problem;
        body = RequestParameters::fromBody(request, &problem, RequestParameters::JsonBooleans::AsText);
        if (!body)
            return std::nullopt;
    }
    QHash<QString, QString> values;
    for (const QString &name : {QStringLiteral("callbackURL"), QStringLiteral("idModel"), QStringLiteral("description"),
                                QStringLiteral("active")}) {
        if (body && body->contains(name))
            values.insert(name, body->value(name));
        else if (query.contains(name))
            values.insert(name, query.value(name));
    }
    return values;
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

bool isBearer(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    return trimmed.size() > 7 && trimmed.left(6).toLower() == "bearer" && (trimmed.at(6) == ' ' || trimmed.at(6) == '\t');
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString isoDate(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ApiRoutes::ApiRoutes(SandboxServer &server, SandboxState &state)
    : m_server(server)
    , m_state(state)
{
}

ApiRoutes::~ApiRoutes() = default;

bool ApiRoutes::answer(const HttpRequest &request, const Respond &respond)
{
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    // The path's segments after "/1/"; a trailing slash leaves an empty last one.
    QStringList segments;
    if (request.path.startsWith(QLatin1String("/1/")))
        segments = request.path.mid(3).split(QLatin1Char('/'));
    const qsizetype count = segments.size();
    const bool trailingSlash = count > 1 && segments.last().isEmpty();
    if (trailingSlash)
        segments.removeLast();
    const QString first = segments.value(0);

    enum class Call {
        None, MemberMe, TokenInfo, Revoke, ListWebhooks, CreateTokenWebhook, CreateWebhook, GetWebhook, DeleteWebhook
    } call = Call::None;
    QString pathToken;
    QString webhookId;
    if (first == QLatin1String("members") && segments.size() == 2 && segments.at(1) == QLatin1String("me") && get
        && !trailingSlash) {
        call = Call::MemberMe;
    } else if (first == QLatin1String("tokens") && segments.size() >= 2 && !segments.at(1).isEmpty()) {
        pathToken = segments.at(1);
        if (segments.size() == 2) {
            if (get && !trailingSlash)
                call = Call::TokenInfo;
            else if (method == "DELETE")
                call = Call::Revoke;
        } else if (segments.size() == 3 && segments.at(2) == QLatin1String("webhooks")) {
            if (get)
                call = Call::ListWebhooks;
            else if (method == "POST")
                call = Call::CreateTokenWebhook;
        }
    } else if (first == QLatin1String("webhooks")) {
        if (segments.size() == 1 && method == "POST") {
            call = Call::CreateWebhook;
        } else if (segments.size() == 2 && !segments.at(1).isEmpty() && !trailingSlash) {
            webhookId = segments.at(1);
            if (get)
                call = Call::GetWebhook;
            else if (method == "DELETE")
                call = Call::DeleteWebhook;
        }
    }
    if (call == Call::None)
        return false;

    Caller caller;
    if (std::optional<HttpResponse> refusal = authenticate(request, &caller)) {
        respond(*refusal);
        return true;
    }
    if (caller.bearer) {
        if (call != Call::MemberMe)
            respond(HttpResponse::text(401, "invalid token"));
        else if (!(caller.bearer->scopes & OAuthScopes::ReadMember))
            respond(HttpResponse::text(401, "unauthorized permission requested"));
        else
            respond(memberMe(caller));
        return true;
    }
    if (!pathToken.isEmpty() && TokenCodec::canonical(pathToken) != TokenCodec::canonical(caller.token)) {
        respond(HttpResponse::text(401, "invalid token"));
        return true;
    }
    switch (call) {
    case Call::None:
        break;
    case Call::MemberMe:
        respond(memberMe(caller));
        break;
    case Call::TokenInfo:
        respond(tokenInfo(caller));
        break;
    case Call::Revoke:
        respond(revoke(caller));
        break;
    case Call::ListWebhooks:
        respond(listWebhooks(caller));
        break;
    case Call::CreateTokenWebhook:
    case Call::CreateWebhook:
        createWebhook(caller, request, call == Call::CreateTokenWebhook, respond);
        break;
    case Call::GetWebhook:
    case Call::DeleteWebhook:
        respond(webhook(caller, webhookId, call == Call::DeleteWebhook));
        break;
    }
    return true;
}

std::optional<HttpResponse> ApiRoutes::authenticate(const HttpRequest &request, Caller *caller) const
{
    const QByteArray authorization = request.header("Authorization");
    if (isBearer(authorization))
        return authenticateBearer(request, caller);
    QString key = request.query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    QString token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (!authorization.isEmpty()) {
        const QHash<QString, QString> oauth = parseOAuthHeader(authorization);
        if (key.isEmpty())
            key = oauth.value(QStringLiteral("oauth_consumer_key"));
        if (token.isEmpty())
            token = oauth.value(QStringLiteral("oauth_token"));
    }
    if (!SandboxState::isApiKey(key))
        return HttpResponse::text(401, "invalid key");
    const std::optional<TokenClaims> claims = TokenCodec::decode(token);
    if (!claims || claims->memberIndex >= SandboxServer::members().size() || m_state.revoked.contains(TokenCodec::canonical(token)))
        return HttpResponse::text(401, "invalid token");
    const QDateTime expires = claims->expires();
    if (expires.isValid() && expires <= QDateTime::currentDateTimeUtc())
        return HttpResponse::text(401, "expired token");
    caller->token = token;
    caller->memberIndex = claims->memberIndex;
    caller->claims = *claims;
    return std::nullopt;
}

std::optional<HttpResponse> ApiRoutes::authenticateBearer(const HttpRequest &request, Caller *caller) const
{
    // One set of credentials per request: a Bearer token beside Trello Auth ones is ambiguous.
    if (request.headerCount("Authorization") > 1 || request.query.hasQueryItem(QStringLiteral("key"))
        || request.query.hasQueryItem(QStringLiteral("token"))) {
        return HttpResponse::text(400, "invalid request");
    }
    const QString token = QString::fromLatin1(request.header("Authorization").trimmed().mid(7).trimmed());
    const std::optional<OAuthAccessClaims> claims = OAuthTokenCodec::decodeAccess(token);
    // A token of an ended grant is no longer a token at all, whatever its expiry.
    if (!claims || claims->memberIndex >= SandboxServer::members().size() || m_state.oauth.isEnded(claims->grantId))
        return HttpResponse::text(401, "invalid token");
    if (claims->expires <= QDateTime::currentDateTimeUtc())
        return HttpResponse::text(401, "expired token");
    caller->token = token;
    caller->memberIndex = claims->memberIndex;
    caller->bearer = *claims;
    return std::nullopt;
}

HttpResponse ApiRoutes::memberMe(const Caller &caller) const
{
    const SandboxMember &member = SandboxServer::members().at(caller.memberIndex);
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/u/") + member.username);
    return HttpResponse::json(200, jsonBytes({{QStringLiteral("id"), member.id},
                                              {QStringLiteral("username"), member.username},
                                              {QStringLiteral("fullName"), member.fullName},
                                              {QStringLiteral("url"), url.toString()}}));
}

HttpResponse ApiRoutes::tokenInfo(const Caller &caller) const
{
    const TokenClaims &claims = caller.claims;
    const SandboxMember &member = SandboxServer::members().at(claims.memberIndex);
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
                        {QStringLiteral("identifier"), m_state.appNames.value(canonical, DefaultAppName)},
                        {QStringLiteral("idMember"), member.id},
                        {QStringLiteral("dateCreated"), isoDate(claims.created)},
                        {QStringLiteral("dateExpires"), expires.isValid() ? QJsonValue(isoDate(expires)) : QJsonValue()},
                        {QStringLiteral("permissions"), permissions}}));
}

HttpResponse ApiRoutes::revoke(const Caller &caller)
{
    if (!caller.claims.hasScope(TokenClaims::Write))
        return HttpResponse::text(401, "unauthorized permission requested");
    const QString canonical = TokenCodec::canonical(caller.token);
    m_state.revoked.insert(canonical);
    m_state.webhooks.removeToken(canonical); // webhooks die with their token
    return HttpResponse::json(200, "{\"_value\":null}");
}

HttpResponse ApiRoutes::listWebhooks(const Caller &caller) const
{
    QJsonArray list;
    for (const SandboxWebhook &webhook : m_state.webhooks.ofToken(TokenCodec::canonical(caller.token)))
        list.append(webhook.toJson());
    return HttpResponse::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
}

void ApiRoutes::createWebhook(const Caller &caller, const HttpRequest &request, bool viaToken, const Respond &respond)
{
    const std::optional<QHash<QString, QString>> parameters = webhookParameters(request);
    if (!parameters) {
        respond(HttpResponse::text(400, "invalid request body"));
        return;
    }
    const QString callbackUrl = parameters->value(QStringLiteral("callbackURL"));
    const QUrl callback(callbackUrl, QUrl::StrictMode);
    if (callbackUrl.isEmpty() || callbackUrl.size() > MaxCallbackUrlLength || !callback.isValid()
        || (callback.scheme() != QLatin1String("http") && callback.scheme() != QLatin1String("https"))
        || callback.host().isEmpty()) {
        respond(HttpResponse::text(400, "invalid value for callbackURL"));
        return;
    }
    const QString idModel = parameters->value(QStringLiteral("idModel"));
    if (!isTrelloId(idModel)) {
        respond(HttpResponse::text(400, "invalid value for idModel"));
        return;
    }
    const QString description = parameters->value(QStringLiteral("description"));
    if (description.size() > MaxWebhookDescription) {
        respond(HttpResponse::text(400, "invalid value for description"));
        return;
    }
    // Trello's POST /tokens/{token}/webhooks takes no `active`: its webhooks start active.
    const QString active = viaToken ? QString() : parameters->value(QStringLiteral("active"));
    if (!active.isEmpty() && active != QLatin1String("true") && active != QLatin1String("false")) {
        respond(HttpResponse::text(400, "invalid value for active"));
        return;
    }
    const QString owner = TokenCodec::canonical(caller.token);
    if (m_state.webhooks.exists(owner, callbackUrl, idModel)) {
        respond(HttpResponse::text(400, "A webhook with that callback, model, and token already exists"));
        return;
    }

    // As Trello does: a HEAD request to the callback URL, which must answer 200 (no redirect is
    // followed), before the webhook exists.
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_network->setCookieJar(nullptr);
    }
    QNetworkRequest probe(callback);
    probe.setTransferTimeout(qMax(1, m_state.callbackCheckTimeoutMs));
    probe.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("trello-sandbox"));
    QNetworkReply *reply = m_network->head(probe);
    const bool activeFlag = active != QLatin1String("false");
    // The manager as the context: the connection goes when it does (with this object).
    QObject::connect(reply, &QNetworkReply::finished, m_network.get(),
                     [this, reply, respond, owner, description, idModel, callbackUrl, activeFlag] {
                         reply->deleteLater();
                         const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         if (status != 200) {
                             const QByteArray got = status > 0 ? QByteArray::number(status) : QByteArray("no answer");
                             respond(HttpResponse::text(400, "URL (" + callbackUrl.toUtf8()
                                                                 + ") did not return 200 status code, got " + got));
                             return;
                         }
                         // The token may have been revoked, or the same webhook made, meanwhile.
                         if (m_state.revoked.contains(owner)) {
                             respond(HttpResponse::text(401, "invalid token"));
                             return;
                         }
                         if (m_state.webhooks.exists(owner, callbackUrl, idModel)) {
                             respond(HttpResponse::text(400, "A webhook with that callback, model, and token already exists"));
                             return;
                         }
                         const SandboxWebhook made = m_state.webhooks.add(owner, description, idModel, callbackUrl, activeFlag);
                         respond(HttpResponse::json(200, QJsonDocument(made.toJson()).toJson(QJsonDocument::Compact)));
                     });
}

HttpResponse ApiRoutes::webhook(const Caller &caller, const QString &id, bool remove)
{
    if (!isTrelloId(id))
        return HttpResponse::text(400, "invalid id");
    const SandboxWebhook *found = m_state.webhooks.find(id);
    // Another token's webhook is not this token's to see.
    if (!found || found->token != TokenCodec::canonical(caller.token))
        return HttpResponse::text(404, "The requested resource was not found.");
    if (!remove)
        return HttpResponse::json(200, QJsonDocument(found->toJson()).toJson(QJsonDocument::Compact));
    m_state.webhooks.remove(id);
    return HttpResponse::json(200, "{\"_value\":null}");
}

} // namespace onboard::sandbox
