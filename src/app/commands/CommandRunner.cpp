#include "CommandRunner.h"

#include "CheckCommand.h"
#include "ExecCommand.h"
#include "ForgetCommand.h"
#include "ImportCommand.h"
#include "RevokeCommand.h"
#include "SandboxServer.h"
#include "StandardStreams.h"
#include "changes/ChangeRecovery.h"
#include "keychain/SecretService.h"
#include "StatusCommand.h"
#include "TokenCommand.h"

#include <QCoreApplication>

#include <memory>

namespace onboard {

namespace {
std::unique_ptr<ScriptCommand> makeCommand(const Invocation &invocation, const Workspace &workspace)
{
    const QString &name = invocation.command;
    if (name == QLatin1String("status"))
        return std::make_unique<StatusCommand>(invocation, workspace);
    if (name == QLatin1String("token"))
        return std::make_unique<TokenCommand>(invocation, workspace);
    if (name == QLatin1String("exec"))
        return std::make_unique<ExecCommand>(invocation, workspace);
    if (name == QLatin1String("import"))
        return std::make_unique<ImportCommand>(invocation, workspace);
    if (name == QLatin1String("revoke"))
        return std::make_unique<RevokeCommand>(invocation, workspace);
    if (name == QLatin1String("forget"))
        return std::make_unique<ForgetCommand>(invocation, workspace);
    if (name == QLatin1String("check"))
        return std::make_unique<CheckCommand>(invocation, workspace);
    return nullptr;
}
} // namespace

int CommandRunner::run(const Invocation &invocation)
{
    // In a demo the sandbox Trello runs inside this process, on a free loopback port.
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    Workspace workspace = Workspace::real();
    if (invocation.demo) {
        sandbox = std::make_unique<sandbox::SandboxServer>();
        if (!sandbox->listen()) {
            StandardStreams::say(QStringLiteral("the demo sandbox could not listen on 127.0.0.1."));
            return Error::exitCodeOf(ErrorKind::Network);
        }
        workspace = Workspace::demo(sandbox->apiRoot());
    }
    std::unique_ptr<ScriptCommand> command = makeCommand(invocation, workspace);
    if (!command) {
        StandardStreams::say(QStringLiteral("unknown command \"%1\".").arg(invocation.command));
        return Error::exitCodeOf(ErrorKind::BadInput);
    }
    QObject::connect(command.get(), &Job::finished, qApp, [&command] { QCoreApplication::exit(command->exitCode()); });
    // A locked keychain's prompt is waited for as long as it is open: say so, once, on stderr.
    QObject::connect(SecretService::instance(), &SecretService::waitingForPerson, qApp, [] {
        StandardStreams::say(QCoreApplication::translate("CommandRunner",
                                                         "waiting for %1 to be unlocked: type its password in the "
                                                         "prompt it opened (or dismiss it to stop).")
                                 .arg(SecretService::instance()->named()));
    });
    // A change that a crash or kill cut short is put right first, so the command sees the keychain
    // and the settings file in agreement. When there is none this costs two file checks.
    std::unique_ptr<ChangeRecovery> recovery;
    if (ChangeRecovery::needed(workspace)) {
        recovery = std::make_unique<ChangeRecovery>(workspace);
        QObject::connect(recovery.get(), &Job::finished, command.get(), [&recovery, &command] {
            for (const QString &report : recovery->reports())
                StandardStreams::say(report);
            command->start();
        });
        recovery->start();
    } else {
        command->start();
    }
    QCoreApplication::exec();
    return command->exitCode();
}

} // namespace onboard
