#pragma once

#include <QString>

namespace onboard::sandbox {

// Proof Key for Code Exchange (RFC 7636) as the sandbox checks it: the S256 method only.
class Pkce
{
public:
    // 43 to 128 of [A-Z a-z 0-9 - . _ ~]: the grammar of a verifier and of a challenge.
    static bool isWellFormed(const QString &text);
    // base64url without padding of SHA-256(verifier).
    static QString challengeOf(const QString &verifier);
    static bool matches(const QString &verifier, const QString &challenge);
};

} // namespace onboard::sandbox
