#pragma once

#include "Invocation.h"

namespace onboard {

// Runs one of the commands for scripts (status, token, exec, import, revoke, forget) on the
// event loop and returns its exit code.
class CommandRunner
{
public:
    static int run(const Invocation &invocation);
};

} // namespace onboard
