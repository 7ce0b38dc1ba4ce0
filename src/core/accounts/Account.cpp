#include "accounts/Account.h"

#include "oauth/OAuthGrant.h"
#include "oauth/OAuthRequest.h"
#include "trello/AuthorizeRequest.h"
#include "trello/CredentialFormat.h"
#include "trello/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

namespace onboard {

namespace {
constexpr int MaxMemberIdLength = 64;
constexpr int MaxUsernameLength = 200;
constexpr int MaxFullNameLength = 500;
constexpr int MaxPathLength = 4096;
constexpr int MaxHeaders = 100;

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

Account::Account()
    : appName(AuthorizeRequest::defaultAppName())
    , authorizeUrl(AuthorizeRequest::defaultAuthorizeUrl())
    , returnUrl(AuthorizeRequest::defaultReturnUrl())
{
}

Error Account::checkMemberId(const QString &memberId)
{
    if (memberId.isEmpty())
        return {ErrorKind::BadInput, tr("The member id of an account is empty.")};
    if (memberId.size() > MaxMemberIdLength)
        return {ErrorKind::BadInput,
                tr("The member id of an account is longer than %1 characters.").arg(MaxMemberIdLength)};
    for (QChar c : memberId) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '-' || u == '_';
        if (!ok)
            return {ErrorKind::BadInput,
                    tr("The member id of an account may contain only letters, digits, \"-\" and \"_\".")};
    }
    return {};
}

QString Account::id() const
{
    if (isOAuth())
        return OAuthGrant::accountIdPrefix() + clientId + QLatin1Char(':') + memberId;
    return apiKey + QLatin1Char(':') + memberId;
}

QDateTime Account::grantLapses() const
{
    return isOAuth() && grantRenewed.isValid() ? grantRenewed.addDays(GrantIdleDays) : QDateTime();
}

Error Account::validate() const
{
    if (isOAuth() == !apiKey.isEmpty())
        return {ErrorKind::BadInput, tr("An account has either an API key or an OAuth 2.0 client id, and this one has %1.")
                                         .arg(isOAuth() ? tr("both") : tr("neither"))};
    if (Error e = isOAuth() ? OAuthRequest::checkClientId(clientId) : CredentialFormat::checkKey(apiKey))
        return e;
    if (Error e = checkMemberId(memberId))
        return e;
    if (username.trimmed().isEmpty())
        return {ErrorKind::BadInput, tr("The username of account %1 is empty.").arg(id())};
    if (username.size() > MaxUsernameLength || hasControlCharacter(username))
        return {ErrorKind::BadInput,
                tr("The username of account %1 is too long or contains a control character.").arg(id())};
    if (fullName.size() > MaxFullNameLength || hasControlCharacter(fullName))
        return {ErrorKind::BadInput,
                tr("The full name of account %1 is too long or contains a control character.").arg(id())};
    for (const QString &scope : scopes) {
        if (scope.contains(QLatin1Char(',')))
            return {ErrorKind::BadInput,
                    tr("A scope of account %1 contains a comma; list each scope on its own.").arg(id())};
    }
    if (Error e = endpoint.validate())
        return e;
    if (endpoint.headers.size() > MaxHeaders)
        return {ErrorKind::BadInput, tr("Account %1 has more than %2 custom headers.").arg(id()).arg(MaxHeaders)};
    if (endpoint.caFile.size() > MaxPathLength || hasControlCharacter(endpoint.caFile))
        return {ErrorKind::BadInput,
                tr("The CA file name of account %1 is too long or contains a control character.").arg(id())};
    if (isOAuth()) {
        // A grant may hold fewer scopes than were asked for, never unknown ones.
        if (Error e = OAuthRequest::checkScopes(scopes))
            return {ErrorKind::BadInput, tr("The scopes of account %1 are not valid: %2").arg(id(), e.message())};
        return OAuthRequest::checkUrls(authorizeUrl, tokenUrl, redirectUri);
    }
    QStringList canonical;
    if (Error e = AuthorizeRequest::parseScopes(scopes.join(QLatin1Char(',')), &canonical))
        return e;
    if (canonical.size() != scopes.size())
        return {ErrorKind::BadInput, tr("The scopes of account %1 are not valid.").arg(id())};
    if (Error e = AuthorizeRequest::checkExpiration(expiration))
        return e;
    if (Error e = AuthorizeRequest::checkAppName(appName))
        return e;
    return AuthorizeRequest::checkUrls(authorizeUrl, returnUrl);
}

QJsonObject Account::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), id());
    if (isOAuth())
        json.insert(QStringLiteral("clientId"), clientId);
    else
        json.insert(QStringLiteral("apiKey"), apiKey);
    json.insert(QStringLiteral("memberId"), memberId);
    json.insert(QStringLiteral("username"), username);
    json.insert(QStringLiteral("fullName"), fullName);
    json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (!isOAuth())
        json.insert(QStringLiteral("expiration"), expiration);
    json.insert(QStringLiteral("expires"), timeToJson(expires));
    json.insert(QStringLiteral("apiHost"), endpoint.apiHost.toString(QUrl::FullyEncoded));
    QJsonArray headers;
    for (const CustomHeader &header : endpoint.headers) {
        // A secret header's value is kept in the keychain (SecretHeaders), never here; one an
        // earlier release wrote here stays as it was until it is moved.
        if (header.isSecret() && !header.isValueUnmoved())
            headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(header.name())},
                                       {QStringLiteral("secret"), true}});
        else
            headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(header.name())},
                                       {QStringLiteral("value"), QString::fromLatin1(header.value())}});
    }
    json.insert(QStringLiteral("headers"), headers);
    json.insert(QStringLiteral("caFile"), endpoint.caFile);
    json.insert(QStringLiteral("authorizeUrl"), authorizeUrl.toString(QUrl::FullyEncoded));
    if (isOAuth()) {
        json.insert(QStringLiteral("tokenUrl"), tokenUrl.toString(QUrl::FullyEncoded));
        json.insert(QStringLiteral("redirectUri"), redirectUri.toString(QUrl::FullyEncoded));
        json.insert(QStringLiteral("grantRenewed"), timeToJson(grantRenewed));
    } else {
        json.insert(QStringLiteral("credentialsIn"), ApiEndpoint::credentialsInName(endpoint.credentialsIn));
        json.insert(QStringLiteral("appName"), appName);
        json.insert(QStringLiteral("returnUrl"), returnUrl.toString(QUrl::FullyEncoded));
    }
    json.insert(QStringLiteral("lastChecked"), timeToJson(lastChecked));
    return json;
}

