#include "CommandLine.h"
#include "GuiLauncher.h"

#include <QCoreApplication>

#include <cstdio>

using onboard::CommandLine;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trello-onboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRELLO_ONBOARD_VERSION));

    const CommandLine commandLine(QCoreApplication::arguments());
    switch (commandLine.action()) {
    case CommandLine::Action::Version:
        std::fputs(qPrintable(CommandLine::versionText()), stdout);
        return 0;
    case CommandLine::Action::Help:
        std::fputs(qPrintable(CommandLine::helpText()), stdout);
        return 0;
    case CommandLine::Action::Window:
        return onboard::GuiLauncher::replaceWith(QCoreApplication::arguments());
    case CommandLine::Action::Script:
        std::fprintf(stderr, "trello-onboard: the \"%s\" command is not built yet.\n", qPrintable(commandLine.command()));
        return 64;
    case CommandLine::Action::Unknown:
        break;
    }
    std::fprintf(stderr, "trello-onboard: unknown command \"%s\"; see trello-onboard --help.\n",
                 qPrintable(commandLine.command()));
    return 64;
}
