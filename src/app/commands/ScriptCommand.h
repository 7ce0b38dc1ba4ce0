#pragma once

#include "Account.h"
#include "Error.h"
#include "Invocation.h"
#include "Profile.h"

#include <QObject>

namespace onboard {

// One command for scripts. It runs on the event loop and ends with done(exitCode) once, through
// end(). Messages
// for people go to stderr, one line each; stdout carries only what the command promises (the
// token, the table, the JSON document).
class ScriptCommand : public QObject
{
    Q_OBJECT

public:
    ScriptCommand(const Invocation &invocation, Profile profile, QObject *parent = nullptr);

    virtual void start() = 0;

Q_SIGNALS:
    void done(int exitCode);

protected:
    // The account --account names (or the only one); on failure reports and ends the command.
    bool resolveAccount(Account *account);
    virtual void fail(const Error &error);
    void succeed();
    // Ends the command with this exit code, or 74 when what it printed did not arrive.
    void end(int exitCode);
    static void say(const QString &line); // stderr
    void print(const QByteArray &bytes);  // stdout, unbuffered; a failure is kept for end()

    // With --json, exactly one document goes to stdout, also when the command fails before it
    // got to its own (no account, an ambiguous --account, no confirmation): fail() prints one then.
    bool m_printed = false;
    Error m_outputError;

    const Invocation m_invocation;
    const Profile m_profile;
};

} // namespace onboard
