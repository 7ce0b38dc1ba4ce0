#include "ScriptCommand.h"

#include "StandardStreams.h"
#include "accounts/SettingsFile.h"
#include "operations/Outcome.h"

namespace onboard {

ScriptCommand::ScriptCommand(const Invocation &invocation, Workspace workspace, QObject *parent)
    : Job(parent)
    , m_invocation(invocation)
    , m_workspace(std::move(workspace))
{
}

bool ScriptCommand::resolveAccount(Account *account)
{
    SettingsFile settings(m_workspace.settingsPath());
    Error e = settings.load();
    if (!e)
        e = settings.resolve(m_invocation.account, account);
    if (e) {
        fail(e);
        return false;
    }
    return true;
}

void ScriptCommand::fail(const Error &error)
{
    if (m_invocation.json && !m_printed)
        print(Outcome::failure(error).toLine());
    say(error.message());
    end(error.exitCode());
}

void ScriptCommand::succeed()
{
    end(0);
}

void ScriptCommand::conclude(const Outcome &outcome, const Error &error, const QString &sentence)
{
    if (m_invocation.json)
        print(outcome.toLine());
    if (error) {
        fail(error);
        return;
    }
    say(sentence);
    succeed();
}

void ScriptCommand::end(int exitCode)
{
    // What the command promised on stdout did not arrive: nothing else it did matters as much to
    // the script that reads it.
    if (m_outputError) {
        say(m_outputError.message());
        exitCode = m_outputError.exitCode();
    }
    m_exitCode = exitCode;
    finish();
}

void ScriptCommand::say(const QString &line)
{
    StandardStreams::say(line);
}

void ScriptCommand::print(const QByteArray &bytes)
{
    m_printed = true;
    if (m_outputError)
        return;
    m_outputError = StandardStreams::writeOut(bytes);
}

} // namespace onboard
