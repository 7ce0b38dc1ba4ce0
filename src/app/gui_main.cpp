#include "Invocation.h"
#include "PlaceholderWindow.h"
#include "SandboxServer.h"

#include <QApplication>

#include <cstdio>

// trello-onboard-gui: the window commands (no command, setup, manage, rotate), started by
// trello-onboard with the same arguments.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trello-onboard"));
    QApplication::setApplicationDisplayName(QObject::tr("Trello Onboard"));
    QApplication::setApplicationVersion(QStringLiteral(TRELLO_ONBOARD_VERSION));

    onboard::Invocation invocation;
    if (const onboard::Error e = onboard::Invocation::parse(QApplication::arguments().mid(1), &invocation)) {
        std::fprintf(stderr, "trello-onboard: %s\n", qPrintable(e.message()));
        return e.exitCode();
    }

    onboard::sandbox::SandboxServer sandbox;
    QString where = QObject::tr("Trello (https://trello.com)");
    if (invocation.demo) {
        if (!sandbox.listen()) {
            std::fprintf(stderr, "trello-onboard: the demo sandbox could not listen on 127.0.0.1.\n");
            return 4;
        }
        where = QObject::tr("the offline demo sandbox at %1").arg(sandbox.baseUrl().toString());
    }
    onboard::PlaceholderWindow window(where);
    window.setWindowTitle(QObject::tr("Trello Onboard"));
    window.show();
    return app.exec();
}
