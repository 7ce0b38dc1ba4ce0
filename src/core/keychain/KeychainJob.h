#pragma once

#include "common/Job.h"

#include <QPointer>
#include <QString>

class QTimer;

namespace QKeychain {
class Job;
}

namespace onboard {

// Reads, writes or removes one account's token in the OS keychain (QtKeychain; on Linux the
// Secret Service), as a Job: set the fields, start(), read error() and token(). The entry is
// service serviceName(demo), key = the account id "<apiKey>:<memberId>" (PRODUCT.md, "Storage").
// The insecure plain-text fallback of QtKeychain is never used.
//
// Outcomes:
// - Read: token() holds the token. No entry → ErrorKind::NoAccount. An entry that is not a
//   well-formed token → ErrorKind::BadInput (nothing is changed).
// - Write: the token is checked with CredentialFormat::checkToken first; a malformed token ends
//   with ErrorKind::BadInput and nothing is written. An existing entry is replaced.
// - Remove: removing an entry that does not exist is success, so "forget" is idempotent.
// - Any keychain failure (none available, access denied, other) → ErrorKind::Keychain.
// - A locked keychain is unlocked first (SecretService::unlock): its prompt is waited for as long
//   as the person takes; dismissed, the step ends with ErrorKind::Keychain and nothing changed.
// - No answer within timeoutMs() → ErrorKind::Keychain. The QtKeychain job is then left to
//   finish (or not) on its own and deletes itself; it can no longer reach this object. Note that
//   QtKeychain runs its jobs one after another, so later jobs wait behind a hung one and will
//   most likely time out too.
//
// Deleting a KeychainJob while it runs is safe: finished() is then not emitted.
class KeychainJob : public Job
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    // What the entry holds: an account's secret (checked with checkSecret on write and read), or
    // the values of its secret headers (SecretHeaders' JSON; token() and setToken() then carry that text).
    enum class Content { Token, HeaderValues };

    // How long the keychain may take to answer (not the person to unlock it): 20 s, or
    // TRELLO_ONBOARD_KEYCHAIN_TIMEOUT seconds (1 to MaxTimeoutSeconds; Invocation refuses others).
    static constexpr int DefaultTimeoutMs = 20000;
    static constexpr int MaxTimeoutSeconds = 3600;
    static int defaultTimeoutMs();

    KeychainJob(Operation operation, QString service, QString accountId, QObject *parent = nullptr);
    ~KeychainJob() override;

    // "trello-onboard", or "trello-onboard-demo" for the built-in sandbox's tokens.
    static QString serviceName(bool demo);
    // Whether `text` is what an account's entry holds: a Trello token, or for an OAuth 2.0
    // account ("oauth:…") its grant (OAuthGrant's JSON).
    static Error checkSecret(const QString &accountId, const QString &text);

    // Opens the connection to the keychain ahead of a store: the first keychain call of a process
    // connects to the Secret Service and opens an encrypted session (about 90 ms), which the
    // windows make while the person reads the consent page, off the path from Allow to stored. A
    // read of an entry that does not exist: nothing is written. A locked keychain may show its
    // unlock prompt now rather than after Allow. The job belongs to `parent` and ends on its own.
    static void warmUp(const QString &service, QObject *parent);

    Operation operation() const { return m_operation; }
    const QString &service() const { return m_service; }
    const QString &accountId() const { return m_accountId; }

    void setContent(Content content) { m_content = content; }
    // The token to store (Write only).
    void setToken(const QString &token);
    // After a successful Read: the stored token. Empty otherwise.
    const QString &token() const { return m_token; }

    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }

    // The keychain did not answer within timeoutMs(): the operation may still take effect later.
    bool timedOut() const { return m_timedOut; }

protected:
    void run() override;

private:
    void startKeychainJob();
    void onKeychainFinished(QKeychain::Job *job);
    void onTimeout();
    void done(Error error);
    Error mapKeychainError(int code, const QString &detail) const;
    QString withoutToken(QString text) const;
    QString operationName() const;

    Operation m_operation;
    Content m_content = Content::Token;
    QString m_service;
    QString m_accountId;
    QString m_token;
    int m_timeoutMs;
    bool m_timedOut = false;
    QPointer<QKeychain::Job> m_job;
    QTimer *m_timer = nullptr;
};

} // namespace onboard
