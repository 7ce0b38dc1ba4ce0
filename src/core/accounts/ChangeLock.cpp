#include "accounts/ChangeLock.h"

#include "accounts/Workspace.h"
#include "common/Job.h"
#include "common/Logging.h"
#include "common/SafeFile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

namespace onboard {

namespace {
constexpr int PollMs = 50;
constexpr int UnreadableAfterMs = 3000;
} // namespace

// The wait for the lock, as a job: polls the lock file until it is free or the wait is over.
class ChangeLockWait : public Job
{
public:
    explicit ChangeLockWait(ChangeLock *lock)
        : m_lock(lock)
    {
        m_poll.setInterval(PollMs);
        connect(&m_poll, &QTimer::timeout, this, &ChangeLockWait::poll);
    }

protected:
    void run() override
    {
        m_waited.start();
        poll();
    }

private:
    void poll()
    {
        if (!m_lock) {
            m_poll.stop();
            finish({ErrorKind::LocalStore, ChangeLock::tr("The change lock was dropped while it was awaited.")});
            return;
        }
        const bool held = m_lock->tryTake();
        const bool givenUp = !held
                             && (m_lock->m_lock.error() != QLockFile::LockFailedError || m_waited.elapsed() >= m_lock->m_waitMs);
        if (!held && !givenUp) {
            if (!m_poll.isActive()) {
                qCInfo(lcStore) << "waiting for another copy of the program to finish changing stored tokens";
                m_poll.start();
            }
            return;
        }
        m_poll.stop();
        finish(held ? Error() : m_lock->failure());
    }

    QPointer<ChangeLock> m_lock;
    QTimer m_poll;
    QElapsedTimer m_waited;
};

QString ChangeLock::pathFor(const QString &settingsPath)
{
    return Workspace::siblingPath(settingsPath, QStringLiteral("changes.lock"));
}

ChangeLock::ChangeLock(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_lock(pathFor(settingsPath))
{
    m_lock.setStaleLockTime(0);
}

ChangeLock::~ChangeLock() = default; // QLockFile unlocks

Job *ChangeLock::acquire()
{
    return new ChangeLockWait(this);
}

bool ChangeLock::tryTake()
{
    if (m_lock.isLocked())
        return true;
    // tryLock says whether it failed; a missing folder is made here (mode 0700).
    SafeFile::makePrivateFolder(QFileInfo(m_lock.fileName()).absolutePath());
    if (m_lock.tryLock(0))
        return true;
    if (m_lock.error() != QLockFile::LockFailedError)
        return false;
    // A lock file without its owner's process id (killed between creating and writing it) would
    // never count as stale; it is taken over once it is clearly not being written.
    qint64 pid = 0;
    QString host, app;
    const QFileInfo info(m_lock.fileName());
    if (!m_lock.getLockInfo(&pid, &host, &app) && info.exists()
        && info.lastModified().msecsTo(QDateTime::currentDateTime()) > UnreadableAfterMs) {
        qCWarning(lcStore) << "taking over an unreadable lock file";
        m_lock.removeStaleLockFile();
        return m_lock.tryLock(0);
    }
    return false;
}

Error ChangeLock::failure() const
{
    if (m_lock.error() != QLockFile::LockFailedError) {
        const QString why = SafeFile::folderProblem(QFileInfo(m_lock.fileName()).absolutePath());
        return {ErrorKind::LocalStore, tr("The lock file %1 could not be created%2, so the stored tokens were not changed.")
                                           .arg(m_lock.fileName(), why.isEmpty() ? QString() : QStringLiteral(": ") + why)};
    }
    qint64 pid = 0;
    QString host, app;
    m_lock.getLockInfo(&pid, &host, &app);
    return {ErrorKind::Keychain,
            tr("Another copy of trello-onboard (process %1) is changing the stored tokens and did not finish within "
               "%2 seconds; nothing was changed here. Try again when it has finished.")
                .arg(pid)
                .arg(m_waitMs / 1000)};
}

void ChangeLock::release()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

} // namespace onboard
