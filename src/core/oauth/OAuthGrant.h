#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace onboard {

// What the keychain holds for an OAuth 2.0 account, under its account id (PRODUCT.md, "Storage"):
//   {"version":1,"refreshToken":"…","accessToken":"…","accessExpires":"2026-11-27T10:00:00.000Z"}
// The refresh token is single-use and rotates: each refresh hands out a new one, which must be
// stored before the access token that came with it is handed out (RefreshGrantJob).
class OAuthGrant
{
    Q_DECLARE_TR_FUNCTIONS(OAuthGrant)

public:
    static constexpr int FormatVersion = 1;
    // An OAuth 2.0 account's id starts with this ("oauth:<clientId>:<memberId>"), which is how the
    // keychain tells a grant's entry from a token's.
    static QString accountIdPrefix() { return QStringLiteral("oauth:"); }

    // token and exec refresh when less than this is left, so a script gets at least five minutes.
    static constexpr qint64 RefreshMarginSeconds = 5 * 60;

    QString refreshToken; // empty: the grant has none (no offline_access): it ends with the access token
    QString accessToken;
    QDateTime accessExpires; // UTC

    QString toText() const;
    // Checks the shape of every field; on a problem ErrorKind::BadInput and *grant untouched.
    // `grant` may be null to check only. The message never holds a token.
    static Error fromText(const QString &text, OAuthGrant *grant);
    // Whether `text` looks like a grant at all (a JSON object), not a Trello token.
    static bool looksLikeGrant(const QString &text) { return text.startsWith(QLatin1Char('{')); }

    // The access token is good for at least the refresh margin after `now`.
    bool isFreshAt(const QDateTime &now) const;
    bool canRefresh() const { return !refreshToken.isEmpty(); }

    bool operator==(const OAuthGrant &other) const
    {
        return refreshToken == other.refreshToken && accessToken == other.accessToken && accessExpires == other.accessExpires;
    }
};

} // namespace onboard
