#pragma once

#include "OAuthTokenCodec.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace onboard::sandbox {

// The OAuth 2.0 grants of one sandbox: it hands out authorization codes (random, single-use, ten
// minutes) and tokens, and remembers per grant the highest refresh-token generation it has issued
// or seen, and which grants have ended.
//
// The tokens describe themselves (OAuthTokenCodec), so any instance accepts them; this memory does
// not travel. Reuse detection and ended grants therefore hold within one instance — what the tests
// use — and a later `--demo` process starts knowing of no reuse, like a server that lost its state.
class OAuthGrants
{
public:
    static constexpr int CodeLifetimeSeconds = 10 * 60;
    static constexpr qint64 GrantIdleDays = 90;

    // What a code stands for until it is exchanged.
    struct Code
    {
        QString clientId;
        QString redirectUri; // exactly as the authorize request spelled it
        QString codeChallenge;
        int memberIndex = 0;
        quint16 scopes = 0;
        QDateTime issued;
        bool used = false;
    };

    // What the token endpoint answers with.
    struct Tokens
    {
        QString accessToken;
        QString refreshToken; // empty without offline_access
        int expiresIn = 0;
        quint16 scopes = 0;
    };

    enum class Refusal { None, Unknown, Used, Expired, Ended, Reused, Lapsed, OtherClient };

    QString issueCode(const Code &code);
    // The code's record, used up by this call whatever comes of it (so a verifier cannot be
    // guessed at); *refusal says why there is none: Unknown, Used or Expired.
    std::optional<Code> takeCode(const QString &code, Refusal *refusal);

    // The first tokens of the grant a code stands for, once the token endpoint has checked it.
    Tokens redeem(const Code &code, int accessLifetime);
    // A new grant's first tokens; a refresh token only when `scopes` hold offline_access.
    // clientTag 0 binds the refresh token to no client (the test hook's grants).
    Tokens startGrant(int memberIndex, quint16 scopes, quint32 clientTag, int accessLifetime);
    // Rotation: the next generation's tokens for a current refresh token. A generation lower than
    // the highest known is reuse: the grant ends. *refusal says why nothing was issued.
    std::optional<Tokens> refresh(const QString &refreshToken, const QString &clientId, int accessLifetime,
                                  Refusal *refusal);

    bool isEnded(quint64 grantId) const { return m_ended.contains(grantId); }

    int codeExchanges() const { return m_codeExchanges; } // successful authorization_code grants
    int refreshes() const { return m_refreshes; }         // successful refresh_token grants

private:
    Tokens issue(quint64 grantId, quint32 generation, int memberIndex, quint16 scopes, quint32 clientTag,
                 int accessLifetime);
    void forgetExpiredCodes();

    QHash<QString, Code> m_codes;
    QHash<quint64, quint32> m_highestGeneration;
    QSet<quint64> m_ended;
    int m_codeExchanges = 0;
    int m_refreshes = 0;
};

} // namespace onboard::sandbox
