#include "accounts/Account.h"

#include "oauth/OAuthGrant.h"
#include "oauth/OAuthRequest.h"
#include "trello/AuthorizeRequest.h"
#include "trello/CredentialFormat.h"

#include <algorithm>

namespace onboard {

namespace {
constexpr int MaxMemberIdLength = 64;
constexpr int MaxUsernameLength = 200;
constexpr int MaxFullNameLength = 500;
constexpr int MaxPathLength = 4096;

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
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
    if (endpoint.headers.size() > MaxCustomHeaders)
        return {ErrorKind::BadInput, tr("Account %1 has more than %2 custom headers.").arg(id()).arg(MaxCustomHeaders)};
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
