#include "operations/RecordChecksJob.h"

#include "accounts/ChangeLock.h"
#include "accounts/SettingsFile.h"

namespace onboard {

RecordChecksJob::RecordChecksJob(Workspace workspace, QList<Account> checked, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_checked(std::move(checked))
{
}

void RecordChecksJob::run()
{
    if (m_checked.isEmpty()) {
        finish();
        return;
    }
    auto *lock = new ChangeLock(m_workspace.settingsPath(), this);
    lock->setWaitMs(LockWaitMs);
    startStep(lock->acquire(), [this, lock](Job *acquired) {
        Error e = acquired->error();
        if (!e)
            e = SettingsFile(m_workspace.settingsPath()).modify(*lock, SettingsFile::recordingChecks(m_checked));
        lock->release();
        finish(e);
    });
}

} // namespace onboard
