#pragma once

#include "Error.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace onboard {

// One change to the stored tokens at a time, across every copy of the program: storing a token,
// removing one, a rotation's keychain steps and the recovery of interrupted changes all hold it,
// so that two copies never interleave their keychain writes (one could otherwise read back the
// other's token, or put back a stale one). A lock file next to the settings file; a lock left by a
// process that died is taken over at once (QLockFile checks the process id), never by age, since
// a keychain prompt may keep the holder waiting for a long time. A lock file that names no process
// (cut short between its creation and its first write) is taken over after a few seconds.
//
// acquire() waits without blocking the event loop, polling the lock file, for up to waitMs().
class ChangeLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultWaitMs = 30000;
    static QString pathFor(const QString &registryPath);

    explicit ChangeLock(const QString &registryPath, QObject *parent = nullptr);
    ~ChangeLock() override;

    void setWaitMs(int ms) { m_waitMs = ms; }
    int waitMs() const { return m_waitMs; }

    // Calls `then` once: with no error when the lock is held, or with a keychain error that names
    // the other process when it did not let go in time (or the lock file cannot be made).
    void acquire(std::function<void(const Error &)> then);
    bool isHeld() const { return m_lock.isLocked(); }
    void release();

private:
    void poll();
    bool isUnreadableAndOld() const;
    Error failure() const;

    QLockFile m_lock;
    int m_waitMs = DefaultWaitMs;
    QTimer m_poll;
    QElapsedTimer m_waited;
    std::function<void(const Error &)> m_then;
};

} // namespace onboard
