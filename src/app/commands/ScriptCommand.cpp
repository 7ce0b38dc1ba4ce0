#include "ScriptCommand.h"

#include "AccountRegistry.h"
#include "OutcomeJson.h"
#include "StandardStreams.h"


namespace onboard {

ScriptCommand::ScriptCommand(const Invocation &invocation, Profile profile, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_profile(std::move(profile))
{
}

bool ScriptCommand::resolveAccount(Account *account)
{
    AccountRegistry registry(m_profile.registryPath());
    Error e = registry.load();
    if (!e)
        e = registry.resolve(m_invocation.account, account);
    if (e) {
        fail(e);
        return false;
    }
    return true;
}

void ScriptCommand::fail(const Error &error)
{
    if (m_invocation.json && !m_printed)
        print(OutcomeJson::forError(error));
    say(error.message());
    end(error.exitCode());
}

void ScriptCommand::succeed()
{
    end(0);
}

void ScriptCommand::end(int exitCode)
{
    // What the command promised on stdout did not arrive: nothing else it did matters as much to
    // the script that reads it.
    if (m_outputError) {
        say(m_outputError.message());
        exitCode = m_outputError.exitCode();
    }
    Q_EMIT done(exitCode);
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
