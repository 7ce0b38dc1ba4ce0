#include "CommandRunner.h"

#include <cstdio>

namespace onboard {

int CommandRunner::run(const Invocation &invocation)
{
    std::fprintf(stderr, "trello-onboard: the \"%s\" command is not built yet.\n", qPrintable(invocation.command));
    return 64;
}

} // namespace onboard
