#include "AccountsWindow.h"
#include "GuiLauncher.h"
#include "Invocation.h"
#include "RotateDialog.h"
#include "SandboxServer.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "StandardStreams.h"
#include "accounts/SettingsFile.h"
#include "accounts/Workspace.h"
#include "changes/ChangeRecovery.h"
#include "common/Translations.h"
#include "desktop/CheckTimer.h"
#include "operations/Outcome.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <optional>
#include <sys/wait.h>

namespace {

using namespace onboard;

const QString ResumeStoredOption = QStringLiteral("--resume-stored");
const QString ResumeRotatedOption = QStringLiteral("--resume-rotated");

// Prints --json's one object; the exit code is 74 instead of the outcome's when it did not arrive.
int printOutcome(const Outcome &outcome)
{
    if (const Error e = StandardStreams::writeOut(outcome.toLine())) {
        StandardStreams::say(e.message());
        return e.exitCode();
    }
    return outcome.exitCode();
}

QStringList flagsOf(bool demo, bool json)
{
    QStringList flags;
    if (demo)
        flags << QStringLiteral("--demo");
    if (json)
        flags << QStringLiteral("--json");
    return flags;
}

// The account a fresh image shows: the record without its custom headers, which it does not need.
QJsonObject shownAccount(Account account)
{
    account.endpoint.headers = {};
    return account.toJson();
}

// The fresh image of a hand-over (GuiLauncher::handOver), at the Done page of the wizard or at the
// outcome of a rotation: it shows what was done, then prints --json's outcome at its exit.
int resume(QApplication &app, const QStringList &arguments, const QJsonObject &state)
{
    const bool demo = arguments.contains(QStringLiteral("--demo"));
    const bool json = arguments.contains(QStringLiteral("--json"));
    const Workspace workspace = demo ? Workspace::demo(QUrl()) : Workspace::real();
    Account account;
    if (const Error e = Account::fromJson(state.value(QStringLiteral("account")).toObject(), &account)) {
        StandardStreams::say(e.message());
        return e.exitCode();
    }
    // The web engine's helper processes of the image before end once their sockets close;
    // collect them, as their parent.
    QTimer reaper;
    QObject::connect(&reaper, &QTimer::timeout, &app, [] {
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
    });
    reaper.start(500);
    if (arguments.value(1) == ResumeRotatedOption) {
        RotateDialog dialog(workspace, account, account.setupOptions());
        dialog.showRotated(account, state.value(QStringLiteral("oldTokenRevoked")).toBool(),
                           state.value(QStringLiteral("revokeProblem")).toString(),
                           state.value(QStringLiteral("webhooks")).toObject());
        dialog.show();
        app.exec();
        return json ? printOutcome(dialog.outcome()) : dialog.exitCode();
    }
    // The one setup option the Done page still acts on (its "Warn me before tokens expire").
    SetupOptions options;
    const QJsonObject expiryWarnings = state.value(QStringLiteral("expiryWarnings")).toObject();
    options.expiryWarnings = expiryWarnings.value(QStringLiteral("on")).toBool();
    if (expiryWarnings.value(QStringLiteral("locked")).toBool())
        options.locked.insert(QStringLiteral("expiry-warnings"));
    SetupController controller(workspace, options);
    controller.resumeStored(account);
    SetupWizard wizard(&controller);
    wizard.startAtDone();
    wizard.show();
    app.exec();
    return json ? printOutcome(controller.outcome()) : controller.exitCode();
}

// The daily check on, after a store the Done page did not show. The account is stored either way:
// a timer that cannot be turned on is a warning, not a failure.
void turnOnDailyCheck()
{
    CheckTimer timer(CheckTimer::Action::Enable);
    QEventLoop loop;
    QObject::connect(&timer, &Job::finished, &loop, &QEventLoop::quit);
    timer.start();
    if (timer.isRunning())
        loop.exec(); // bounded by CheckTimer::TimeoutMs
    if (const Error &e = timer.error())
        StandardStreams::say(CheckTimer::notOnWarning(e));
}

} // namespace

