#include "operations/ForgetAccountJob.h"

#include "accounts/ChangeLock.h"
#include "changes/ChangeJournal.h"
#include "changes/CrashPoint.h"
#include "changes/RemoveTokenJob.h"

namespace onboard {

ForgetAccountJob::ForgetAccountJob(Workspace workspace, Account account, ChangeLock *held, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_account(std::move(account))
    , m_lock(held)
{
}

void ForgetAccountJob::run()
{
    if (m_lock && m_lock->isHeld()) {
        remove();
        return;
    }
    m_lock = new ChangeLock(m_workspace.settingsPath(), this);
    m_ownLock = true;
    startStep(m_lock->acquire(), [this](Job *acquired) {
        if (Error e = acquired->error())
            done(e);
        else
            remove();
    });
}

void ForgetAccountJob::remove()
{
    // Named in the journal until both copies are gone: a kill between the keychain and the
    // settings file is completed at the next start.
    if (Error e = ChangeJournal(m_workspace).add(*m_lock, {ChangeJournal::Kind::Remove, m_account.id(), {}, {}})) {
        done(e);
        return;
    }
    CrashPoint::reached("remove:before-keychain-remove");
    startStep(new RemoveTokenJob(m_workspace, *m_lock, m_account.id()), [this](RemoveTokenJob *removal) {
        if (!removal->needsRecovery())
            ChangeJournal(m_workspace).remove(*m_lock, m_account.id(), ChangeJournal::Kind::Remove);
        done(removal->error());
    });
}

void ForgetAccountJob::done(const Error &error)
{
    if (m_ownLock && m_lock)
        m_lock->release();
    finish(error);
}

} // namespace onboard
