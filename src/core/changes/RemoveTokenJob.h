#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"

namespace onboard {

class ChangeLock;

// Removes an account from this computer: its token from the keychain, then its secret headers'
// values, then its record
// (docs/design.md, "Removal"); for forget, revoke and the recovery of an interrupted removal. The
// caller holds the ChangeLock and has a journal entry naming the removal; needsRecovery() says
// whether it must stay. removed() is the record that was removed (empty when there was none).
class RemoveTokenJob : public Job
{
    Q_OBJECT

public:
    RemoveTokenJob(Workspace workspace, const ChangeLock &held, QString accountId, QObject *parent = nullptr);

    const Account &removed() const { return m_removed; }
    bool needsRecovery() const { return m_needsRecovery; }

protected:
    void run() override;

private:
    void removeHeadersAndRecord();

    Workspace m_workspace;
    const ChangeLock &m_lock;
    QString m_accountId;
    Account m_removed;
    bool m_needsRecovery = false;
};

} // namespace onboard
