#include "TokenCodec.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace onboard::sandbox {

namespace {

// Not a secret in any real sense: it only makes sandbox tokens unforgeable by accident.
constexpr char SandboxSecret[] = "trello-onboard sandbox token signing key, v1";

constexpr int PayloadBytes = 11; // member, scopes|expiration, 5 bytes of seconds, 4 bytes nonce
constexpr int LegacyMacBytes = 32 - PayloadBytes;
constexpr int CurrentMacBytes = 36 - PayloadBytes;

const QStringList &expirationCodes()
{
    static const QStringList codes{QStringLiteral("1hour"), QStringLiteral("1day"), QStringLiteral("30days"),
                                   QStringLiteral("never")};
    return codes;
}

QByteArray mac(SandboxServer::TokenForm form, const QByteArray &payload)
{
    // The form is signed too, so a token cannot be re-spelled into the other form.
    return TokenCodec::sign(form == SandboxServer::TokenForm::Current ? "current:" : "legacy:", payload);
}

bool isHex(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return false;
    }
    return true;
}

} // namespace

QDateTime TokenClaims::expires() const
{
    if (expiration == QLatin1String("1hour"))
        return created.addSecs(3600);
    if (expiration == QLatin1String("1day"))
        return created.addDays(1);
    if (expiration == QLatin1String("30days"))
        return created.addDays(30);
    return {};
}

QStringList TokenClaims::scopeNames() const
{
    QStringList names;
    if (hasScope(Read))
        names << QStringLiteral("read");
    if (hasScope(Write))
        names << QStringLiteral("write");
    if (hasScope(Account))
        names << QStringLiteral("account");
    return names;
}

std::optional<quint8> TokenClaims::parseScopes(const QStringList &names)
{
    quint8 bits = 0;
    for (const QString &name : names) {
        if (name == QLatin1String("read"))
            bits |= Read;
        else if (name == QLatin1String("write"))
            bits |= Write;
        else if (name == QLatin1String("account"))
            bits |= Account;
        else
            return std::nullopt;
    }
    if (bits == 0)
        return std::nullopt;
    return bits;
}

bool TokenClaims::isValidExpiration(const QString &expiration)
{
    return expirationCodes().contains(expiration);
}

QString TokenCodec::encode(const TokenClaims &claims, SandboxServer::TokenForm form)
{
    const int expirationCode = expirationCodes().indexOf(claims.expiration);
    if (expirationCode < 0 || claims.memberIndex < 0 || claims.memberIndex > 255)
        return {};
    const quint64 seconds = quint64(qMax<qint64>(0, claims.created.toSecsSinceEpoch()));
    const quint32 nonce = QRandomGenerator::system()->generate();

    QByteArray payload;
    payload.append(char(claims.memberIndex));
    payload.append(char((claims.scopes & 0x0f) | (expirationCode << 4)));
    for (int shift = 32; shift >= 0; shift -= 8)
        payload.append(char((seconds >> shift) & 0xff));
    for (int shift = 24; shift >= 0; shift -= 8)
        payload.append(char((nonce >> shift) & 0xff));

    if (form == SandboxServer::TokenForm::Legacy)
        return QString::fromLatin1((payload + mac(form, payload).left(LegacyMacBytes)).toHex());
    const QByteArray raw = payload + mac(form, payload).left(CurrentMacBytes);
    return QLatin1String("ATTA") + QString::fromLatin1(raw.left(32).toHex())
           + QString::fromLatin1(raw.mid(32).toHex()).toUpper();
}

std::optional<TokenClaims> TokenCodec::decode(const QString &token)
{
    SandboxServer::TokenForm form;
    QStringView hex;
    if (token.size() == 64) {
        form = SandboxServer::TokenForm::Legacy;
        hex = token;
    } else if (token.size() == 76 && token.startsWith(QLatin1String("ATTA"))) {
        form = SandboxServer::TokenForm::Current;
        hex = QStringView(token).mid(4);
    } else {
        return std::nullopt;
    }
    if (!isHex(hex))
        return std::nullopt;

    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    const QByteArray payload = raw.left(PayloadBytes);
    const int macBytes = form == SandboxServer::TokenForm::Legacy ? LegacyMacBytes : CurrentMacBytes;
    if (raw.size() != PayloadBytes + macBytes)
        return std::nullopt;
    if (!sameBytes(mac(form, payload).left(macBytes), raw.mid(PayloadBytes)))
        return std::nullopt;

    TokenClaims claims;
    claims.memberIndex = quint8(payload.at(0));
    claims.scopes = quint8(payload.at(1)) & 0x0f;
    const int expirationCode = (quint8(payload.at(1)) >> 4) & 0x03;
    claims.expiration = expirationCodes().at(expirationCode);
    quint64 seconds = 0;
    for (int i = 2; i < 7; ++i)
        seconds = (seconds << 8) | quint8(payload.at(i));
    claims.created = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
    return claims;
}

QString TokenCodec::canonical(const QString &token)
{
    if (token.startsWith(QLatin1String("ATTA")))
        return QLatin1String("ATTA") + token.mid(4).toLower();
    return token.toLower();
}

QString TokenCodec::tokenId(const QString &token)
{
    const QByteArray digest = QCryptographicHash::hash(canonical(token).toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(12).toHex());
}

QByteArray TokenCodec::sign(const QByteArray &purpose, const QByteArray &payload)
{
    return QMessageAuthenticationCode::hash(purpose + payload, QByteArray(SandboxSecret), QCryptographicHash::Sha256);
}

bool TokenCodec::sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    quint8 difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= quint8(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace onboard::sandbox
