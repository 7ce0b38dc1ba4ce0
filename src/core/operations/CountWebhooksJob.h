#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"

namespace onboard {

// Counts the webhooks of a stored account's token (GET /tokens/{token}/webhooks), for the question
// revoke asks before it revokes: webhooks die with their token. It reads the token, and takes no
// lock: nothing is changed, and a question may wait long for its answer. A token Trello already
// calls dead has none left (0). An OAuth 2.0 account has no Trello Auth token: 0, no call.
class CountWebhooksJob : public Job
{
    Q_OBJECT

public:
    CountWebhooksJob(Workspace workspace, Account account, QObject *parent = nullptr);

    const Account &account() const { return m_account; }
    // After success: how many webhooks the token has.
    int count() const { return m_count; }

protected:
    void run() override;

private:
    Workspace m_workspace;
    Account m_account;
    int m_count = 0;
};

} // namespace onboard
