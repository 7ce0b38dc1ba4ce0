#pragma once

#include "TokenCommand.h"

namespace onboard {

// `exec -- CMD [ARGS…]`: replaces this process with CMD, with TRELLO_KEY and TRELLO_TOKEN added
// to its environment. Being the same process, CMD keeps stdin, stdout and stderr, receives the
// signals sent to it, and its exit status is the status. The token is in no argument list.
class ExecCommand : public TokenCommand
{
    Q_OBJECT

public:
    using TokenCommand::TokenCommand;
protected:
    void run() override;

private:
    void replaceWithCommand(const Account &account, const QString &token);
};

} // namespace onboard
