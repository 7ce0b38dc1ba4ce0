#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"

namespace onboard {

// Records what checks found (CheckAccountJob::account(): names, scopes, expiry, time of the check)
// in the settings file, once for all the accounts checked, under the ChangeLock. It waits only a
// little for another copy that is changing accounts: "last checked" is not worth a long wait, and
// a record that cannot be made changes nothing about the tokens (callers say so in one line, never
// in the exit code). An account removed meanwhile stays removed.
class RecordChecksJob : public Job
{
    Q_OBJECT

public:
    static constexpr int LockWaitMs = 2000;

    RecordChecksJob(Workspace workspace, QList<Account> checked, QObject *parent = nullptr);

protected:
    void run() override;

private:
    Workspace m_workspace;
    QList<Account> m_checked;
};

} // namespace onboard
