#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace onboard {

// What the consent for an OAuth 2.0 account is asked for (PRODUCT.md, "OAuth 2.0 accounts"):
// which client (a public one: an id, no secret), which scopes, and the three endpoints, each an
// option because Atlassian may still move them. Builds the authorize URL of one attempt (its
// state and PKCE challenge come from OAuthAttempt) and reads the redirect that answers it.
class OAuthRequest
{
    Q_DECLARE_TR_FUNCTIONS(OAuthRequest)

public:
    static QStringList defaultScopes();
    static QUrl defaultAuthorizeUrl() { return QUrl(QStringLiteral("https://auth.atlassian.com/authorize")); }
    static QUrl defaultTokenUrl() { return QUrl(QStringLiteral("https://auth.atlassian.com/oauth/token")); }
    // Registered exactly in the client's settings. Never loaded in the window (the navigation to
    // it is caught); in the person's browser the loopback receiver listens there.
    static QUrl defaultRedirectUri() { return QUrl(QStringLiteral("http://localhost:17645/trello-onboard/oauth")); }

    // Trello's ten scopes and offline_access (which asks for a refresh token), in the order
    // scopes are stored and shown.
    static const QStringList &knownScopes();
    static QString offlineAccess() { return QStringLiteral("offline_access"); }

    // "read:board:trello, offline_access" (space- or comma-separated) → the scopes in canonical
    // order; rejects unknown, repeated or no scopes.
    static Error parseScopes(const QString &text, QStringList *scopes);
    static Error checkScopes(const QStringList &scopes);
    // Atlassian's client ids are 32 letters and digits; "-" and "_" are allowed for other servers.
    static Error checkClientId(const QString &clientId);
    // Each URL passes UrlPolicy; none has a fragment; the endpoints have no user info.
    static Error checkUrls(const QUrl &authorizeUrl, const QUrl &tokenUrl, const QUrl &redirectUri);

    QString clientId;
    QStringList scopes = defaultScopes();
    QUrl authorizeUrl = defaultAuthorizeUrl();
    QUrl tokenUrl = defaultTokenUrl();
    QUrl redirectUri = defaultRedirectUri();

    Error validate() const;
    // The consent page of one attempt: response_type=code, the attempt's state and S256 challenge,
    // prompt=consent so that the person always sees what is granted.
    QUrl consentUrl(const QString &state, const QString &codeChallenge) const;

    bool operator==(const OAuthRequest &other) const
    {
        return clientId == other.clientId && scopes == other.scopes && authorizeUrl == other.authorizeUrl
               && tokenUrl == other.tokenUrl && redirectUri == other.redirectUri;
    }
};

} // namespace onboard
