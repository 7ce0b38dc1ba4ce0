#include "trello/AuthorizeRequest.h"

#include "trello/CredentialFormat.h"
#include "trello/UrlPolicy.h"


namespace onboard {

namespace {
constexpr int MaxAppNameLength = 100;
}

const QStringList &AuthorizeRequest::knownScopes()
{
    static const QStringList scopes{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("account")};
    return scopes;
}

const QStringList &AuthorizeRequest::knownExpirations()
{
    static const QStringList expirations{QStringLiteral("1hour"), QStringLiteral("1day"), QStringLiteral("30days"),
                                         QStringLiteral("never")};
    return expirations;
}

Error AuthorizeRequest::parseScopes(const QString &text, QStringList *scopes)
{
    QStringList given;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString scope = part.trimmed();
        if (scope.isEmpty())
            continue;
        if (!knownScopes().contains(scope))
            return {ErrorKind::BadInput, tr("Unknown scope \"%1\"; choose from read, write and account, separated by commas.").arg(scope.left(40))};
        if (given.contains(scope))
            return {ErrorKind::BadInput, tr("The scope \"%1\" is listed twice.").arg(scope)};
        given.append(scope);
    }
    if (given.isEmpty())
        return {ErrorKind::BadInput, tr("No scope was given; use read, read,write or read,write,account.")};
    scopes->clear();
    for (const QString &known : knownScopes()) {
        if (given.contains(known))
            scopes->append(known);
    }
    return {};
}

Error AuthorizeRequest::checkExpiration(const QString &expiration)
{
    if (knownExpirations().contains(expiration))
        return {};
    return {ErrorKind::BadInput, tr("Unknown expiration \"%1\"; choose 1hour, 1day, 30days or never.").arg(expiration.left(40))};
}

Error AuthorizeRequest::checkAppName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return {ErrorKind::BadInput, tr("The application name that Trello shows on its consent page is empty.")};
    if (name.size() > MaxAppNameLength)
        return {ErrorKind::BadInput, tr("The application name is longer than %1 characters.").arg(MaxAppNameLength)};
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return {ErrorKind::BadInput, tr("The application name contains a control character.")};
    }
    return {};
}

Error AuthorizeRequest::validate() const
{
    if (Error e = CredentialFormat::checkKey(apiKey))
        return e;
    if (Error e = checkAppName(appName))
        return e;
    QStringList canonical;
    if (Error e = parseScopes(scopes.join(QLatin1Char(',')), &canonical))
        return e;
    if (Error e = checkExpiration(expiration))
        return e;
    return checkUrls(authorizeUrl, returnUrl);
}

Error AuthorizeRequest::checkUrls(const QUrl &authorizeUrl, const QUrl &returnUrl)
{
    if (Error e = UrlPolicy::check(authorizeUrl, tr("authorize URL")))
        return e;
    if (Error e = UrlPolicy::check(returnUrl, tr("return URL")))
        return e;
    return checkReturnUrlFragment(returnUrl);
}

Error AuthorizeRequest::checkReturnUrlFragment(const QUrl &returnUrl)
{
    if (returnUrl.hasFragment())
        return {ErrorKind::BadInput, tr("The return URL must not contain a \"#\": Trello puts the token there.")};
    return {};
}

Error AuthorizeRequest::checkBrowserReturnUrl(const QUrl &returnUrl)
{
    if (UrlPolicy::isListenableLoopback(returnUrl))
        return {};
    return {ErrorKind::BadInput,
            tr("To sign in with your browser, the return URL must be http://localhost with a port (or 127.0.0.1 or "
               "[::1]), for example %1: trello-onboard listens there for the answer. \"%2\" is not.")
                .arg(UrlPolicy::origin(defaultReturnUrl()),
                     returnUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).left(120))};
}

QUrl AuthorizeRequest::consentUrl() const
{
    return buildUrl(Answer::Fragment);
}

QUrl AuthorizeRequest::browserConsentUrl() const
{
    return buildUrl(Answer::PostMessage);
}

QUrl AuthorizeRequest::manualConsentUrl() const
{
    return buildUrl(Answer::Shown);
}

QUrl AuthorizeRequest::buildUrl(Answer answer) const
{
    QList<QPair<QString, QString>> ours{
        {QStringLiteral("key"), apiKey},
        {QStringLiteral("name"), appName},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(','))},
        {QStringLiteral("expiration"), expiration},
        {QStringLiteral("response_type"), QStringLiteral("token")},
    };
    if (answer == Answer::Fragment) {
        ours.append({QStringLiteral("callback_method"), QStringLiteral("fragment")});
        ours.append({QStringLiteral("return_url"), returnUrl.toString(QUrl::FullyEncoded)});
    } else if (answer == Answer::PostMessage) {
        // Trello uses return_url as the origin it posts the token to: the receiver's page.
        ours.append({QStringLiteral("callback_method"), QStringLiteral("postMessage")});
        ours.append({QStringLiteral("return_url"), UrlPolicy::origin(returnUrl)});
    }
    // A second key, scope or return_url in a custom authorize URL would make the request ambiguous.
    static const QStringList setHere{QStringLiteral("key"),           QStringLiteral("name"),
                                     QStringLiteral("scope"),         QStringLiteral("expiration"),
                                     QStringLiteral("response_type"), QStringLiteral("callback_method"),
                                     QStringLiteral("return_url")};
    return UrlPolicy::withQuery(authorizeUrl, setHere, ours);
}

} // namespace onboard
