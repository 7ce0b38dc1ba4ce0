#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"

#include <QPointer>

namespace onboard {

class ChangeLock;

// Removes an account from this computer only: its keychain entry and its record (RemoveTokenJob),
// under the ChangeLock and named in the change journal meanwhile, so that a kill in between is
// completed at the next start. The token stays valid on Trello until it expires or is revoked
// there. No API call. RevokeAccountJob ends with one, under the lock it already holds.
class ForgetAccountJob : public Job
{
    Q_OBJECT

public:
    // `held`: a ChangeLock the caller holds already (and keeps); otherwise the job takes one.
    ForgetAccountJob(Workspace workspace, Account account, ChangeLock *held = nullptr, QObject *parent = nullptr);

    const Account &account() const { return m_account; }

protected:
    void run() override;

private:
    void remove();
    void done(const Error &error);

    Workspace m_workspace;
    Account m_account;
    QPointer<ChangeLock> m_lock;
    bool m_ownLock = false;
};

} // namespace onboard
