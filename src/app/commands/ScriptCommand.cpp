#include "ScriptCommand.h"

#include "AccountRegistry.h"
#include "OutcomeJson.h"

#include <cstdio>

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
    Q_EMIT done(error.exitCode());
}

void ScriptCommand::succeed()
{
    Q_EMIT done(0);
}

void ScriptCommand::say(const QString &line)
{
    std::fprintf(stderr, "trello-onboard: %s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

void ScriptCommand::print(const QByteArray &bytes)
{
    m_printed = true;
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace onboard
