#pragma once

#include "ScriptCommand.h"

namespace onboard {

class CountWebhooksJob;

// `revoke [--yes]`: asks on a terminal (unless --yes), naming how many webhooks stop with the
// token, revokes the token on Trello, then removes it here; --json says webhooksStopped. If Trello
// refuses, nothing is removed and the message says how to revoke it on trello.com (exit 2).
class RevokeCommand : public ScriptCommand
{
    Q_OBJECT

public:
    using ScriptCommand::ScriptCommand;
protected:
    void run() override;

private:
    // `count`: the token's webhooks counted for the question; null only where no question about
    // them is put (--yes, an OAuth 2.0 account, no terminal).
    bool confirmed(const Account &account, const CountWebhooksJob *count);
    void revoke(const Account &account);
};

} // namespace onboard
