#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"
#include "oauth/OAuthGrant.h"

namespace onboard {

class ChangeLock;
class KeychainSnapshot;

// A valid access token for an OAuth 2.0 account (token, exec, status, check, the accounts screen):
// the grant is read from the keychain, and refreshed when less than the refresh margin is left.
// A refresh spends the single-use refresh token, so it is a change to stored secrets like any
// other: one at a time across all copies of the program (the ChangeLock; whoever waited reads the
// grant again and usually finds it fresh), named in the change journal, and the new grant is
// written and read back before its access token is handed out. docs/design.md, "OAuth 2.0".
//
// Outcomes: success → grant() is fresh, account() has the secret headers' values and, after a
// refresh, the renewed record. A grant Trello ended (or one without a refresh token that ran out)
// → ErrorKind::TokenRefused with "sign in again". Otherwise the failing step's error. Crash points
// "refresh:after-journal", "refresh:after-request", "refresh:after-keychain-write",
// "refresh:after-record".
class AccessTokenJob : public Job
{
    Q_OBJECT

public:
    AccessTokenJob(Workspace workspace, Account account, QObject *parent = nullptr);

    // As ReadTokenJob's: token and exec need no header values; status reads many entries at once.
    void setReadHeaders(bool read) { m_readHeaders = read; }
    void setSnapshot(const KeychainSnapshot *snapshot) { m_snapshot = snapshot; }
    // Refresh even when the access token is still fresh (tests; check near the grant's lapse).
    void setForceRefresh(bool force) { m_forceRefresh = force; }

    const Account &account() const { return m_account; }
    const OAuthGrant &grant() const { return m_grant; }
    // Whether this job refreshed the grant (and recorded the renewed account).
    bool refreshed() const { return m_refreshed; }

protected:
    void run() override;

private:
    bool needsRefresh(const OAuthGrant &grant) const;
    void lockAndRefresh();
    void refreshUnderLock(const QString &storedText);
    void keep(const OAuthGrant &fresh, const QStringList &grantedScopes);
    void done(const Error &error);

    Workspace m_workspace;
    Account m_account;
    OAuthGrant m_grant;
    const KeychainSnapshot *m_snapshot = nullptr;
    bool m_readHeaders = true;
    bool m_forceRefresh = false;
    bool m_refreshed = false;
    ChangeLock *m_lock = nullptr;
    bool m_journaled = false;
};

} // namespace onboard
