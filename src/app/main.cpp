#include "CommandRunner.h"
#include "GuiLauncher.h"
#include "Invocation.h"
#include "StandardStreams.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>


using onboard::Invocation;

// trello-onboard: reads the command line; the commands for scripts run here, on Qt Core and
// Network only; window commands hand over to trello-onboard-gui.
int main(int argc, char *argv[])
{
    onboard::StandardStreams::guard();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trello-onboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRELLO_ONBOARD_VERSION));

    onboard::Translations::install();
    // Scripts read stderr: one clear line per problem. Progress notes stay out of it unless
    // asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("trello.onboard.*.info=false"));

    Invocation invocation;
    if (const onboard::Error e = Invocation::parse(QCoreApplication::arguments().mid(1), &invocation)) {
        onboard::StandardStreams::say(e.message());
        return e.exitCode();
    }
    if (invocation.kind != Invocation::Kind::Run) {
        const QString text = invocation.kind == Invocation::Kind::Version ? Invocation::versionText() : Invocation::helpText();
        if (const onboard::Error e = onboard::StandardStreams::writeOut(text.toLocal8Bit())) {
            onboard::StandardStreams::say(e.message());
            return e.exitCode();
        }
        return 0;
    }
    if (Invocation::isWindowCommand(invocation.command))
        return onboard::GuiLauncher::replaceWith(QCoreApplication::arguments());
    return onboard::CommandRunner::run(invocation);
}
