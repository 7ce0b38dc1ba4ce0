#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"

namespace onboard {

class ChangeLock;

// Revokes a stored token on Trello (RevokeTokenJob), then removes it from this computer
// (ForgetAccountJob), all under the ChangeLock, so that the entry removed is the token revoked and
// not one another copy stored meanwhile. When Trello refuses (a read-only token may not revoke
// itself) or cannot be reached, nothing is removed and the error says how to revoke it on
// trello.com. A token Trello already calls invalid or expired is dead: it is removed locally, and
// wasAlreadyInvalid() says so.
class RevokeAccountJob : public Job
{
    Q_OBJECT

public:
    RevokeAccountJob(Workspace workspace, Account account, QObject *parent = nullptr);

    const Account &account() const { return m_account; }
    bool wasAlreadyInvalid() const { return m_alreadyInvalid; }
    // An OAuth 2.0 account: removed here only, as no revocation endpoint is documented.
    bool wasForgottenOnly() const { return m_forgottenOnly; }

protected:
    void run() override;

private:
    void revoke(const Account &account, const QString &token);
    void done(const Error &error);

    Workspace m_workspace;
    Account m_account;
    ChangeLock *m_lock = nullptr;
    bool m_alreadyInvalid = false;
    bool m_forgottenOnly = false;
};

} // namespace onboard
