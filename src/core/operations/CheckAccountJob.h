#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"
#include "trello/TrelloResponse.h"

namespace onboard {

class KeychainSnapshot;

// Verifies a stored token against its API host with its headers (VerifyJob); for an OAuth 2.0
// account a valid access token (AccessTokenJob, which may refresh the grant) with Bearer. When it works,
// account() holds the fresh member names, scopes, expiry and time of the check; the caller records
// them (SettingsFile::recordingChecks), once for all the accounts it checked. No lock: nothing is
// changed here.
class CheckAccountJob : public Job
{
    Q_OBJECT

public:
    CheckAccountJob(Workspace workspace, Account account, QObject *parent = nullptr);

    // Keychain entries read at once for all the accounts checked (ReadTokenJob::setSnapshot).
    void setSnapshot(const KeychainSnapshot *snapshot) { m_snapshot = snapshot; }
    // OAuth 2.0: refresh even a fresh access token, which renews a grant that nears its lapse.
    void setRenewGrant(bool renew) { m_renewGrant = renew; }

    const Account &account() const { return m_account; }
    const MemberInfo &member() const { return m_member; }

protected:
    void run() override;

private:
    void checkGrant();

    Workspace m_workspace;
    Account m_account;
    MemberInfo m_member;
    const KeychainSnapshot *m_snapshot = nullptr;
    bool m_renewGrant = false;
};

} // namespace onboard
