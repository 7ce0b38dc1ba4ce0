#include "Pkce.h"

#include "OAuthTokenCodec.h"
#include "TokenCodec.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace onboard::sandbox {

bool Pkce::isWellFormed(const QString &text)
{
    static const QRegularExpression form(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._~-]{43,128}")));
    return form.match(text).hasMatch();
}

QString Pkce::challengeOf(const QString &verifier)
{
    return OAuthTokenCodec::base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

bool Pkce::matches(const QString &verifier, const QString &challenge)
{
    return isWellFormed(verifier) && TokenCodec::sameBytes(challengeOf(verifier).toLatin1(), challenge.toLatin1());
}

} // namespace onboard::sandbox
