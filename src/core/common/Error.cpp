#include "common/Error.h"

namespace onboard {

Error::Error(ErrorKind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{
}

int Error::exitCodeOf(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return 0;
    case ErrorKind::Cancelled:
        return 1;
    case ErrorKind::TokenRefused:
        return 2;
    case ErrorKind::Keychain:
    case ErrorKind::LocalStore:
        return 3;
    case ErrorKind::Network:
        return 4;
    case ErrorKind::NoAccount:
        return 5;
    case ErrorKind::BadInput:
        return 64;
    case ErrorKind::Output:
        return 74;
    }
    return 64;
}

QString Error::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("ok");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::TokenRefused:
        return QStringLiteral("token-refused");
    case ErrorKind::Keychain:
        return QStringLiteral("keychain");
    case ErrorKind::LocalStore:
        return QStringLiteral("local-store");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::NoAccount:
        return QStringLiteral("no-account");
    case ErrorKind::BadInput:
        return QStringLiteral("bad-input");
    case ErrorKind::Output:
        return QStringLiteral("output");
    }
    return QStringLiteral("unknown");
}

} // namespace onboard
