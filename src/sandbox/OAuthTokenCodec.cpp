#include "OAuthTokenCodec.h"

#include "TokenCodec.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace onboard::sandbox {

namespace {

const QString AccessPrefix = QStringLiteral("sbxat.");
const QString RefreshPrefix = QStringLiteral("sbxrt.");
// Each kind is signed for its own purpose, so a refresh token never verifies as an access token.
constexpr char AccessPurpose[] = "oauth-access:";
constexpr char RefreshPurpose[] = "oauth-refresh:";
constexpr int AccessPayloadBytes = 20;
constexpr int RefreshPayloadBytes = 24;
constexpr int MacBytes = 32;
// A token is well under this; longer input is not even decoded.
constexpr int MaxTokenChars = 256;

void appendNumber(QByteArray &bytes, quint64 value, int width)
{
    for (int shift = (width - 1) * 8; shift >= 0; shift -= 8)
        bytes.append(char((value >> shift) & 0xff));
}

quint64 readNumber(const QByteArray &bytes, int offset, int width)
{
    quint64 value = 0;
    for (int i = offset; i < offset + width; ++i)
        value = (value << 8) | quint8(bytes.at(i));
    return value;
}

quint64 secondsOf(const QDateTime &time)
{
    // Five bytes of seconds: far beyond any date a test or a demo uses.
    return quint64(qBound<qint64>(0, time.toSecsSinceEpoch(), (qint64(1) << 40) - 1));
}

QString encode(const QString &prefix, const char *purpose, const QByteArray &payload)
{
    return prefix + OAuthTokenCodec::base64Url(payload + TokenCodec::sign(purpose, payload));
}

// The payload of a token of this kind whose signature holds; nullopt otherwise.
std::optional<QByteArray> verifiedPayload(const QString &token, const QString &prefix, const char *purpose,
                                          int payloadBytes)
{
    if (token.size() > MaxTokenChars || !token.startsWith(prefix))
        return std::nullopt;
    const QByteArray text = token.mid(prefix.size()).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    // Only the one spelling this codec writes: no padding, no stray bits, no other characters.
    if (!decoded || decoded.decoded.size() != payloadBytes + MacBytes ||
        OAuthTokenCodec::base64Url(decoded.decoded) != QLatin1String(text)) {
        return std::nullopt;
    }
    const QByteArray payload = decoded.decoded.left(payloadBytes);
    if (!TokenCodec::sameBytes(TokenCodec::sign(purpose, payload), decoded.decoded.mid(payloadBytes)))
        return std::nullopt;
    return payload;
}

} // namespace

QString OAuthTokenCodec::encodeAccess(const OAuthAccessClaims &claims)
{
    if (claims.memberIndex < 0 || claims.memberIndex > 255)
        return {};
    QByteArray payload;
    appendNumber(payload, claims.grantId, 8);
    appendNumber(payload, quint64(claims.memberIndex), 1);
    appendNumber(payload, claims.scopes, 2);
    appendNumber(payload, secondsOf(claims.expires), 5);
    // Two access tokens of one grant issued in the same second still differ.
    appendNumber(payload, QRandomGenerator::system()->generate(), 4);
    return encode(AccessPrefix, AccessPurpose, payload);
}

QString OAuthTokenCodec::encodeRefresh(const OAuthRefreshClaims &claims)
{
    if (claims.memberIndex < 0 || claims.memberIndex > 255)
        return {};
    QByteArray payload;
    appendNumber(payload, claims.grantId, 8);
    appendNumber(payload, claims.generation, 4);
    appendNumber(payload, quint64(claims.memberIndex), 1);
    appendNumber(payload, claims.scopes, 2);
    appendNumber(payload, secondsOf(claims.issued), 5);
    appendNumber(payload, claims.clientTag, 4);
    return encode(RefreshPrefix, RefreshPurpose, payload);
}

std::optional<OAuthAccessClaims> OAuthTokenCodec::decodeAccess(const QString &token)
{
    const std::optional<QByteArray> payload = verifiedPayload(token, AccessPrefix, AccessPurpose, AccessPayloadBytes);
    if (!payload)
        return std::nullopt;
    OAuthAccessClaims claims;
    claims.grantId = readNumber(*payload, 0, 8);
    claims.memberIndex = int(readNumber(*payload, 8, 1));
    claims.scopes = quint16(readNumber(*payload, 9, 2));
    claims.expires = QDateTime::fromSecsSinceEpoch(qint64(readNumber(*payload, 11, 5)), Qt::UTC);
    return claims;
}

std::optional<OAuthRefreshClaims> OAuthTokenCodec::decodeRefresh(const QString &token)
{
    const std::optional<QByteArray> payload =
        verifiedPayload(token, RefreshPrefix, RefreshPurpose, RefreshPayloadBytes);
    if (!payload)
        return std::nullopt;
    OAuthRefreshClaims claims;
    claims.grantId = readNumber(*payload, 0, 8);
    claims.generation = quint32(readNumber(*payload, 8, 4));
    claims.memberIndex = int(readNumber(*payload, 12, 1));
    claims.scopes = quint16(readNumber(*payload, 13, 2));
    claims.issued = QDateTime::fromSecsSinceEpoch(qint64(readNumber(*payload, 15, 5)), Qt::UTC);
    claims.clientTag = quint32(readNumber(*payload, 20, 4));
    return claims;
}

std::optional<quint64> OAuthTokenCodec::grantOf(const QString &token)
{
    if (const std::optional<OAuthAccessClaims> access = decodeAccess(token))
        return access->grantId;
    if (const std::optional<OAuthRefreshClaims> refresh = decodeRefresh(token))
        return refresh->grantId;
    return std::nullopt;
}

quint32 OAuthTokenCodec::clientTag(const QString &clientId)
{
    const QByteArray digest = QCryptographicHash::hash(clientId.toUtf8(), QCryptographicHash::Sha256);
    const quint32 tag = quint32(readNumber(digest, 0, 4));
    return tag == 0 ? 1 : tag; // 0 means "any client"
}

QString OAuthTokenCodec::base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace onboard::sandbox
