#include "CommandRunner.h"

#include "ExecCommand.h"
#include "ForgetCommand.h"
#include "ImportCommand.h"
#include "RevokeCommand.h"
#include "SandboxServer.h"
#include "StandardStreams.h"
#include "StartupRecovery.h"
#include "StatusCommand.h"
#include "TokenCommand.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace onboard {

namespace {
std::unique_ptr<ScriptCommand> makeCommand(const Invocation &invocation, const Profile &profile)
{
    const QString &name = invocation.command;
    if (name == QLatin1String("status"))
        return std::make_unique<StatusCommand>(invocation, profile);
    if (name == QLatin1String("token"))
        return std::make_unique<TokenCommand>(invocation, profile);
    if (name == QLatin1String("exec"))
        return std::make_unique<ExecCommand>(invocation, profile);
    if (name == QLatin1String("import"))
        return std::make_unique<ImportCommand>(invocation, profile);
    if (name == QLatin1String("revoke"))
        return std::make_unique<RevokeCommand>(invocation, profile);
    if (name == QLatin1String("forget"))
        return std::make_unique<ForgetCommand>(invocation, profile);
    return nullptr;
}
} // namespace

int CommandRunner::run(const Invocation &invocation)
{
    // In a demo the sandbox Trello runs inside this process, on a free loopback port.
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    Profile profile = Profile::real();
    if (invocation.demo) {
        sandbox = std::make_unique<sandbox::SandboxServer>();
        if (!sandbox->listen()) {
            StandardStreams::say(QStringLiteral("the demo sandbox could not listen on 127.0.0.1."));
            return Error::exitCodeOf(ErrorKind::Network);
        }
        profile = Profile::demo(sandbox->apiRoot());
    }
    std::unique_ptr<ScriptCommand> command = makeCommand(invocation, profile);
    if (!command) {
        StandardStreams::say(QStringLiteral("unknown command \"%1\".").arg(invocation.command));
        return Error::exitCodeOf(ErrorKind::BadInput);
    }
    int exitCode = 0;
    QObject::connect(command.get(), &ScriptCommand::done, qApp, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    // A change that a crash or kill cut short is put right first, so the command sees the keychain
    // and the settings file in agreement. When there is none this costs two file checks.
    std::unique_ptr<StartupRecovery> recovery;
    if (StartupRecovery::needed(profile)) {
        recovery = std::make_unique<StartupRecovery>(profile);
        QObject::connect(recovery.get(), &StartupRecovery::finished, command.get(), [&recovery, &command] {
            for (const QString &report : recovery->reports())
                StandardStreams::say(report);
            command->start();
        });
        QTimer::singleShot(0, recovery.get(), &StartupRecovery::start);
    } else {
        QTimer::singleShot(0, command.get(), &ScriptCommand::start);
    }
    QCoreApplication::exec();
    return exitCode;
}

} // namespace onboard
