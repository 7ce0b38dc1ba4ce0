#pragma once

#include "OAuthGrants.h"
#include "WebhookStore.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace onboard::sandbox {

// What one sandbox remembers between requests, shared by its routes: who consents, which
// return_url origins the key allows, which tokens were revoked and what name each was granted to,
// the tokens' webhooks; for OAuth 2.0, the redirect URIs the client registered, the access tokens'
// lifetime and the grants.
struct SandboxState
{
    int consentingMember = 0;
    QStringList allowedOrigins;
    QSet<QString> revoked;            // canonical tokens
    QHash<QString, QString> appNames; // canonical token -> the name it was granted to
    WebhookStore webhooks;
    int callbackCheckTimeoutMs = 5000; // the HEAD request that checks a new webhook's callback URL

    QStringList registeredRedirectUris; // exact strings; empty: any http URI on a loopback host
    int accessTokenLifetime = 3600;     // seconds
    OAuthGrants oauth;

    // Trello's rules that the routes share.
    static bool isApiKey(const QString &key);
    // "scheme://host[:port]" with the port only when it is not the scheme's default.
    static QString originOf(const QUrl &url);
};

} // namespace onboard::sandbox
