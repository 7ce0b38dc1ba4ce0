#include "AccountRegistry.h"
#include "Invocation.h"
#include "Profile.h"
#include "SandboxServer.h"
#include "SetupController.h"
#include "SetupWizard.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>

#include <cstdio>

namespace {

void printJson(const QJsonObject &outcome)
{
    std::fputs(QJsonDocument(outcome).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

// trello-onboard-gui: the window commands (no command, setup, manage, rotate), started by
// trello-onboard with the same arguments.
int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
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
    onboard::SetupOptions options = invocation.setup;
    onboard::Profile profile = onboard::Profile::real();
    if (invocation.demo) {
        if (!sandbox.listen()) {
            std::fprintf(stderr, "trello-onboard: the demo sandbox could not listen on 127.0.0.1.\n");
            return 4;
        }
        profile = onboard::Profile::demo(sandbox.apiRoot());
        if (!options.isGiven(QStringLiteral("key")))
            options.request.apiKey = onboard::sandbox::SandboxServer::demoKey();
        if (!options.isGiven(QStringLiteral("authorize-url")))
            options.request.authorizeUrl = sandbox.authorizeUrl();
    }

    if (invocation.command == QLatin1String("manage") || invocation.command == QLatin1String("rotate")) {
        // The accounts screen and rotation are not built yet.
        QLabel window(QObject::tr("<h2>Trello Onboard</h2><p>The accounts screen is not built yet.</p>"));
        window.setWindowTitle(QObject::tr("Trello Onboard"));
        window.setMargin(24);
        window.show();
        return app.exec();
    }

    if (invocation.firstRun) {
        onboard::AccountRegistry registry(profile.registryPath());
        if (!registry.load() && !registry.accounts().isEmpty()) {
            if (invocation.json)
                printJson({{QStringLiteral("status"), QStringLiteral("exists")},
                           {QStringLiteral("keychainService"), profile.keychainService()}});
            return 0;
        }
    }

    // No command opens the wizard too, also when an account is stored (until the accounts screen
    // exists): it adds or replaces an account and never loses one.
    onboard::SetupController controller(profile, options);
    onboard::SetupWizard wizard(&controller);
    wizard.setCloseWhenDone(invocation.closeWhenDone);
    wizard.show();
    app.exec();
    if (invocation.json)
        printJson(controller.outcomeJson());
    return controller.exitCode();
}
