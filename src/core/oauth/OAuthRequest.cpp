#include "oauth/OAuthRequest.h"

#include "trello/UrlPolicy.h"

#include <QRegularExpression>

namespace onboard {

QStringList OAuthRequest::defaultScopes()
{
    return {QStringLiteral("read:member:trello"), QStringLiteral("read:board:trello"), offlineAccess()};
}

const QStringList &OAuthRequest::knownScopes()
{
    static const QStringList scopes{
        QStringLiteral("read:member:trello"),       QStringLiteral("write:member:trello"),
        QStringLiteral("read:board:trello"),        QStringLiteral("write:board:trello"),
        QStringLiteral("write:board:membership:trello"), QStringLiteral("read:organization:trello"),
        QStringLiteral("write:organization:trello"), QStringLiteral("write:organization:membership:trello"),
        QStringLiteral("read:enterprise:trello"),   QStringLiteral("write:enterprise:trello"),
        offlineAccess(),
    };
    return scopes;
}

Error OAuthRequest::parseScopes(const QString &text, QStringList *scopes)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList given = text.split(separators, Qt::SkipEmptyParts);
    if (Error e = checkScopes(given))
        return e;
    scopes->clear();
    for (const QString &known : knownScopes()) {
        if (given.contains(known))
            scopes->append(known);
    }
    return {};
}

Error OAuthRequest::checkScopes(const QStringList &scopes)
{
    QStringList seen;
    for (const QString &scope : scopes) {
        if (!knownScopes().contains(scope))
            return {ErrorKind::BadInput, tr("Unknown OAuth 2.0 scope \"%1\"; Trello's are read:member:trello, "
                                            "read:board:trello, write:board:trello … and offline_access (see --help).")
                                             .arg(scope.left(60))};
        if (seen.contains(scope))
            return {ErrorKind::BadInput, tr("The OAuth 2.0 scope \"%1\" is listed twice.").arg(scope)};
        seen.append(scope);
    }
    if (seen.isEmpty())
        return {ErrorKind::BadInput, tr("No OAuth 2.0 scope was given; the default is %1.").arg(defaultScopes().join(QLatin1Char(' ')))};
    return {};
}

Error OAuthRequest::checkClientId(const QString &clientId)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (shape.match(clientId).hasMatch())
        return {};
    if (clientId.isEmpty())
        return {ErrorKind::BadInput, tr("The OAuth 2.0 client id is empty.")};
    return {ErrorKind::BadInput, tr("\"%1\" is not an OAuth 2.0 client id: those are letters and digits (Atlassian's "
                                    "are 32 of them), as shown in the app's settings in the developer console.")
                                     .arg(clientId.left(40))};
}

Error OAuthRequest::checkUrls(const QUrl &authorizeUrl, const QUrl &tokenUrl, const QUrl &redirectUri)
{
    const QList<QPair<QUrl, QString>> urls{{authorizeUrl, tr("OAuth 2.0 authorize URL")},
                                           {tokenUrl, tr("OAuth 2.0 token URL")},
                                           {redirectUri, tr("redirect URI")}};
    for (const auto &[url, what] : urls) {
        if (Error e = UrlPolicy::check(url, what))
            return e;
        if (url.hasFragment())
            return {ErrorKind::BadInput, tr("The %1 must not have a fragment (#…).").arg(what)};
    }
    if (tokenUrl.hasQuery())
        return {ErrorKind::BadInput, tr("The OAuth 2.0 token URL must not have a query (?…).")};
    return {};
}

Error OAuthRequest::validate() const
{
    if (Error e = checkClientId(clientId))
        return e;
    if (Error e = checkScopes(scopes))
        return e;
    return checkUrls(authorizeUrl, tokenUrl, redirectUri);
}

QUrl OAuthRequest::consentUrl(const QString &state, const QString &codeChallenge) const
{
    const QList<QPair<QString, QString>> ours{
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("state"), state},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("prompt"), QStringLiteral("consent")},
        {QStringLiteral("code_challenge"), codeChallenge},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    };
    QStringList names;
    for (const auto &item : ours)
        names.append(item.first);
    return UrlPolicy::withQuery(authorizeUrl, names, ours);
}

} // namespace onboard
