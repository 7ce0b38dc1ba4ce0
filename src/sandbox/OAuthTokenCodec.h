#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace onboard::sandbox {

// What a sandbox OAuth 2.0 access token says about itself.
struct OAuthAccessClaims
{
    quint64 grantId = 0;
    int memberIndex = 0;
    quint16 scopes = 0; // OAuthScopes bits
    QDateTime expires;  // whole seconds, UTC
};

// What a sandbox refresh token says about itself. Each rotation issues the next generation; the
// grant's memory (OAuthGrants) tells a current generation from a reused one.
struct OAuthRefreshClaims
{
    quint64 grantId = 0;
    quint32 generation = 1;
    int memberIndex = 0;
    quint16 scopes = 0;
    QDateTime issued;      // whole seconds, UTC; a grant unused for 90 days lapses
    quint32 clientTag = 0; // OAuthTokenCodec::clientTag of the client it was issued to; 0: any client
};

// Access and refresh tokens of the sandbox's OAuth 2.0, self-describing and signed like the
// Trello Auth tokens (TokenCodec::sign, the same secret, its own purpose per kind), so that the
// next `--demo` process or a trello-sandbox process accepts what this one issued:
//   access:  "sbxat." + base64url(grant 8, member 1, scopes 2, expiry 5, nonce 4, MAC 32)
//   refresh: "sbxrt." + base64url(grant 8, generation 4, member 1, scopes 2, issued 5, client 4, MAC 32)
// Printable ASCII without spaces, well under 512 characters, and never mistaken for a Trello token.
class OAuthTokenCodec
{
public:
    static QString encodeAccess(const OAuthAccessClaims &claims);
    static QString encodeRefresh(const OAuthRefreshClaims &claims);
    // nullopt for anything this codec did not issue (malformed, forged, tampered, the other kind).
    static std::optional<OAuthAccessClaims> decodeAccess(const QString &token);
    static std::optional<OAuthRefreshClaims> decodeRefresh(const QString &token);
    // The grant id of either kind of token; nullopt for anything else.
    static std::optional<quint64> grantOf(const QString &token);

    // Four bytes that bind a refresh token to its client id (never 0).
    static quint32 clientTag(const QString &clientId);
    // base64url without padding, as PKCE's S256 challenge and the tokens use it.
    static QString base64Url(const QByteArray &bytes);
};

} // namespace onboard::sandbox