namespace {
// Small readers that say which field is wrong. They return BadInput errors built by Account.
struct Reader
{
    const QJsonObject &json;

    Error wrongType(const QString &field, const char *what) const
    {
        return {ErrorKind::BadInput,
                Account::tr("The field \"%1\" of an account must be %2.").arg(field, Account::tr(what))};
    }

    Error string(const QString &field, bool required, QString *out) const
    {
        const QJsonValue value = json.value(field);
        if (value.isUndefined()) {
            if (required)
                return {ErrorKind::BadInput, Account::tr("An account has no \"%1\" field.").arg(field)};
            return {};
        }
        if (!value.isString())
            return wrongType(field, QT_TRANSLATE_NOOP("Account", "a string"));
        *out = value.toString();
        return {};
    }

    Error url(const QString &field, const QString &what, QUrl *out) const
    {
        QString text;
        if (!json.contains(field))
            return {};
        if (Error e = string(field, false, &text))
            return e;
        return UrlPolicy::parse(text, what, out);
    }

    Error time(const QString &field, QDateTime *out) const
    {
        const QJsonValue value = json.value(field);
        if (value.isUndefined() || value.isNull()) {
            *out = QDateTime();
            return {};
        }
        if (!value.isString())
            return wrongType(field, QT_TRANSLATE_NOOP("Account", "a date and time in ISO 8601 form, or null"));
        const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!parsed.isValid())
            return {ErrorKind::BadInput,
                    Account::tr("The field \"%1\" of an account is not a date and time in ISO 8601 form.").arg(field)};
        *out = parsed.toUTC();
        return {};
    }
};
} // namespace