// trello-onboard-gui: the window commands (no command, setup, manage, rotate), started by
// trello-onboard with the same arguments.
int main(int argc, char *argv[])
{
    StandardStreams::guard();
    GuiLauncher::rememberInheritedDescriptors();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trello-onboard"));
    Translations::install();
    QApplication::setApplicationDisplayName(QObject::tr("Trello Onboard"));
    QApplication::setApplicationVersion(QStringLiteral(TRELLO_ONBOARD_VERSION));

    // This process image replaced the one that showed the consent page.
    const QStringList arguments = QApplication::arguments();
    QJsonObject handedOver;
    if (GuiLauncher::handedOver(arguments, ResumeStoredOption, &handedOver)
        || GuiLauncher::handedOver(arguments, ResumeRotatedOption, &handedOver))
        return resume(app, arguments, handedOver);

    Invocation invocation;
    if (const Error e = Invocation::parse(arguments.mid(1), &invocation)) {
        StandardStreams::say(e.message());
        return e.exitCode();
    }

    sandbox::SandboxServer sandbox;
    SetupOptions options = invocation.setup;
    Workspace workspace = Workspace::real();
    if (invocation.demo) {
        if (!sandbox.listen()) {
            StandardStreams::say(QStringLiteral("the demo sandbox could not listen on 127.0.0.1."));
            return Error::exitCodeOf(ErrorKind::Network);
        }
        workspace = Workspace::demo(sandbox.apiRoot());
        if (!options.isGiven(QStringLiteral("key")))
            options.request.apiKey = sandbox::SandboxServer::demoKey();
        if (!options.isGiven(QStringLiteral("authorize-url")))
            options.request.authorizeUrl = sandbox.authorizeUrl();
        // OAuth 2.0 consent at the sandbox too (its token endpoint: Workspace::tokenUrlFor). The
        // demo client id is offered on the Welcome page, as the demo key is filled in.
        if (!options.isGiven(QStringLiteral("oauth-authorize-url")))
            options.oauth.authorizeUrl = sandbox.oauthAuthorizeUrl();
    }
    const QString suggestedClientId = invocation.demo ? sandbox::SandboxServer::demoClientId() : QString();
    const QStringList flags = flagsOf(invocation.demo, invocation.json);

    // First, a store, removal or rotation that a crash or kill cut short is completed, finished or
    // rolled back, so that the keychain and the settings file agree before any window reads them.
    std::unique_ptr<SetupController> controller;
    std::unique_ptr<SetupWizard> wizard;
    std::unique_ptr<AccountsWindow> accounts;
    std::unique_ptr<RotateDialog> rotateDialog;
    std::optional<Outcome> early; // an outcome before any window (autostart, an unknown account)
    ChangeRecovery recovery(workspace);
    QObject::connect(&recovery, &Job::finished, &app, [&] {
        SettingsFile settings(workspace.settingsPath());
        const Error loadError = settings.load();
        const QString &command = invocation.command;
        // Autostart: nothing to do when an account exists (also one an interrupted setup left).
        if (invocation.firstRun && !loadError && !settings.accounts().isEmpty()) {
            early = Outcome::success(QStringLiteral("exists")).withWorkspace(workspace);
            QCoreApplication::exit(0);
            return;
        }
        if (command == QLatin1String("rotate")) {
            Account account;
            if (const Error e = loadError ? loadError : settings.resolve(invocation.account, &account)) {
                StandardStreams::say(e.message());
                early = Outcome::failure(e);
                QCoreApplication::exit(e.exitCode());
                return;
            }
            SetupOptions rotateOptions = account.setupOptions().overlaid(invocation.setup);
            if (invocation.demo && !invocation.setup.isGiven(QStringLiteral("authorize-url")))
                rotateOptions.request.authorizeUrl = sandbox.authorizeUrl();
            if (invocation.demo && !invocation.setup.isGiven(QStringLiteral("oauth-authorize-url")))
                rotateOptions.oauth.authorizeUrl = sandbox.oauthAuthorizeUrl();
            rotateDialog = std::make_unique<RotateDialog>(workspace, account, rotateOptions);
            rotateDialog->setCloseWhenDone(invocation.closeWhenDone);
            if (!invocation.closeWhenDone) {
                // Installer mode exits right after the rotation anyway; a person goes on to its
                // outcome, in a fresh image without the web engine.
                QObject::connect(rotateDialog.get(), &RotateDialog::rotated, &app, [&] {
                    GuiLauncher::handOver(ResumeRotatedOption,
                                          {{QStringLiteral("account"), shownAccount(rotateDialog->rotatedAccount())},
                                           {QStringLiteral("oldTokenRevoked"), rotateDialog->oldTokenRevoked()},
                                           {QStringLiteral("revokeProblem"), rotateDialog->revokeProblem()},
                                           {QStringLiteral("webhooks"), rotateDialog->webhookOutcome()}},
                                          flags);
                    StandardStreams::say(QStringLiteral("continuing in this process."));
                });
            }
            rotateDialog->show();
            rotateDialog->startAtConsent();
            return;
        }
        // No command: the accounts screen when an account is stored (or the settings file cannot
        // be read: the screen says why, and the wizard could not record an account anyway), else
        // the setup wizard.
        if (command == QLatin1String("manage") || (command.isEmpty() && (loadError || !settings.accounts().isEmpty()))) {
            accounts = std::make_unique<AccountsWindow>(workspace, options);
            accounts->setSuggestedClientId(suggestedClientId);
            if (!recovery.reports().isEmpty())
                accounts->showMessage(0, recovery.reports().join(QLatin1Char(' ')));
            accounts->show();
            return;
        }
        controller = std::make_unique<SetupController>(workspace, options);
        controller->setSuggestedClientId(suggestedClientId);
        wizard = std::make_unique<SetupWizard>(controller.get());
        wizard->setCloseWhenDone(invocation.closeWhenDone);
        if (!invocation.closeWhenDone) {
            // Installer mode exits right after the store anyway; a person goes on to the Done page.
            // An OAuth 2.0 setup hands over the same way: by then the code has been exchanged and
            // the grant stored, so only the account's record (no code, verifier or token) goes
            // through the pipe, exactly as for a Trello token.
            QObject::connect(controller.get(), &SetupController::stateChanged, &app, [&](SetupController::State state) {
                if (state != SetupController::State::Stored)
                    return;
                const SetupOptions &given = controller->options();
                const QJsonObject expiryWarnings{{QStringLiteral("on"), given.expiryWarnings},
                                                 {QStringLiteral("locked"), given.isLocked(QStringLiteral("expiry-warnings"))}};
                GuiLauncher::handOver(ResumeStoredOption,
                                      {{QStringLiteral("account"), shownAccount(controller->account())},
                                       {QStringLiteral("expiryWarnings"), expiryWarnings}},
                                      flags);
                StandardStreams::say(QStringLiteral("continuing in this process."));
            });
        }
        wizard->show();
    });
    recovery.start();
    const int loopCode = app.exec();
    std::optional<Outcome> outcome = early;
    if (rotateDialog) {
        outcome = rotateDialog->outcome();
        // For scripts: what went wrong, or that the old token could not be revoked (never a token).
        const QJsonObject json = outcome->toJson();
        if (json.contains(QStringLiteral("message")))
            StandardStreams::say(json.value(QStringLiteral("message")).toString());
    } else if (wizard) {
        outcome = controller->outcome();
        // Installer mode never shows the Done page, whose box would have done it: "expiry-warnings
        // = on" turns the daily check on here, once the account is stored (not for the demo).
        if (invocation.closeWhenDone && controller->state() == SetupController::State::Stored
            && controller->options().expiryWarnings && !workspace.isDemo())
            turnOnDailyCheck();
    }
    if (!outcome)
        return loopCode;
    return invocation.json ? printOutcome(*outcome) : outcome->exitCode();
}
