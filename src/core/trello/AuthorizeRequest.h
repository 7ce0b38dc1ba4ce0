#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace onboard {

// What the consent page is asked for: which key, under which name, which scopes, for how long,
// and where Trello sends the answer. Builds the /1/authorize URL from it.
class AuthorizeRequest
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizeRequest)

public:
    static QString defaultAppName() { return QStringLiteral("trello-onboard"); }
    static QStringList defaultScopes() { return {QStringLiteral("read")}; }
    static QString defaultExpiration() { return QStringLiteral("30days"); }
    static QUrl defaultAuthorizeUrl() { return QUrl(QStringLiteral("https://trello.com/1/authorize")); }
    // Never loaded: the navigation to it is caught and its fragment read. Its origin is what a
    // person adds to the key's allowed origins.
    static QUrl defaultReturnUrl() { return QUrl(QStringLiteral("http://localhost:17645/trello-onboard/callback")); }

    static const QStringList &knownScopes();
    static const QStringList &knownExpirations();

    // "read,write" → {"read","write"} in canonical order; rejects unknown, repeated or no scopes.
    static Error parseScopes(const QString &text, QStringList *scopes);
    static Error checkExpiration(const QString &expiration);
    static Error checkAppName(const QString &name);
    // The authorize URL and return URL pass UrlPolicy; the return URL has no fragment.
    static Error checkUrls(const QUrl &authorizeUrl, const QUrl &returnUrl);
    static Error checkReturnUrlFragment(const QUrl &returnUrl);
    // Signing in with the person's browser: the receiver listens on 127.0.0.1 and ::1 at the
    // return URL's port, so the return URL must be plain http to one of those names, port given.
    static Error checkBrowserReturnUrl(const QUrl &returnUrl);

    QString apiKey;
    QString appName = defaultAppName();
    QStringList scopes = defaultScopes();
    QString expiration = defaultExpiration();
    QUrl authorizeUrl = defaultAuthorizeUrl();
    QUrl returnUrl = defaultReturnUrl();

    Error validate() const;
    // The consent page with return_url: Trello redirects to returnUrl#token=… on Allow.
    QUrl consentUrl() const;
    // For the person's own browser: Trello hands the token with postMessage to the window that
    // opened the consent page, addressed to the return URL's origin (LoopbackReceiver's page).
    QUrl browserConsentUrl() const;
    // Without return_url Trello shows the token as text for the person to copy (the manual path).
    QUrl manualConsentUrl() const;

private:
    enum class Answer { Fragment, PostMessage, Shown };
    QUrl buildUrl(Answer answer) const;
};

} // namespace onboard
