#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"

namespace onboard {

class ApiClient;
class ChangeLock;

// Revokes a stored token on Trello (RevokeTokenJob), then removes it from this computer
// (ForgetAccountJob), all under the ChangeLock, so that the entry removed is the token revoked and
// not one another copy stored meanwhile. When Trello refuses (a read-only token may not revoke
// itself) or cannot be reached, nothing is removed and the error says how to revoke it on
// trello.com. A token Trello already calls invalid or expired is dead: it is removed locally, and
// wasAlreadyInvalid() says so. Just before the revocation, with the token read, it counts the
// token's webhooks, which die with it: webhooksStopped(). A count that fails does not stop the
// revocation (the person asked for it).
class RevokeAccountJob : public Job
{
    Q_OBJECT

public:
    RevokeAccountJob(Workspace workspace, Account account, QObject *parent = nullptr);

    const Account &account() const { return m_account; }
    bool wasAlreadyInvalid() const { return m_alreadyInvalid; }
    // An OAuth 2.0 account: removed here only, as no revocation endpoint is documented.
    bool wasForgottenOnly() const { return m_forgottenOnly; }
    // After success: how many webhooks stopped with the token; -1 when they could not be counted
    // (webhookCountProblem() says why).
    int webhooksStopped() const { return m_webhooksStopped; }
    const Error &webhookCountProblem() const { return m_webhookCountProblem; }

protected:
    void run() override;

private:
    void revoke(const Account &account, const QString &token);
    void revokeWith(ApiClient *client);
    void done(const Error &error);

    Workspace m_workspace;
    Account m_account;
    ChangeLock *m_lock = nullptr;
    bool m_alreadyInvalid = false;
    bool m_forgottenOnly = false;
    int m_webhooksStopped = 0;
    Error m_webhookCountProblem;
};

} // namespace onboard
