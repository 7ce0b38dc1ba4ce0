#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace onboard {

class OAuthRequest;

// One try at an OAuth 2.0 consent: a random `state` that the answer must carry back and a random
// PKCE verifier (RFC 7636, S256) that only the token exchange reveals, so a code caught by anyone
// else (a browser's history, another program on the loopback port) is worth nothing. Both live in
// memory only, for as long as the attempt.
class OAuthAttempt
{
    Q_DECLARE_TR_FUNCTIONS(OAuthAttempt)

public:
    // What the redirect to the redirect URI said.
    enum class Outcome {
        NotTheAnswer, // another page: the consent goes on
        Code,         // Allow: code() holds the authorization code
        Denied,       // Deny (error=access_denied): message() holds the server's description
        Refused,      // another error from the server (invalid_scope, …): message() is the sentence
                      // for the person ("The consent page refused the sign-in: …")
        Malformed,    // the redirect URI was reached, but with no usable answer, a wrong state,
                      // or an answer for another attempt
    };
    struct Answer
    {
        Outcome outcome = Outcome::NotTheAnswer;
        QString code;
        QString message;
    };

    OAuthAttempt(); // a fresh state and verifier
    // For tests: fixed values.
    OAuthAttempt(QString state, QString verifier);

    const QString &state() const { return m_state; }
    const QString &codeVerifier() const { return m_verifier; }
    // BASE64URL(SHA-256(verifier)) without padding.
    QString codeChallenge() const { return challengeFor(m_verifier); }
    static QString challengeFor(const QString &verifier);

    // Whether `navigation` goes to `redirectUri` (scheme, host, port and path equal, no user info).
    static bool isRedirect(const QUrl &navigation, const QUrl &redirectUri);
    // Reads the answer out of a navigation; only one to the redirect URI is looked at.
    Answer read(const QUrl &navigation, const QUrl &redirectUri) const;

    // An answer's query is a few hundred characters; a longer one is refused unread.
    static constexpr int MaxQueryLength = 8192;

private:
    QString m_state;
    QString m_verifier;
};

} // namespace onboard
