#pragma once

#include "common/Error.h"
#include "setup/SetupOptions.h"
#include "trello/ApiEndpoint.h"
#include "trello/TrelloResponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace onboard {

// The non-secret record of one stored account: whose token it is, what it was granted, where the
// API is and how requests are dressed. The token itself lives in the keychain under id() (see
// TokenStoreJob); there is no field for it here, so it cannot end up in the settings file.
//
// JSON form (one element of "accounts" in the settings file; other programs read it):
//   {
//     "id": "<apiKey>:<memberId>",        written for readers; checked when present
//     "apiKey": "32 hex",                 required
//     "memberId": "5f1a…",                required; letters, digits, '-' and '_'
//     "username": "jdoe",                 required
//     "fullName": "Jane Doe",             optional, default ""
//     "scopes": ["read", "write"],        required, non-empty, known scopes
//     "expiration": "30days",             required: 1hour, 1day, 30days or never (what was asked)
//     "expires": "2024-05-01T10:00:00.000Z" | null,   optional; null or absent: never
//     "apiHost": "https://api.trello.com/1",         optional, default Trello's
//     "headers": [{"name": "X-A", "value": "b"},     optional, default none; a secret header's
//                 {"name": "Cookie", "secret": true}],  value is in the keychain (SecretHeaders)
//     "credentialsIn": "query" | "header",           optional, default "query"
//     "caFile": "/path/ca.pem",                      optional, default "" (system CAs)
//     "appName": "trello-onboard",                   optional, default
//     "authorizeUrl": "https://trello.com/1/authorize", optional, default
//     "returnUrl": "http://localhost:17645/…",       optional, default
//     "lastChecked": "…Z" | null                     optional; null or absent: never checked
//   }
// An OAuth 2.0 account (PRODUCT.md, "OAuth 2.0 accounts") has "clientId" instead of "apiKey",
// no "expiration", "credentialsIn", "appName" or "returnUrl", and:
//     "id": "oauth:<clientId>:<memberId>",
//     "clientId": "…",                               required: the public client's id
//     "scopes": ["read:member:trello", …],           the OAuth 2.0 scopes granted
//     "expires": "…Z",                               when the access token last handed out expires
//     "grantRenewed": "…Z" | null,                   the last sign-in or refresh: an unused grant
//                                                    lapses about GrantIdleDays after it
//     "authorizeUrl", "tokenUrl", "redirectUri"      optional, default Atlassian's / ours
// Times are UTC in ISO 8601 with milliseconds. Unknown keys are ignored (a newer version may
// add some).
class Account
{
    Q_DECLARE_TR_FUNCTIONS(Account)

public:
    QString apiKey;
    QString memberId;
    QString username;
    QString fullName;
    QStringList scopes;
    QString expiration; // the expiration asked for: 1hour, 1day, 30days or never
    QDateTime expires;  // UTC; invalid: never expires
    ApiEndpoint endpoint;
    QString appName;
    QUrl authorizeUrl;
    QUrl returnUrl;
    QDateTime lastChecked; // UTC; invalid: never checked
    // OAuth 2.0 accounts only (authorizeUrl is then the OAuth 2.0 authorization endpoint):
    QString clientId;
    QUrl tokenUrl;
    QUrl redirectUri;
    QDateTime grantRenewed; // UTC

    // An unused grant lapses after about 90 days (Atlassian's documentation).
    static constexpr int GrantIdleDays = 90;
    static constexpr int MaxCustomHeaders = 100;

    Account();

    bool isOAuth() const { return !clientId.isEmpty(); }
    // "<apiKey>:<memberId>", or "oauth:<clientId>:<memberId>": the keychain key of the account's
    // secret (its token, or its OAuth 2.0 grant) and the account's id everywhere.
    QString id() const;
    // When an unused grant is expected to lapse; invalid for a Trello token.
    QDateTime grantLapses() const;
    // When the account stops working unless it is renewed: an OAuth 2.0 account's access token
    // renews itself, so its grant's lapse; a Trello token's expiry. Invalid: it does not end.
    QDateTime endsAt() const { return isOAuth() ? grantLapses() : expires; }

    // The JSON form (AccountJson.cpp).
    QJsonObject toJson() const;
    // Checks every field; on any problem returns ErrorKind::BadInput with one sentence and leaves
    // *account untouched. `account` may be null to check only. Never crashes on any input.
    static Error fromJson(const QJsonObject &json, Account *account);

    // Checks the fields of an account built in code (the same rules as fromJson).
    Error validate() const;

    // Whether a secret header's value is still in the settings file, as an earlier release wrote
    // it (to move into the keychain), and whether one's value is kept in the keychain unread.
    bool hasUnmovedSecretValues() const;
    bool hasKeptHeaders() const;
    // This account with every secret header's value kept in the keychain: after they are there.
    Account withSecretValuesKept() const;

    // The account a verified token makes, set up with `options` (setup, import, rotate): the one
    // place where a verification becomes a record. The caller validates it.
    static Account fromVerification(const SetupOptions &options, const MemberInfo &member, const TokenInfo &token);
    // The same for an OAuth 2.0 sign-in: the scopes granted, and when its access token expires.
    static Account fromOAuthVerification(const SetupOptions &options, const MemberInfo &member,
                                         const QStringList &grantedScopes, const QDateTime &accessExpires);
    // Trello's expiration word for a token's lifetime (created to expires), if it is one of them.
    static std::optional<QString> expirationOf(const TokenInfo &token);
    // This account with what a fresh verification says (names, scopes, expiry, time of the check).
    Account refreshedBy(const MemberInfo &member, const TokenInfo &token) const;
    // This OAuth 2.0 account after a refresh (or a check of its access token).
    Account renewedBy(const QStringList &grantedScopes, const QDateTime &accessExpires) const;
    // Setup options that ask for what this account has now (key, scopes, expiration, host…), for
    // a rotation; SetupOptions::overlaid() lays the command line's over them.
    SetupOptions setupOptions() const;

    bool operator==(const Account &other) const;
    bool operator!=(const Account &other) const { return !(*this == other); }

    static Error checkMemberId(const QString &memberId);
};

} // namespace onboard