Error Account::fromJson(const QJsonObject &json, Account *account)
{
    const Reader read{json};
    Account a;
    if (json.contains(QStringLiteral("clientId"))) {
        if (Error e = read.string(QStringLiteral("clientId"), true, &a.clientId))
            return e;
        if (Error e = OAuthRequest::checkClientId(a.clientId))
            return {ErrorKind::BadInput, tr("An account has an invalid OAuth 2.0 client id: %1").arg(e.message())};
        a.authorizeUrl = OAuthRequest::defaultAuthorizeUrl();
        a.tokenUrl = OAuthRequest::defaultTokenUrl();
        a.redirectUri = OAuthRequest::defaultRedirectUri();
        a.expiration.clear();
        a.appName.clear();
        a.returnUrl = QUrl();
    } else {
        if (Error e = read.string(QStringLiteral("apiKey"), true, &a.apiKey))
            return e;
        if (Error e = CredentialFormat::checkKey(a.apiKey))
            return {ErrorKind::BadInput, tr("An account has an invalid API key: %1").arg(e.message())};
    }
    if (Error e = read.string(QStringLiteral("memberId"), true, &a.memberId))
        return e;
    if (Error e = checkMemberId(a.memberId))
        return e;
    if (json.contains(QStringLiteral("id"))) {
        QString id;
        if (Error e = read.string(QStringLiteral("id"), true, &id))
            return e;
        if (id != a.id())
            return {ErrorKind::BadInput,
                    tr("The id of account %1 does not match its API key and member id.").arg(a.id())};
    }
    if (Error e = read.string(QStringLiteral("username"), true, &a.username))
        return e;
    if (Error e = read.string(QStringLiteral("fullName"), false, &a.fullName))
        return e;

    const QJsonValue scopes = json.value(QStringLiteral("scopes"));
    if (scopes.isUndefined())
        return {ErrorKind::BadInput, tr("Account %1 has no \"scopes\" field.").arg(a.id())};
    if (!scopes.isArray())
        return read.wrongType(QStringLiteral("scopes"), QT_TRANSLATE_NOOP("Account", "a list of scopes"));
    a.scopes.clear();
    const QJsonArray scopeArray = scopes.toArray();
    for (const QJsonValue scope : scopeArray) {
        if (!scope.isString())
            return read.wrongType(QStringLiteral("scopes"), QT_TRANSLATE_NOOP("Account", "a list of scopes"));
        a.scopes.append(scope.toString());
    }

    if (!a.isOAuth()) {
        if (Error e = read.string(QStringLiteral("expiration"), true, &a.expiration))
            return e;
    }
    if (Error e = read.time(QStringLiteral("expires"), &a.expires))
        return e;

    if (Error e = read.url(QStringLiteral("apiHost"), tr("API host"), &a.endpoint.apiHost))
        return e;
    const QJsonValue headers = json.value(QStringLiteral("headers"));
    if (!headers.isUndefined()) {
        if (!headers.isArray())
            return read.wrongType(QStringLiteral("headers"), QT_TRANSLATE_NOOP("Account", "a list of {\"name\", \"value\"} objects"));
        const QJsonArray headerArray = headers.toArray();
        if (headerArray.size() > MaxHeaders)
            return {ErrorKind::BadInput, tr("Account %1 has more than %2 custom headers.").arg(a.id()).arg(MaxHeaders)};
        for (const QJsonValue header : headerArray) {
            const QJsonValue name = header.toObject().value(QStringLiteral("name"));
            const QJsonValue value = header.toObject().value(QStringLiteral("value"));
            // {"name": …, "secret": true}: a secret header whose value is in the keychain. A secret
            // header with its value here was written by an earlier release; it is moved to the
            // keychain (ChangeRecovery) and read as it is until then.
            const bool kept = header.toObject().value(QStringLiteral("secret")).toBool() && value.isUndefined();
            if (!header.isObject() || !name.isString() || (!kept && !value.isString()))
                return read.wrongType(QStringLiteral("headers"), QT_TRANSLATE_NOOP("Account", "a list of {\"name\", \"value\"} objects"));
            if (Error e = CustomHeader::check(name.toString(), value.toString()))
                return e;
            if (kept && !CustomHeader::isSecretName(name.toString()))
                return {ErrorKind::BadInput, tr("The header \"%1\" of account %2 is marked secret but its name is not a "
                                                "secret header's.")
                                                 .arg(name.toString().left(60), a.id())};
            a.endpoint.headers.append(kept ? CustomHeader::keptInKeychain(name.toString().toLatin1())
                                           : CustomHeader::fromSettingsFile(name.toString().toLatin1(), value.toString().toLatin1()));
        }
    }
    if (!a.isOAuth() && json.contains(QStringLiteral("credentialsIn"))) {
        QString where;
        if (Error e = read.string(QStringLiteral("credentialsIn"), true, &where))
            return e;
        if (Error e = ApiEndpoint::parseCredentialsIn(where, &a.endpoint.credentialsIn))
            return e;
    }
    if (Error e = read.string(QStringLiteral("caFile"), false, &a.endpoint.caFile))
        return e;

    if (!a.isOAuth()) {
        if (Error e = read.string(QStringLiteral("appName"), false, &a.appName))
            return e;
        if (Error e = read.url(QStringLiteral("returnUrl"), tr("return URL"), &a.returnUrl))
            return e;
    }
    if (Error e = read.url(QStringLiteral("authorizeUrl"), tr("authorize URL"), &a.authorizeUrl))
        return e;
    if (Error e = read.time(QStringLiteral("lastChecked"), &a.lastChecked))
        return e;
    if (a.isOAuth()) {
        if (Error e = read.url(QStringLiteral("tokenUrl"), tr("OAuth 2.0 token URL"), &a.tokenUrl))
            return e;
        if (Error e = read.url(QStringLiteral("redirectUri"), tr("redirect URI"), &a.redirectUri))
            return e;
        if (Error e = read.time(QStringLiteral("grantRenewed"), &a.grantRenewed))
            return e;
    }

    // The rules that do not depend on JSON types (lengths, known scopes and expirations, URL
    // policy for the API host, header syntax) are shared with accounts built in code.
    if (Error e = a.validate())
        return e;
    if (account)
        *account = std::move(a);
    return {};
}

