#include "ChangeLock.h"

#include "AccountRegistry.h"
#include "Logging.h"
#include "SafeFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace onboard {

namespace {
constexpr int PollMs = 50;
constexpr int UnreadableAfterMs = 3000;
}

QString ChangeLock::pathFor(const QString &registryPath)
{
    return AccountRegistry::siblingPath(registryPath, QStringLiteral("changes.lock"));
}

ChangeLock::ChangeLock(const QString &registryPath, QObject *parent)
    : QObject(parent)
    , m_lock(pathFor(registryPath))
{
    m_lock.setStaleLockTime(0);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ChangeLock::poll);
}

ChangeLock::~ChangeLock() = default; // QLockFile unlocks

void ChangeLock::acquire(std::function<void(const Error &)> then)
{
    m_then = std::move(then);
    SafeFile::makePrivateFolder(QFileInfo(m_lock.fileName()).absolutePath()); // tryLock says if it failed
    m_waited.start();
    poll();
}

void ChangeLock::poll()
{
    if (!m_then)
        return;
    bool held = m_lock.isLocked() || m_lock.tryLock(0);
    if (!held && m_lock.error() == QLockFile::LockFailedError && isUnreadableAndOld()) {
        // A lock file without its owner's process id (killed between creating and writing it)
        // would never count as stale; it is taken over once it is clearly not being written.
        qCWarning(lcStore) << "taking over an unreadable lock file";
        m_lock.removeStaleLockFile();
        held = m_lock.tryLock(0);
    }
    const bool givenUp = !held && (m_lock.error() != QLockFile::LockFailedError || m_waited.elapsed() >= m_waitMs);
    if (!held && !givenUp) {
        if (!m_poll.isActive()) {
            qCInfo(lcStore) << "waiting for another copy of the program to finish changing stored tokens";
            m_poll.start();
        }
        return;
    }
    m_poll.stop();
    auto then = std::move(m_then);
    m_then = nullptr;
    then(held ? Error() : failure());
}

bool ChangeLock::isUnreadableAndOld() const
{
    qint64 pid = 0;
    QString host, app;
    if (m_lock.getLockInfo(&pid, &host, &app))
        return false;
    const QFileInfo info(m_lock.fileName());
    return info.exists() && info.lastModified().msecsTo(QDateTime::currentDateTime()) > UnreadableAfterMs;
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
    m_poll.stop();
    m_then = nullptr;
    if (m_lock.isLocked())
        m_lock.unlock();
}

} // namespace onboard
