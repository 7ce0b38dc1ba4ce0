#include "Error.h"

namespace onboard {

Error::Error(ErrorKind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{
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
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::NoAccount:
        return QStringLiteral("no-account");
    case ErrorKind::BadInput:
        return QStringLiteral("bad-input");
    }
    return QStringLiteral("unknown");
}

} // namespace onboard