bool Account::hasUnmovedSecretValues() const
{
    return std::any_of(endpoint.headers.cbegin(), endpoint.headers.cend(),
                       [](const CustomHeader &h) { return h.isValueUnmoved(); });
}

Account Account::withSecretValuesKept() const
{
    Account account = *this;
    for (CustomHeader &header : account.endpoint.headers) {
        if (header.isSecret())
            header = CustomHeader::keptInKeychain(header.name());
    }
    return account;
}

bool Account::hasKeptHeaders() const
{
    return std::any_of(endpoint.headers.cbegin(), endpoint.headers.cend(),
                       [](const CustomHeader &h) { return h.isValueKept(); });
}

std::optional<QString> Account::expirationOf(const TokenInfo &token)
{
    if (!token.created.isValid())
        return std::nullopt;
    if (!token.expires.isValid())
        return QStringLiteral("never");
    const qint64 lifetime = token.created.secsTo(token.expires);
    const QList<QPair<qint64, QString>> known{{3600, QStringLiteral("1hour")},
                                             {24 * 3600, QStringLiteral("1day")},
                                             {30 * 24 * 3600, QStringLiteral("30days")}};
    for (const auto &[seconds, name] : known) {
        if (qAbs(lifetime - seconds) <= seconds / 10)
            return name;
    }
    return std::nullopt;
}

