#include "AccountRegistry.h"
#include "AccountsWindow.h"
#include "GuiLauncher.h"
#include "OutcomeJson.h"
#include "RotateDialog.h"
#include "RotateTokenOperation.h"
#include "StartupRecovery.h"
#include "Invocation.h"
#include "Profile.h"
#include "SandboxServer.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "StandardStreams.h"
#include "Translations.h"

#include <QApplication>
#include <QJsonObject>
#include <QTimer>
#include <QJsonDocument>

#include <cstdio>
#include <sys/wait.h>
#include <memory>

namespace {

// Prints --json's one object; the exit code is 74 instead of `exitCode` when it did not arrive.
int printJson(const QJsonObject &outcome, int exitCode)
{
    if (const onboard::Error e = onboard::StandardStreams::writeOut(QJsonDocument(outcome).toJson(QJsonDocument::Compact) + '\n')) {
        onboard::StandardStreams::say(e.message());
        return e.exitCode();
    }
    return exitCode;
}

const QString ResumeStoredOption = QStringLiteral("--resume-stored");

// After the token is verified and stored, this process image is replaced by a fresh one that
// opens at the Done page: the web engine (started in this process for the consent page, and
// impossible to unload from it) is gone with it, its memory and its copy of the page that carried
// the token included. Same process id, so an installer waiting for it and the exit code are
// unaffected; the fresh image prints --json's outcome at its exit.
//
// The fresh image gets everything it shows on its command line, so it depends on nothing that
// may have changed meanwhile (settings or config files, options): the account's record without
// its custom headers (their values may be private, and argv is readable by other local users),
// plus --demo and --json. If exec fails, this process simply goes on.
void handOverAfterCapture(const onboard::Account &stored, bool demo, bool json)
{
    onboard::Account shown = stored;
    shown.endpoint.headers = {};
    QStringList arguments{QCoreApplication::applicationFilePath(), ResumeStoredOption,
                          QString::fromUtf8(QJsonDocument(shown.toJson()).toJson(QJsonDocument::Compact))};
    if (demo)
        arguments << QStringLiteral("--demo");
    if (json)
        arguments << QStringLiteral("--json");
    std::fflush(stdout);
    std::fflush(stderr);
    onboard::GuiLauncher::closeOwnDescriptorsOnExec();
    onboard::GuiLauncher::replaceWith(QCoreApplication::applicationFilePath(), arguments);
    onboard::StandardStreams::say(QStringLiteral("continuing in this process."));
}

// The fresh image of handOverAfterCapture(): `--resume-stored ACCOUNT_JSON [--demo] [--json]`,
// only ever as the first argument (trello-onboard itself refuses unknown options).
int resumeAtDone(QApplication &app, const QStringList &arguments)
{
    onboard::Account account;
    const QJsonObject record = QJsonDocument::fromJson(arguments.value(2).toUtf8()).object();
    if (const onboard::Error e = onboard::Account::fromJson(record, &account)) {
        onboard::StandardStreams::say(e.message());
        return e.exitCode();
    }
    const bool demo = arguments.contains(QStringLiteral("--demo"));
    const onboard::Profile profile = demo ? onboard::Profile::demo(QUrl()) : onboard::Profile::real();
    onboard::SetupController controller(profile, onboard::SetupOptions());
    controller.resumeStored(account);
    onboard::SetupWizard wizard(&controller);
    wizard.startAtDone();
    wizard.show();
    // The web engine's helper processes of the image before end once their sockets close;
    // collect them, as their parent.
    QTimer reaper;
    QObject::connect(&reaper, &QTimer::timeout, &app, [] {
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
    });
    reaper.start(500);
    app.exec();
    if (arguments.contains(QStringLiteral("--json")))
        return printJson(controller.outcomeJson(), controller.exitCode());
    return controller.exitCode();
}

} // namespace

