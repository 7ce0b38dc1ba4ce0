#include "StartupRecovery.h"

#include "AccountChangeJournal.h"
#include "AccountChangeRecovery.h"
#include "ChangeLock.h"
#include "RotationJournal.h"
#include "RotationRecovery.h"

#include <QFileInfo>

namespace onboard {

bool StartupRecovery::needed(const Profile &profile)
{
    return QFileInfo::exists(AccountChangeJournal::pathFor(profile.registryPath()))
           || QFileInfo::exists(RotationJournal::pathFor(profile.registryPath()));
}

StartupRecovery::StartupRecovery(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_lockWaitMs(ChangeLock::DefaultWaitMs)
{
}

StartupRecovery::~StartupRecovery() = default;

void StartupRecovery::start()
{
    if (!needed(m_profile)) {
        QMetaObject::invokeMethod(this, &StartupRecovery::finished, Qt::QueuedConnection);
        return;
    }
    m_lock = new ChangeLock(m_profile.registryPath(), this);
    m_lock->setWaitMs(m_lockWaitMs);
    m_lock->acquire([this](const Error &e) {
        if (e) {
            // Another copy is busy with the stored tokens; it finishes its own change, and any
            // older interrupted one is put right at the next start.
            m_reports.append(e.message());
            finish();
            return;
        }
        runChanges();
    });
}

void StartupRecovery::runChanges()
{
    m_changes = new AccountChangeRecovery(m_profile, this);
    connect(m_changes, &AccountChangeRecovery::finished, this, [this] {
        m_reports.append(m_changes->reports());
        runRotations();
    });
    m_changes->start();
}

void StartupRecovery::runRotations()
{
    m_rotations = new RotationRecovery(m_profile, this);
    connect(m_rotations, &RotationRecovery::finished, this, [this] {
        m_reports.append(m_rotations->reports());
        finish();
    });
    m_rotations->start();
}

void StartupRecovery::finish()
{
    if (m_lock)
        m_lock->release();
    // Always from the event loop, also when the lock failed at once inside start(): a caller
    // may start() before its event loop runs and quit the loop from finished().
    QMetaObject::invokeMethod(this, &StartupRecovery::finished, Qt::QueuedConnection);
}

} // namespace onboard
