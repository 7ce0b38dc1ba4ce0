#pragma once

#include "ScriptCommand.h"

namespace onboard {

// `revoke [--yes]`: asks on a terminal (unless --yes), revokes the token on Trello, then removes
// it here. If Trello refuses, nothing is removed and the message says how to revoke it on
// trello.com (exit 2).
class RevokeCommand : public ScriptCommand
{
    Q_OBJECT

public:
    using ScriptCommand::ScriptCommand;
protected:
    void run() override;

private:
    bool confirmed(const Account &account);
};

} // namespace onboard