// trello-onboard-gui: the window commands (no command, setup, manage, rotate), started by
// trello-onboard with the same arguments.
int main(int argc, char *argv[])
{
    onboard::StandardStreams::guard();
    onboard::GuiLauncher::rememberInheritedDescriptors();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trello-onboard"));
    onboard::Translations::install();
    QApplication::setApplicationDisplayName(QObject::tr("Trello Onboard"));
    QApplication::setApplicationVersion(QStringLiteral(TRELLO_ONBOARD_VERSION));

    // This process image replaced the one that showed the consent page (handOverAfterCapture()).
    const QStringList arguments = QApplication::arguments();
    if (arguments.value(1) == ResumeStoredOption)
        return resumeAtDone(app, arguments);

    onboard::Invocation invocation;
    if (const onboard::Error e = onboard::Invocation::parse(arguments.mid(1), &invocation)) {
        onboard::StandardStreams::say(e.message());
        return e.exitCode();
    }

    onboard::sandbox::SandboxServer sandbox;
    onboard::SetupOptions options = invocation.setup;
    onboard::Profile profile = onboard::Profile::real();
    if (invocation.demo) {
        if (!sandbox.listen()) {
            onboard::StandardStreams::say(QStringLiteral("the demo sandbox could not listen on 127.0.0.1."));
            return 4;
        }
        profile = onboard::Profile::demo(sandbox.apiRoot());
        if (!options.isGiven(QStringLiteral("key")))
            options.request.apiKey = onboard::sandbox::SandboxServer::demoKey();
        if (!options.isGiven(QStringLiteral("authorize-url")))
            options.request.authorizeUrl = sandbox.authorizeUrl();
    }

    // First, a store, removal or rotation that a crash or kill cut short is completed, finished or
    // rolled back, so that the keychain and the settings file agree before any window reads them.
    std::unique_ptr<onboard::SetupController> controller;
    std::unique_ptr<onboard::SetupWizard> wizard;
    std::unique_ptr<onboard::AccountsWindow> accounts;
    std::unique_ptr<onboard::RotateDialog> rotateDialog;
    int exitCode = 0;
    onboard::StartupRecovery recovery(profile);
    QObject::connect(&recovery, &onboard::StartupRecovery::finished, &app, [&] {
        onboard::AccountRegistry registry(profile.registryPath());
        const onboard::Error loadError = registry.load();
        const QString &command = invocation.command;
        // Autostart: nothing to do when an account exists (also one an interrupted setup left).
        if (invocation.firstRun && !loadError && !registry.accounts().isEmpty()) {
            if (invocation.json)
                exitCode = printJson({{QStringLiteral("status"), QStringLiteral("exists")},
                                      {QStringLiteral("keychainService"), profile.keychainService()}},
                                     0);
            QCoreApplication::exit(exitCode);
            return;
        }
        if (command == QLatin1String("rotate")) {
            onboard::Account account;
            onboard::Error e = loadError ? loadError : registry.resolve(invocation.account, &account);
            if (e) {
                onboard::StandardStreams::say(e.message());
                exitCode = e.exitCode();
                if (invocation.json)
                    exitCode = printJson(QJsonDocument::fromJson(onboard::OutcomeJson::forError(e)).object(), exitCode);
                QCoreApplication::exit(exitCode);
                return;
            }
            onboard::SetupOptions rotateOptions = onboard::RotateTokenOperation::optionsFor(account, invocation.setup);
            if (invocation.demo && !invocation.setup.isGiven(QStringLiteral("authorize-url")))
                rotateOptions.request.authorizeUrl = sandbox.authorizeUrl();
            rotateDialog = std::make_unique<onboard::RotateDialog>(profile, account, rotateOptions);
            rotateDialog->setCloseWhenDone(invocation.closeWhenDone);
            rotateDialog->show();
            rotateDialog->startAtConsent();
            return;
        }
        // No command: the accounts screen when an account is stored (or the settings file cannot
        // be read: the screen says why, and the wizard could not record an account anyway), else
        // the setup wizard.
        if (command == QLatin1String("manage") || (command.isEmpty() && (loadError || !registry.accounts().isEmpty()))) {
            accounts = std::make_unique<onboard::AccountsWindow>(profile, options);
            if (!recovery.reports().isEmpty())
                accounts->showMessage(0, recovery.reports().join(QLatin1Char(' ')));
            accounts->show();
            return;
        }
        controller = std::make_unique<onboard::SetupController>(profile, options);
        wizard = std::make_unique<onboard::SetupWizard>(controller.get());
        wizard->setCloseWhenDone(invocation.closeWhenDone);
        if (!invocation.closeWhenDone) {
            // Installer mode exits right after the store anyway; a person goes on to the Done page.
            QObject::connect(controller.get(), &onboard::SetupController::stateChanged, &app,
                             [&](onboard::SetupController::State state) {
                                 if (state == onboard::SetupController::State::Stored)
                                     handOverAfterCapture(controller->account(), invocation.demo, invocation.json);
                             });
        }
        wizard->show();
    });
    recovery.start();
    const int loopCode = app.exec();
    if (rotateDialog) {
        // For scripts: what went wrong, or that the old token could not be revoked (never a token).
        const QJsonObject outcome = rotateDialog->outcomeJson();
        if (outcome.contains(QStringLiteral("message")))
            onboard::StandardStreams::say(outcome.value(QStringLiteral("message")).toString());
        if (invocation.json)
            return printJson(outcome, rotateDialog->exitCode());
        return rotateDialog->exitCode();
    }
    if (wizard) {
        if (invocation.json)
            return printJson(controller->outcomeJson(), controller->exitCode());
        return controller->exitCode();
    }
    return exitCode ? exitCode : loopCode;
}
