#pragma once

#include "ScriptCommand.h"

namespace onboard {

// `forget`: removes the local copy only (no API call) and says the token stays valid on Trello.
class ForgetCommand : public ScriptCommand
{
    Q_OBJECT

public:
    using ScriptCommand::ScriptCommand;
protected:
    void run() override;
};

} // namespace onboard
