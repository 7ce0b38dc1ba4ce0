#pragma once

#include "SandboxServer.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace onboard::sandbox {

// The HTML of the sandbox's consent flow, modelled on Trello's pages. Everything taken from a
// request is escaped; nothing a caller passes can add markup or script.
class ConsentPages
{
public:
    struct Consent
    {
        QString appName;
        QStringList scopes;
        QString expiration;
        SandboxMember member;
        QString returnOrigin;                     // empty: the token will be shown on a page
        QList<QPair<QString, QString>> carried;  // query items the Allow/Deny forms pass on
    };

    static QString consent(const Consent &consent);

    // The OAuth 2.0 consent page (Atlassian's, in the same look): Allow and Deny post `carried`
    // to `allowAction` and `denyAction`.
    struct OAuthConsent
    {
        QString clientId;
        QStringList scopes; // OAuthScopes names
        SandboxMember member;
        QString returnOrigin;
        QString allowAction;
        QString denyAction;
        QList<QPair<QString, QString>> carried;
    };
    static QString oauthConsent(const OAuthConsent &consent);
    // A page that sends the browser on to `target` (script, with a link as a fallback).
    static QString redirect(const QString &target, const QString &message);
    // callback_method=postMessage: hands `data` (the token; empty on Deny) to the window that
    // opened this one, addressed to `targetOrigin` only, then closes itself.
    static QString postToOpener(const QString &targetOrigin, const QString &data, const QString &message);
    // The manual path: the token as text to copy.
    static QString token(const QString &appName, const QString &token);
    static QString denied(const QString &appName);
    static QString error(const QString &title, const QString &message);

    static QString htmlEscape(const QString &text);
    // A JavaScript string literal (JSON syntax) that is also safe inside a <script> element.
    static QString scriptString(const QString &text);
};

} // namespace onboard::sandbox
