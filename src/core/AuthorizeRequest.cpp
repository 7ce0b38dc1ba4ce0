#include "AuthorizeRequest.h"

#include "CredentialFormat.h"
#include "UrlPolicy.h"

#include <QUrlQuery>

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
    if (Error e = UrlPolicy::check(authorizeUrl, tr("authorize URL")))
        return e;
    if (Error e = UrlPolicy::check(returnUrl, tr("return URL")))
        return e;
    if (returnUrl.hasFragment())
        return {ErrorKind::BadInput, tr("The return URL must not contain a \"#\": Trello puts the token there.")};
    return {};
}

QUrl AuthorizeRequest::consentUrl() const
{
    return buildUrl(true);
}

QUrl AuthorizeRequest::manualConsentUrl() const
{
    return buildUrl(false);
}

QUrl AuthorizeRequest::buildUrl(bool withReturnUrl) const
{
    QUrl url = authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("key"), apiKey);
    query.addQueryItem(QStringLiteral("name"), appName);
    query.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("expiration"), expiration);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("token"));
    if (withReturnUrl) {
        query.addQueryItem(QStringLiteral("callback_method"), QStringLiteral("fragment"));
        query.addQueryItem(QStringLiteral("return_url"),
                           returnUrl.toString(QUrl::FullyEncoded));
    }
    url.setQuery(query);
    return url;
}

} // namespace onboard
