#include "OAuthGrants.h"

#include "OAuthScopes.h"

#include <QRandomGenerator>

namespace onboard::sandbox {

QString OAuthGrants::issueCode(const Code &code)
{
    forgetExpiredCodes();
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString value = OAuthTokenCodec::base64Url(random);
    Code record = code;
    record.issued = QDateTime::currentDateTimeUtc();
    record.used = false;
    m_codes.insert(value, record);
    return value;
}

std::optional<OAuthGrants::Code> OAuthGrants::takeCode(const QString &code, Refusal *refusal)
{
    const auto found = m_codes.find(code);
    if (found == m_codes.end()) {
        *refusal = Refusal::Unknown;
        return std::nullopt;
    }
    if (found->used) {
        *refusal = Refusal::Used;
        return std::nullopt;
    }
    found->used = true; // kept until it would have expired, so that reuse is told from a typo
    if (found->issued.secsTo(QDateTime::currentDateTimeUtc()) > CodeLifetimeSeconds) {
        *refusal = Refusal::Expired;
        return std::nullopt;
    }
    *refusal = Refusal::None;
    return *found;
}

OAuthGrants::Tokens OAuthGrants::redeem(const Code &code, int accessLifetime)
{
    ++m_codeExchanges;
    return startGrant(code.memberIndex, code.scopes, OAuthTokenCodec::clientTag(code.clientId), accessLifetime);
}

OAuthGrants::Tokens OAuthGrants::startGrant(int memberIndex, quint16 scopes, quint32 clientTag, int accessLifetime)
{
    quint64 grantId = 0;
    while (grantId == 0 || m_highestGeneration.contains(grantId) || m_ended.contains(grantId))
        grantId = QRandomGenerator::system()->generate64();
    return issue(grantId, 1, memberIndex, scopes, clientTag, accessLifetime);
}

std::optional<OAuthGrants::Tokens> OAuthGrants::refresh(const QString &refreshToken, const QString &clientId,
                                                        int accessLifetime, Refusal *refusal)
{
    const std::optional<OAuthRefreshClaims> claims = OAuthTokenCodec::decodeRefresh(refreshToken);
    if (!claims) {
        *refusal = Refusal::Unknown;
        return std::nullopt;
    }
    if (m_ended.contains(claims->grantId)) {
        *refusal = Refusal::Ended;
        return std::nullopt;
    }
    if (claims->clientTag != 0 && claims->clientTag != OAuthTokenCodec::clientTag(clientId)) {
        *refusal = Refusal::OtherClient;
        return std::nullopt;
    }
    // Reuse is checked before idleness: a stolen old token ends the grant either way.
    const auto highest = m_highestGeneration.constFind(claims->grantId);
    if (highest != m_highestGeneration.constEnd() && claims->generation < *highest) {
        m_ended.insert(claims->grantId);
        m_highestGeneration.remove(claims->grantId);
        *refusal = Refusal::Reused;
        return std::nullopt;
    }
    // Each rotation renews the refresh token, so its age is how long the grant has gone unused.
    if (claims->issued.secsTo(QDateTime::currentDateTimeUtc()) > GrantIdleDays * 24 * 3600) {
        *refusal = Refusal::Lapsed;
        return std::nullopt;
    }
    *refusal = Refusal::None;
    ++m_refreshes;
    return issue(claims->grantId, claims->generation + 1, claims->memberIndex, claims->scopes, claims->clientTag,
                 accessLifetime);
}

OAuthGrants::Tokens OAuthGrants::issue(quint64 grantId, quint32 generation, int memberIndex, quint16 scopes,
                                       quint32 clientTag, int accessLifetime)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Tokens tokens;
    tokens.scopes = scopes;
    tokens.expiresIn = accessLifetime;

    OAuthAccessClaims access;
    access.grantId = grantId;
    access.memberIndex = memberIndex;
    access.scopes = scopes;
    // Tokens hold whole seconds: round up, so that a token lives at least its lifetime (a 1-second
    // token must not be born expired); 0 is the test hook's "already expired".
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    access.expires =
        QDateTime::fromSecsSinceEpoch(accessLifetime > 0 ? nowSeconds + accessLifetime + 1 : nowSeconds, Qt::UTC);
    tokens.accessToken = OAuthTokenCodec::encodeAccess(access);

    if (scopes & OAuthScopes::OfflineAccess) {
        OAuthRefreshClaims refresh;
        refresh.grantId = grantId;
        refresh.generation = generation;
        refresh.memberIndex = memberIndex;
        refresh.scopes = scopes;
        refresh.issued = now;
        refresh.clientTag = clientTag;
        tokens.refreshToken = OAuthTokenCodec::encodeRefresh(refresh);
        m_highestGeneration.insert(grantId, generation);
    }
    return tokens;
}

void OAuthGrants::forgetExpiredCodes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        if (it->issued.secsTo(now) > CodeLifetimeSeconds)
            it = m_codes.erase(it);
        else
            ++it;
    }
}

} // namespace onboard::sandbox
