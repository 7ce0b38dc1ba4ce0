#pragma once

#include <QString>

namespace onboard {

// The kinds of failure the program can end with. Each has its exit code of PRODUCT.md (see
// Error::exitCode), so a command can end with `return error.exitCode()`.
enum class ErrorKind {
    None,         // 0
    Cancelled,    // 1: the user cancelled or denied access
    TokenRefused, // 2: Trello refused the token (invalid, expired, revoked, not permitted)
    Keychain,     // 3: no keychain, locked, access denied
    LocalStore,   // 3: the settings folder cannot be used (disk full, read-only, not a file)
    Network,      // 4: unreachable, TLS, timeout, 5xx, rate limited, redirect to another origin
    NoAccount,    // 5: no such account / nothing stored
    BadInput,     // 64: bad command line, config or input
    Output,       // 74: standard output could not be written (closed, disk full)
};

// An error as a value: a kind and one sentence for a person. It never carries a token: whoever
// builds one from text that may hold the token passes it through Redaction first.
class Error
{
public:
    Error() = default;
    Error(ErrorKind kind, QString message);

    static Error none() { return {}; }

    bool isError() const { return m_kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }
    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    int exitCode() const { return exitCodeOf(m_kind); }
    static int exitCodeOf(ErrorKind kind);

    // A short stable name of the kind, for JSON output and logs ("network", "keychain",
    // "local-store", …).
    static QString kindName(ErrorKind kind);

private:
    ErrorKind m_kind = ErrorKind::None;
    QString m_message;
};

} // namespace onboard
