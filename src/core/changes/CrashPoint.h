#pragma once

namespace onboard {

// Named points between the steps that change stored tokens. The crash-safety tests set
// TRELLO_ONBOARD_TEST_KILL_AT=<name> to have the process SIGKILL itself at one of them, to prove
// that every interruption leaves the keychain and the settings file in agreement (or is put
// right at the next start). Without that variable reached() does nothing; it kills only the
// process that was asked to, and that process could be killed from outside just as well.
class CrashPoint
{
public:
    static void reached(const char *name);
};

} // namespace onboard
