#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace onboard {

// The token endpoint's answer, read with distrust (RFC 6749, sections 5.1 and 5.2): a success
// holds an access token, usually a refresh token, its lifetime and the scopes granted; an error
// holds the server's code ("invalid_grant": the code or refresh token is used, unknown or ended).
// Never crashes on any input, never repeats a token in a message.
class TokenAnswer
{
    Q_DECLARE_TR_FUNCTIONS(TokenAnswer)

public:
    QString accessToken;
    QString refreshToken;   // empty: none was given (no offline_access)
    qint64 expiresIn = 0;   // seconds
    QStringList scopes;     // as granted; empty when the server did not say
    QString errorCode;      // an error answer: "invalid_grant", …
    QString errorDescription;

    // The answer to a request that got HTTP `status` with `body`. A success is 200 with a JSON
    // object holding access_token (printable, at most 8 KiB), token_type Bearer (any case) and a
    // positive expires_in; refresh_token, when present, has the same shape. An error answer is a
    // 400/401/403 with a JSON object holding "error". Anything else: ErrorKind::Network with a
    // sentence; *answer is then untouched.
    static Error parse(int status, const QByteArray &body, TokenAnswer *answer);

    bool isError() const { return !errorCode.isEmpty(); }
    // The server says the grant (or code) is over: sign in again. RFC 6749's invalid_grant, and
    // the codes Atlassian's servers have been seen to use for a refresh token that is no more.
    bool grantEnded() const;

    // An access or refresh token's shape: visible ASCII (RFC 6749 appendix A.12), 1 to
    // MaxTokenLength characters.
    static bool isTokenShaped(const QString &token);

    static constexpr int MaxTokenLength = 8192;
    static constexpr qint64 MaxExpiresIn = 366LL * 24 * 3600;
};

} // namespace onboard
