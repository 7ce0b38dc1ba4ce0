#include "ApiRoutes.h"

#include "OAuthScopes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace onboard::sandbox {

namespace {

const QString DefaultAppName = QStringLiteral("trello-onboard");

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

std::optional<HttpResponse> ApiRoutes::answer(const HttpRequest &request)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";

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
        return std::nullopt;

    Caller caller;
    if (std::optional<HttpResponse> refusal = authenticate(request, &caller))
        return *refusal;
    if (caller.bearer) {
        if (call != Call::MemberMe)
            return HttpResponse::text(401, "invalid token");
        if (!(caller.bearer->scopes & OAuthScopes::ReadMember))
            return HttpResponse::text(401, "unauthorized permission requested");
    }
    if (call == Call::MemberMe)
        return memberMe(caller);
    if (TokenCodec::canonical(pathToken) != TokenCodec::canonical(caller.token))
        return HttpResponse::text(401, "invalid token");
    return call == Call::TokenInfo ? tokenInfo(caller) : revoke(caller);
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
    m_state.revoked.insert(TokenCodec::canonical(caller.token));
    return HttpResponse::json(200, "{\"_value\":null}");
}

} // namespace onboard::sandbox
