#include "setup/SetupOptions.h"

#include "oauth/OAuthRequest.h"
#include "trello/CredentialFormat.h"
#include "trello/UrlPolicy.h"

#include <QFileInfo>

namespace onboard {

namespace {

Error readKey(SetupOptions &o, const QString &value)
{
    // One canonical case: the key is part of the account id, and "ABC…" and "abc…" are one key.
    const QString key = value.trimmed().toLower();
    if (Error e = CredentialFormat::checkKey(key))
        return e;
    o.request.apiKey = key;
    return {};
}

Error readAppName(SetupOptions &o, const QString &value)
{
    if (Error e = AuthorizeRequest::checkAppName(value))
        return e;
    o.request.appName = value.trimmed();
    return {};
}

Error readScope(SetupOptions &o, const QString &value)
{
    QStringList scopes;
    if (Error e = AuthorizeRequest::parseScopes(value, &scopes))
        return e;
    o.request.scopes = scopes;
    return {};
}

Error readExpiration(SetupOptions &o, const QString &value)
{
    if (Error e = AuthorizeRequest::checkExpiration(value.trimmed()))
        return e;
    o.request.expiration = value.trimmed();
    return {};
}

Error readApiHost(SetupOptions &o, const QString &value)
{
    QUrl url;
    if (Error e = UrlPolicy::parse(value, SetupOptions::tr("API host"), &url))
        return e;
    if (Error e = ApiEndpoint::checkApiHost(url))
        return e;
    o.endpoint.apiHost = url;
    return {};
}

Error readAuthorizeUrl(SetupOptions &o, const QString &value)
{
    QUrl url;
    if (Error e = UrlPolicy::parse(value, SetupOptions::tr("authorize URL"), &url))
        return e;
    o.request.authorizeUrl = url;
    return {};
}

Error readReturnUrl(SetupOptions &o, const QString &value)
{
    QUrl url;
    if (Error e = UrlPolicy::parse(value, SetupOptions::tr("return URL"), &url))
        return e;
    if (Error e = AuthorizeRequest::checkReturnUrlFragment(url))
        return e;
    o.request.returnUrl = url;
    return {};
}

Error readHeader(SetupOptions &o, const QString &value)
{
    CustomHeader header;
    if (Error e = CustomHeader::parse(value, &header))
        return e;
    o.endpoint.headers.append(header);
    return {};
}

Error readCredentialsIn(SetupOptions &o, const QString &value)
{
    ApiEndpoint::CredentialsIn where = o.endpoint.credentialsIn;
    if (Error e = ApiEndpoint::parseCredentialsIn(value.trimmed(), &where))
        return e;
    o.endpoint.credentialsIn = where;
    return {};
}

Error readCaFile(SetupOptions &o, const QString &value)
{
    const QFileInfo file(value);
    if (!file.isFile() || !file.isReadable())
        return {ErrorKind::BadInput, SetupOptions::tr("The CA file %1 does not exist or cannot be read.").arg(value)};
    o.endpoint.caFile = file.absoluteFilePath();
    return {};
}

Error readExpiryWarnings(SetupOptions &o, const QString &value)
{
    const QString choice = value.trimmed();
    if (choice != QLatin1String("on") && choice != QLatin1String("off"))
        return {ErrorKind::BadInput,
                SetupOptions::tr("--expiry-warnings must be \"on\" or \"off\", not \"%1\".").arg(choice)};
    o.expiryWarnings = choice == QLatin1String("on");
    return {};
}

Error readSignIn(SetupOptions &o, const QString &value)
{
    const QString where = value.trimmed();
    if (where == QLatin1String("embedded"))
        o.signIn = SetupOptions::SignIn::Embedded;
    else if (where == QLatin1String("browser"))
        o.signIn = SetupOptions::SignIn::Browser;
    else
        return {ErrorKind::BadInput,
                SetupOptions::tr("--sign-in must be \"embedded\" or \"browser\", not \"%1\".").arg(where)};
    return {};
}

Error readClientId(SetupOptions &o, const QString &value)
{
    const QString id = value.trimmed();
    if (Error e = OAuthRequest::checkClientId(id))
        return e;
    o.oauth.clientId = id;
    return {};
}

Error readOAuthScope(SetupOptions &o, const QString &value)
{
    QStringList scopes;
    if (Error e = OAuthRequest::parseScopes(value, &scopes))
        return e;
    o.oauth.scopes = scopes;
    return {};
}

// An OAuth 2.0 endpoint or the redirect URI: UrlPolicy, and no fragment (OAuthRequest::checkUrls
// checks the three together).
Error readOAuthUrl(const QString &value, const QString &what, QUrl *out)
{
    QUrl url;
    if (Error e = UrlPolicy::parse(value, what, &url))
        return e;
    if (url.hasFragment())
        return {ErrorKind::BadInput, SetupOptions::tr("The %1 must not have a fragment (#…).").arg(what)};
    *out = url;
    return {};
}

} // namespace

const QList<SetupOptions::Option> &SetupOptions::options()
{
    // clang-format off
    static const QList<Option> table{
        {QStringLiteral("key"), readKey,
         [](SetupOptions &to, const SetupOptions &from) { to.request.apiKey = from.request.apiKey; }},
        {QStringLiteral("app-name"), readAppName,
         [](SetupOptions &to, const SetupOptions &from) { to.request.appName = from.request.appName; }},
        {QStringLiteral("scope"), readScope,
         [](SetupOptions &to, const SetupOptions &from) { to.request.scopes = from.request.scopes; }},
        {QStringLiteral("expiration"), readExpiration,
         [](SetupOptions &to, const SetupOptions &from) { to.request.expiration = from.request.expiration; }},
        {QStringLiteral("api-host"), readApiHost,
         [](SetupOptions &to, const SetupOptions &from) { to.endpoint.apiHost = from.endpoint.apiHost; }},
        {QStringLiteral("authorize-url"), readAuthorizeUrl,
         [](SetupOptions &to, const SetupOptions &from) { to.request.authorizeUrl = from.request.authorizeUrl; }},
        {QStringLiteral("return-url"), readReturnUrl,
         [](SetupOptions &to, const SetupOptions &from) { to.request.returnUrl = from.request.returnUrl; }},
        {QStringLiteral("header"), readHeader,
         [](SetupOptions &to, const SetupOptions &from) { to.endpoint.headers = from.endpoint.headers; }},
        {QStringLiteral("credentials-in"), readCredentialsIn,
         [](SetupOptions &to, const SetupOptions &from) { to.endpoint.credentialsIn = from.endpoint.credentialsIn; }},
        {QStringLiteral("ca-file"), readCaFile,
         [](SetupOptions &to, const SetupOptions &from) { to.endpoint.caFile = from.endpoint.caFile; }},
        {QStringLiteral("sign-in"), readSignIn,
         [](SetupOptions &to, const SetupOptions &from) { to.signIn = from.signIn; }},
        {QStringLiteral("expiry-warnings"), readExpiryWarnings,
         [](SetupOptions &to, const SetupOptions &from) { to.expiryWarnings = from.expiryWarnings; }},
        {QStringLiteral("client-id"), readClientId,
         [](SetupOptions &to, const SetupOptions &from) { to.oauth.clientId = from.oauth.clientId; }},
        {QStringLiteral("oauth-scope"), readOAuthScope,
         [](SetupOptions &to, const SetupOptions &from) { to.oauth.scopes = from.oauth.scopes; }},
        {QStringLiteral("oauth-authorize-url"),
         [](SetupOptions &o, const QString &v) { return readOAuthUrl(v, tr("OAuth 2.0 authorize URL"), &o.oauth.authorizeUrl); },
         [](SetupOptions &to, const SetupOptions &from) { to.oauth.authorizeUrl = from.oauth.authorizeUrl; }},
        {QStringLiteral("oauth-token-url"),
         [](SetupOptions &o, const QString &v) { return readOAuthUrl(v, tr("OAuth 2.0 token URL"), &o.oauth.tokenUrl); },
         [](SetupOptions &to, const SetupOptions &from) { to.oauth.tokenUrl = from.oauth.tokenUrl; }},
        {QStringLiteral("redirect-uri"),
         [](SetupOptions &o, const QString &v) { return readOAuthUrl(v, tr("redirect URI"), &o.oauth.redirectUri); },
         [](SetupOptions &to, const SetupOptions &from) { to.oauth.redirectUri = from.oauth.redirectUri; }},
    };
    // clang-format on
    return table;
}

const QStringList &SetupOptions::names()
{
    static const QStringList list = [] {
        QStringList names;
        for (const Option &option : options())
            names.append(option.name);
        return names;
    }();
    return list;
}

Error SetupOptions::apply(const QString &option, const QString &value)
{
    const auto row = std::find_if(options().cbegin(), options().cend(),
                                  [&option](const Option &o) { return o.name == option; });
    if (row == options().cend())
        return {ErrorKind::BadInput, tr("Unknown option --%1.").arg(option)};
    const Error error = row->read(*this, value);
    if (!error) {
        given.insert(option);
        return error;
    }
    // A token pasted into the wrong option is still a password: messages that echo the value
    // show it masked.
    // A message may show a shortened value, which masking the whole token would miss: a value that
    // is a token is not shown at all.
    const QString pasted = value.trimmed();
    if (!CredentialFormat::checkToken(pasted))
        return {error.kind(), tr("The value of --%1 is not valid for it; it looks like a Trello token, which is "
                                 "not repeated here.").arg(option)};
    return error;
}

SetupOptions SetupOptions::overlaid(const SetupOptions &over) const
{
    SetupOptions result = *this;
    for (const Option &option : options()) {
        if (over.isGiven(option.name))
            option.copy(result, over);
    }
    result.given.unite(over.given);
    result.locked.unite(over.locked);
    return result;
}

Error SetupOptions::checkAccountKind() const
{
    if (isGiven(QStringLiteral("key")) && isGiven(QStringLiteral("client-id")))
        return {ErrorKind::BadInput, tr("--key and --client-id exclude each other: an account uses either an API key "
                                        "and token, or Trello's OAuth 2.0 with a client id.")};
    return {};
}

} // namespace onboard
