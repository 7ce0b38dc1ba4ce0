#pragma once

#include "common/Error.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>

namespace onboard {

class Job;

// One change to the stored accounts at a time, across every copy of the program: a store, a
// removal, a rotation, a check's record and the recovery of interrupted changes all hold it while
// they change the keychain, the settings file or the change journal, so that two copies never
// interleave (one could otherwise read back the other's token, or put back a stale one). It is the
// only lock: SettingsFile and ChangeJournal take no lock of their own and ask for this one held.
//
// A lock file next to the settings file ("accounts.changes.lock"). A lock left by a process that
// died is taken over at once (QLockFile checks the process id), never by age, since a keychain
// prompt may keep the holder waiting for a long time. A lock file that names no process (cut short
// between its creation and its first write) is taken over after a few seconds. Within one process
// two holders exclude each other too; one holder never asks twice.
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
