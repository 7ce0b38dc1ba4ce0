#pragma once

#include "common/Error.h"

#include <QCoreApplication>

namespace onboard {

// The shapes of Trello's API key and token. Messages describe what is wrong without repeating the
// token: a mistyped token is still most of a password.
class CredentialFormat
{
    Q_DECLARE_TR_FUNCTIONS(CredentialFormat)

public:
    // An API key is 32 hexadecimal characters (either case).
    static Error checkKey(const QString &key);
    // A token is 64 hex characters (legacy) or "ATTA" followed by 72 hex characters; hex in
    // either case.
    static Error checkToken(const QString &token);
    // What people paste often has a newline or spaces around it; nothing inside is touched.
    static QString trimmed(const QString &text) { return text.trimmed(); }

private:
    static bool isHex(QStringView text);
};

} // namespace onboard
