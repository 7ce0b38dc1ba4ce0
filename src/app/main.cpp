#include "CommandRunner.h"
#include "GuiLauncher.h"
#include "Invocation.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using onboard::Invocation;

// trello-onboard: reads the command line; the commands for scripts run here, on Qt Core and
// Network only; window commands hand over to trello-onboard-gui.
int main(int argc, char *argv[])
{
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
        std::fprintf(stderr, "trello-onboard: %s\n", qPrintable(e.message()));
        return e.exitCode();
    }
    switch (invocation.kind) {
    case Invocation::Kind::Version:
        std::fputs(qPrintable(Invocation::versionText()), stdout);
        return 0;
    case Invocation::Kind::Help:
        std::fputs(qPrintable(Invocation::helpText()), stdout);
        return 0;
    case Invocation::Kind::Run:
        break;
    }
    if (Invocation::isWindowCommand(invocation.command))
        return onboard::GuiLauncher::replaceWith(QCoreApplication::arguments());
    return onboard::CommandRunner::run(invocation);
}
