// The account record's JSON form, as the settings file holds it (PRODUCT.md, "Storage"): written
// by toJson, read back with distrust by fromJson, which says which field is wrong.
#include "accounts/Account.h"

#include "oauth/OAuthRequest.h"
#include "trello/AuthorizeRequest.h"
#include "trello/CredentialFormat.h"
#include "trello/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonValue>

namespace onboard {

namespace {
QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

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
        if (headerArray.size() > MaxCustomHeaders)
            return {ErrorKind::BadInput, tr("Account %1 has more than %2 custom headers.").arg(a.id()).arg(MaxCustomHeaders)};
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

} // namespace onboard
