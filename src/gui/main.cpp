#include "SandboxServer.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>

// The window part of trello-onboard. Until the setup wizard lands it shows what it would do.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trello-onboard"));
    QApplication::setApplicationDisplayName(QObject::tr("Trello Onboard"));
    QApplication::setApplicationVersion(QStringLiteral(TRELLO_ONBOARD_VERSION));

    const bool demo = QApplication::arguments().contains(QStringLiteral("--demo"));
    onboard::sandbox::SandboxServer sandbox;
    QString where = QObject::tr("Trello (https://trello.com)");
    if (demo) {
        if (!sandbox.listen()) {
            std::fprintf(stderr, "trello-onboard: the demo sandbox could not listen on 127.0.0.1.\n");
            return 4;
        }
        where = QObject::tr("the offline demo sandbox at %1").arg(sandbox.baseUrl().toString());
    }

    QWidget window;
    window.setObjectName(QStringLiteral("placeholderWindow"));
    auto *layout = new QVBoxLayout(&window);
    auto *label = new QLabel(QObject::tr("<h2>Trello Onboard</h2>"
                                         "<p>The setup wizard is not built yet.</p>"
                                         "<p>It will talk to %1.</p>")
                                 .arg(where.toHtmlEscaped()));
    label->setWordWrap(true);
    layout->addWidget(label);
    window.resize(480, 240);
    window.show();
    return app.exec();
}
