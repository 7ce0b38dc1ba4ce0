#pragma once

#include "SandboxServer.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace onboard::sandbox {

// What a sandbox token says about itself.
struct TokenClaims
{
    enum Scope : quint8 { Read = 1, Write = 2, Account = 4 };

    int memberIndex = 0;
    quint8 scopes = Read;
    QString expiration = QStringLiteral("30days"); // 1hour, 1day, 30days, never
    QDateTime created;                             // whole seconds, UTC

    bool hasScope(Scope scope) const { return (scopes & scope) != 0; }
    QDateTime expires() const; // invalid for "never"
    QStringList scopeNames() const;

    // Trello's scope and expiration words; nullopt / false for anything else.
    static std::optional<quint8> parseScopes(const QStringList &names);
    static bool isValidExpiration(const QString &expiration);
};

// Tokens carry their claims plus a random nonce, signed with HMAC-SHA256 under a secret that is
// the same for every sandbox, so any instance can verify tokens another one issued.
//   legacy:  64 lowercase hex                     = 11 payload bytes + 21 MAC bytes
//   current: "ATTA" + 64 lowercase + 8 UPPERCASE  = 11 payload bytes + 25 MAC bytes
class TokenCodec
{
public:
    static QString encode(const TokenClaims &claims, SandboxServer::TokenForm form);
    // nullopt for anything not issued by a sandbox (malformed, forged, tampered).
    static std::optional<TokenClaims> decode(const QString &token);
    // The same token in one spelling, for comparisons and revocation lists.
    static QString canonical(const QString &token);
    // A stable 24-hex id for the token, as Trello's token objects have.
    static QString tokenId(const QString &token);

    // The signing the sandbox's other tokens share (OAuthTokenCodec): HMAC-SHA256 under the same
    // secret, over `purpose` + `payload`, so a token of one kind never verifies as another.
    static QByteArray sign(const QByteArray &purpose, const QByteArray &payload);
    // Compares in constant time: habits from real code, even in a fixture.
    static bool sameBytes(const QByteArray &a, const QByteArray &b);
};

} // namespace onboard::sandbox
