#pragma once

#include "Invocation.h"
#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"

namespace onboard {

class Outcome;

// One command for scripts, as a Job: it runs on the event loop and ends once, through end(), with
// exitCode() for main() to return. Messages for people go to stderr, one line each; stdout carries
// only what the command promises (the token, the table, the JSON document), and a command whose
// stdout did not take it ends with 74.
class ScriptCommand : public Job
{
    Q_OBJECT

public:
    ScriptCommand(const Invocation &invocation, Workspace workspace, QObject *parent = nullptr);

    int exitCode() const { return m_exitCode; }

protected:
    // The account --account names (or the only one); on failure reports and ends the command.
    bool resolveAccount(Account *account);
    // Reports the error (with --json, as the one outcome if none was printed) and ends with its code.
    virtual void fail(const Error &error);
    void succeed();
    // Ends the command with this exit code, or 74 when what it printed did not arrive.
    void end(int exitCode);
    static void say(const QString &line); // stderr
    void print(const QByteArray &bytes);  // stdout, unbuffered; a failure is kept for end()
    // With --json: the outcome on stdout. Then, on failure, the error on stderr and its code;
    // on success `sentence` on stderr and 0.
    void conclude(const Outcome &outcome, const Error &error, const QString &sentence);

    // With --json, exactly one document goes to stdout, also when the command fails before it
    // got to its own (no account, an ambiguous --account, no confirmation): fail() prints one then.
    bool m_printed = false;
    Error m_outputError;
    int m_exitCode = 0;

    const Invocation m_invocation;
    const Workspace m_workspace;
};

} // namespace onboard
