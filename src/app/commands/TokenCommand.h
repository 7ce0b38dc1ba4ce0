#pragma once

#include "ScriptCommand.h"

#include <functional>

namespace onboard {

// `token`: prints the token and a newline on stdout, nothing else. `exec` builds on the same read.
class TokenCommand : public ScriptCommand
{
    Q_OBJECT

public:
    using ScriptCommand::ScriptCommand;

protected:
    void run() override;
    // Reads the token of the resolved account and hands it on; failures end the command.
    void withToken(std::function<void(const Account &, const QString &)> then);
};

} // namespace onboard
