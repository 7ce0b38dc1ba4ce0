#pragma once

#include "ScriptCommand.h"

namespace onboard {

// `import --key KEY [setup options]`: reads a token from standard input only (never from the
// command line; on a terminal without echo), checks its form, verifies it through the configured
// host and headers, then stores it. Also the path for a "manually generated" token.
class ImportCommand : public ScriptCommand
{
    Q_OBJECT

public:
    using ScriptCommand::ScriptCommand;
protected:
    void run() override;

private:
    Error readToken(QString *token);
};

} // namespace onboard
