#pragma once

#include "common/Error.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>

namespace onboard {

class Job;

// One change to the stored accounts at a time, across every copy of the program and within one:
// the only lock (accounts.changes.lock). SettingsFile and ChangeJournal ask for it held. Stale
// locks, waiting and giving up: docs/design.md, "Storage".
class ChangeLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultWaitMs = 30000;
    static QString pathFor(const QString &settingsPath);

    explicit ChangeLock(const QString &settingsPath, QObject *parent = nullptr);
    ~ChangeLock() override; // releases

    void setWaitMs(int ms) { m_waitMs = ms; }
    int waitMs() const { return m_waitMs; }

    // A job that ends when the lock is held, or with an error when another holder did not let go
    // within waitMs() (naming its process: ErrorKind::Keychain, as the stored tokens are what is
    // busy) or the lock file cannot be made (ErrorKind::LocalStore). It waits without blocking the
    // event loop. Start it with Job::startStep (or start()); it belongs to the caller.
    Job *acquire();
    bool isHeld() const { return m_lock.isLocked(); }
    void release();

private:
    friend class ChangeLockWait;
    bool tryTake();
    Error failure() const;

    QLockFile m_lock;
    int m_waitMs = DefaultWaitMs;
};

} // namespace onboard