Account Account::fromVerification(const SetupOptions &options, const MemberInfo &member, const TokenInfo &token)
{
    Account account;
    account.apiKey = options.request.apiKey;
    account.memberId = member.id;
    // What the token says of its lifetime wins over what was asked: an imported token's was never
    // asked here, and a person may have changed it on the consent page.
    account.expiration = expirationOf(token).value_or(options.request.expiration);
    account.endpoint = options.endpoint;
    account.appName = options.request.appName;
    account.authorizeUrl = options.request.authorizeUrl;
    account.returnUrl = options.request.returnUrl;
    return account.refreshedBy(member, token);
}

Account Account::fromOAuthVerification(const SetupOptions &options, const MemberInfo &member,
                                       const QStringList &grantedScopes, const QDateTime &accessExpires)
{
    Account account;
    account.clientId = options.oauth.clientId;
    account.memberId = member.id;
    account.expiration.clear();
    account.endpoint = options.endpoint;
    account.endpoint.credentialsIn = ApiEndpoint::CredentialsIn::Query; // unused: always Bearer
    account.appName.clear();
    account.authorizeUrl = options.oauth.authorizeUrl;
    account.tokenUrl = options.oauth.tokenUrl;
    account.redirectUri = options.oauth.redirectUri;
    account.returnUrl = QUrl();
    account.username = member.username;
    account.fullName = member.fullName;
    return account.renewedBy(grantedScopes, accessExpires);
}

Account Account::renewedBy(const QStringList &grantedScopes, const QDateTime &accessExpires) const
{
    Account account = *this;
    // A server that does not say which scopes it granted granted those asked for (RFC 6749, 5.1);
    // the record keeps the known ones, in canonical order.
    QStringList known;
    for (const QString &scope : OAuthRequest::knownScopes()) {
        if (grantedScopes.contains(scope))
            known.append(scope);
    }
    if (!known.isEmpty())
        account.scopes = known;
    account.expires = accessExpires.toUTC();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    account.grantRenewed = now;
    account.lastChecked = now;
    return account;
}

Account Account::refreshedBy(const MemberInfo &member, const TokenInfo &token) const
{
    Account account = *this;
    account.username = member.username;
    account.fullName = member.fullName;
    account.scopes = token.scopes;
    account.expires = token.expires;
    account.lastChecked = QDateTime::currentDateTimeUtc();
    return account;
}

SetupOptions Account::setupOptions() const
{
    SetupOptions options;
    if (isOAuth()) {
        options.oauth.clientId = clientId;
        options.oauth.scopes = scopes;
        options.oauth.authorizeUrl = authorizeUrl;
        options.oauth.tokenUrl = tokenUrl;
        options.oauth.redirectUri = redirectUri;
        options.endpoint = endpoint;
        return options;
    }
    options.request.apiKey = apiKey;
    if (!appName.isEmpty())
        options.request.appName = appName;
    options.request.scopes = scopes;
    options.request.expiration = expiration;
    if (authorizeUrl.isValid())
        options.request.authorizeUrl = authorizeUrl;
    if (returnUrl.isValid())
        options.request.returnUrl = returnUrl;
    options.endpoint = endpoint;
    return options;
}

bool Account::operator==(const Account &other) const
{
    return apiKey == other.apiKey && memberId == other.memberId && username == other.username &&
           fullName == other.fullName && scopes == other.scopes && expiration == other.expiration &&
           expires == other.expires && endpoint == other.endpoint && appName == other.appName &&
           authorizeUrl == other.authorizeUrl && returnUrl == other.returnUrl && lastChecked == other.lastChecked &&
           clientId == other.clientId && tokenUrl == other.tokenUrl && redirectUri == other.redirectUri &&
           grantRenewed == other.grantRenewed;
}

} // namespace onboard
