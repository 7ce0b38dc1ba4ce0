#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace QKeychain {
class Job;
}

namespace onboard {

// Reads, writes or removes one account's token in the OS keychain (QtKeychain; on Linux the
// Secret Service), shaped as a job: set the fields, connect finished(), start(), read error() and
// token(). The entry is service serviceName(demo), key = the account id "<apiKey>:<memberId>"
// (PRODUCT.md, "Storage"). The insecure plain-text fallback of QtKeychain is never used.
//
// finished() is emitted exactly once per start(), always from the event loop (never from inside
// start()), so it is safe to connect after start() and to use queued connections.
//
// Outcomes:
// - Read: token() holds the token. No entry → ErrorKind::NoAccount. An entry that is not a
//   well-formed token → ErrorKind::BadInput (nothing is changed).
// - Write: the token is checked with CredentialFormat::checkToken first; a malformed token ends
//   with ErrorKind::BadInput and nothing is written. An existing entry is replaced.
// - Remove: removing an entry that does not exist is success, so "forget" is idempotent.
// - Any keychain failure (none available, locked, access denied, other) → ErrorKind::Keychain.
//   A locked collection that cannot prompt answers reads with "not found" and removals with
//   success; after those answers KeychainLockProbe is asked, and a locked one is a keychain error.
// - No answer within timeoutMs() → ErrorKind::Keychain. The QtKeychain job is then left to
//   finish (or not) on its own and deletes itself; it can no longer reach this object. Note that
//   QtKeychain runs its jobs one after another, so later jobs wait behind a hung one and will
//   most likely time out too.
//
// Deleting a TokenStoreJob while it runs is safe: finished() is then not emitted.
class TokenStoreJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };

    static constexpr int DefaultTimeoutMs = 20000;

    TokenStoreJob(Operation operation, QString service, QString accountId, QObject *parent = nullptr);
    ~TokenStoreJob() override;

    // "trello-onboard", or "trello-onboard-demo" for the built-in sandbox's tokens.
    static QString serviceName(bool demo);

    // Starts a job owned by `context` and calls `then` with it once it has finished; the job is
    // deleted afterwards. For operations that chain keychain steps.
    static void run(Operation operation, const QString &service, const QString &key, const QString &token,
                    QObject *context, std::function<void(TokenStoreJob *)> then);

    Operation operation() const { return m_operation; }
    const QString &service() const { return m_service; }
    const QString &accountId() const { return m_accountId; }

    // The token to store (Write only).
    void setToken(const QString &token);
    // After a successful Read: the stored token. Empty otherwise.
    const QString &token() const { return m_token; }

    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }

    // Starts the job; a job runs once (a second start() is ignored with a warning).
    void start();
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }

    const Error &error() const { return m_error; }
    // The keychain did not answer within timeoutMs(): the operation may still take effect later.
    bool timedOut() const { return m_timedOut; }

Q_SIGNALS:
    void finished();

private:
    void startKeychainJob();
    void onKeychainFinished(QKeychain::Job *job);
    void onTimeout();
    void finish(Error error);
    Error mapKeychainError(int code, const QString &detail) const;
    Error lockedError() const;
    QString withoutToken(QString text) const;
    QString operationName() const;

    Operation m_operation;
    QString m_service;
    QString m_accountId;
    QString m_token;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
    Error m_error;
    QPointer<QKeychain::Job> m_job;
    QTimer *m_timer = nullptr;
};

} // namespace onboard
