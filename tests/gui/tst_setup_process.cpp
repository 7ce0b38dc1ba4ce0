#include "accounts/SettingsFile.h"
#include "DevToolsClient.h"
#include "RunKeychainJob.h"
#include "SandboxServer.h"
#include "StandInSystemctl.h"
#include "TestSupport.h"
#include "WindowProcess.h"
#include "keychain/KeychainJob.h"
#include "oauth/OAuthGrant.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;
using namespace onboard::test;
using onboard::sandbox::SandboxServer;

// The installed layout as a process: `trello-onboard setup --demo --close-when-done --json`, the
// consent page approved from outside through Chromium's DevTools endpoint (switched on by an
// environment variable of the test only), then the exit code, the JSON and the keychain.
class TestSetupProcess : public QObject
{
    Q_OBJECT

    // Starts `trello-onboard setup --demo --close-when-done --json` and presses the consent page's
    // button `buttonId` through Chromium's DevTools endpoint.
    static bool startAndPress(QProcess *process, const QString &buttonId, QByteArray *clicked)
    {
        return DevToolsClient::startAndPressInConsentPage(
            process, qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard"),
            {QStringLiteral("setup"), QStringLiteral("--demo"), QStringLiteral("--close-when-done"), QStringLiteral("--json")},
            buttonId, clicked);
    }

    static QString AccountRegistryPathForDemo()
    {
        return sessionRoot() + QStringLiteral("/home/.config/trello-onboard/accounts-demo.json");
    }

private Q_SLOTS:
    void closeWhenDoneAfterDenyExits1()
    {
        QProcess process;
        QByteArray clicked;
        QVERIFY(startAndPress(&process, QStringLiteral("deny"), &clicked));
        QVERIFY(process.waitForFinished(WaitMs));
        QCOMPARE(process.exitCode(), 1);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("denied"));
        QVERIFY(!QFile::exists(AccountRegistryPathForDemo()));
    }

    void closeWhenDoneAfterAllowPrintsJson()
    {
        QProcess process;
        QByteArray clicked;
        QVERIFY(startAndPress(&process, QStringLiteral("allow"), &clicked));
        QVERIFY(process.waitForFinished(WaitMs));
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 0);

        const QJsonObject json = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        QCOMPARE(json.value(QStringLiteral("keychainService")).toString(), QStringLiteral("trello-onboard-demo"));
        const QString accountId = json.value(QStringLiteral("accountId")).toString();
        QVERIFY(!accountId.isEmpty());
        QVERIFY(!json.value(QStringLiteral("username")).toString().isEmpty());

        KeychainJob job(KeychainJob::Operation::Read, QStringLiteral("trello-onboard-demo"), accountId);
        QSignalSpy finished(&job, &KeychainJob::finished);
        job.start();
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(!job.error(), qPrintable(job.error().message()));
        const QByteArray token = job.token().toUtf8();
        QVERIFY(!token.isEmpty());
        QVERIFY(!out.contains(token));
        QVERIFY(!err.contains(token));
        const QStringList hits = filesContaining(sessionRoot(), token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

        // --first-run now finds the account and exits at once, with no window.
        QProcess firstRun;
        firstRun.start(qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard"),
                       {QStringLiteral("--demo"), QStringLiteral("--first-run")});
        QVERIFY(firstRun.waitForFinished(WaitMs));
        QCOMPARE(firstRun.exitCode(), 0);
    }

    // An OAuth 2.0 account set up as a process: --client-id, the sandbox's consent, the code
    // exchanged and the grant stored; Deny stores nothing.
    void oauthSetupAsAProcess()
    {
        const QString program = qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard");
        const QStringList arguments{QStringLiteral("setup"), QStringLiteral("--demo"), QStringLiteral("--client-id"),
                                    QStringLiteral("trelloOnboardDemoClient000000001"), QStringLiteral("--close-when-done"),
                                    QStringLiteral("--json")};
        QProcess denied;
        QByteArray clicked;
        QVERIFY(DevToolsClient::startAndPressInConsentPage(&denied, program, arguments, QStringLiteral("deny"), &clicked));
        QVERIFY(denied.waitForFinished(WaitMs));
        QCOMPARE(denied.exitCode(), 1);

        QProcess process;
        clicked.clear();
        QVERIFY(DevToolsClient::startAndPressInConsentPage(&process, program, arguments, QStringLiteral("allow"), &clicked));
        const bool ended = process.waitForFinished(WaitMs);
        QVERIFY2(ended, process.readAllStandardError().constData());
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, (out + err).constData());
        const QJsonObject json = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("oauth2"));
        const QString accountId = json.value(QStringLiteral("accountId")).toString();
        QVERIFY2(accountId.startsWith(QLatin1String("oauth:trelloOnboardDemoClient000000001:")), qPrintable(accountId));

        KeychainJob job(KeychainJob::Operation::Read, QStringLiteral("trello-onboard-demo"), accountId);
        QSignalSpy finished(&job, &KeychainJob::finished);
        job.start();
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(!job.error(), qPrintable(job.error().message()));
        OAuthGrant grant;
        QVERIFY(!OAuthGrant::fromText(job.token(), &grant));
        for (const QString &secret : {grant.accessToken, grant.refreshToken}) {
            QVERIFY(!secret.isEmpty());
            QVERIFY(!out.contains(secret.toLatin1()) && !err.contains(secret.toLatin1()));
            const QStringList hits = filesContaining(sessionRoot(), secret.toLatin1());
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        }
        // The demo's own token command hands out the access token.
        QProcess token;
        token.start(program, {QStringLiteral("token"), QStringLiteral("--demo"), QStringLiteral("--account"), accountId});
        QVERIFY(token.waitForFinished(WaitMs));
        QCOMPARE(token.readAllStandardOutput(), grant.accessToken.toLatin1() + '\n');
    }

    void onWaylandTheConsentPageIsShownAndAllowed()
    {
        // Under a Wayland compositor (session.sh --wayland) the windows are Wayland's own: no X
        // server exists. The screen is taken with the compositor's screenshooter while the consent
        // page shows, kept next to the build for a person to look at, and checked for content.
        if (qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            QSKIP("needs a Wayland session (session.sh --wayland)");
        QCOMPARE(qEnvironmentVariable("QT_QPA_PLATFORM"), QStringLiteral("wayland"));
        QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
        const quint16 port = DevToolsClient::freePort();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"), QStringLiteral("127.0.0.1:%1").arg(port));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard"),
                      {QStringLiteral("setup"), QStringLiteral("--demo"), QStringLiteral("--close-when-done"), QStringLiteral("--json")});
        const auto inPage = [port](const QString &expression) {
            return DevToolsClient(port).evaluateIn(QStringLiteral("/1/authorize"), expression);
        };
        QTRY_VERIFY_WITH_TIMEOUT(inPage(QStringLiteral("document.readyState === 'complete' && !!document.getElementById('allow') "
                                                       "? 'ready' : 'wait'"))
                                     .contains("ready"),
                                 WaitMs);
        QTest::qWait(1000); // painted, and the load bar's half second over

        const QString shots = sessionRoot() + QStringLiteral("/shots");
        QVERIFY(QDir().mkpath(shots));
        QProcess shooter;
        shooter.setWorkingDirectory(shots);
        shooter.start(QStringLiteral("weston-screenshooter"), {});
        QVERIFY(shooter.waitForFinished(WaitMs) && shooter.exitCode() == 0);
        const QStringList taken = QDir(shots).entryList({QStringLiteral("*.png")});
        QCOMPARE(taken.size(), 1);
        const QImage screen(shots + QLatin1Char('/') + taken.first());
        QCOMPARE(screen.size(), QSize(1280, 900));
        QSet<QRgb> colours; // the page, its text and buttons: many colours, not a blank screen
        for (int y = 0; y < screen.height(); y += 7)
            for (int x = 0; x < screen.width(); x += 7)
                colours.insert(screen.pixel(x, y));
        QVERIFY2(colours.size() > 50, QByteArray::number(colours.size()).constData());
        const QString kept = qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/../wayland-consent.png");
        QFile::remove(kept);
        QVERIFY(QFile::copy(shots + QLatin1Char('/') + taken.first(), kept));
        qInfo("the screen under Wayland: %s", qPrintable(QFileInfo(kept).canonicalFilePath()));

        QVERIFY(inPage(QStringLiteral("document.getElementById('allow').click(), 'clicked'")).contains("clicked"));
        QVERIFY(process.waitForFinished(WaitMs));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
    }

    void aPersonsSetupContinuesInAFreshProcessWithoutTheWebEngine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("setup") << QStringList{QStringLiteral("setup"), QStringLiteral("--demo"), QStringLiteral("--json")};
        QTest::newRow("no command") << QStringList{QStringLiteral("--demo"), QStringLiteral("--json")};
        QTest::newRow("autostart") << QStringList{QStringLiteral("--demo"), QStringLiteral("--first-run"), QStringLiteral("--json")};
    }

    void aPersonsSetupContinuesInAFreshProcessWithoutTheWebEngine()
    {
        // Not installer mode: after capture and store the window program replaces itself (same
        // process id) with a fresh image at the Done page; the web engine's processes end, no
        // argument or environment variable of the new image holds the token, and closing the
        // Done page ends with exit 0 and one "stored" outcome.
        QFETCH(QStringList, arguments);
        const QString program = qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(), "xdotool: packaging/install-deps.sh");
        QProcess forget;
        forget.start(program, {QStringLiteral("forget"), QStringLiteral("--demo")});
        QVERIFY(forget.waitForFinished(WaitMs));
        QFile::remove(AccountRegistryPathForDemo());

        QProcess process;
        QByteArray clicked;
        QVERIFY(DevToolsClient::startAndPressInConsentPage(&process, program, arguments, QStringLiteral("allow"), &clicked));
        const qint64 pid = process.processId();
        const auto readProc = [pid](const char *what) { return WindowProcess::procFile(pid, what); };
        QTRY_VERIFY_WITH_TIMEOUT(readProc("cmdline").contains("--resume-stored"), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(WindowProcess::descendantsRunning(pid, "QtWebEngineProcess").isEmpty(), WaitMs);

        SettingsFile registry(AccountRegistryPathForDemo());
        QVERIFY(!registry.load());
        QCOMPARE(registry.accounts().size(), 1);
        const QString accountId = registry.accounts().first().id();
        const QByteArray token =
            runKeychainJob(KeychainJob::Operation::Read, QStringLiteral("trello-onboard-demo"), accountId).token.toUtf8();
        QVERIFY(!token.isEmpty());
        QVERIFY(!readProc("cmdline").contains(token));
        QVERIFY(!readProc("environ").contains(token));

        // Return on the Done page presses Finish.
        const WindowProcess::Ended ended = WindowProcess::pressReturnUntilItExits(process);
        QVERIFY2(ended.normalExit && ended.exitCode == 0, ended.err.constData());
        const QByteArray &out = ended.out;
        const QByteArray &err = ended.err;
        const QList<QByteArray> lines = ended.outLines();
        QCOMPARE(lines.size(), 1); // one outcome, printed by the fresh image only
        const QJsonObject json = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        QCOMPARE(json.value(QStringLiteral("accountId")).toString(), accountId);
        QVERIFY(!out.contains(token) && !err.contains(token));
        QVERIFY(filesContaining(sessionRoot(), token).isEmpty());
    }

    void theManagedConfigTurnsTheDailyCheckOn_data()
    {
        QTest::addColumn<bool>("installerMode");
        QTest::newRow("a person: the Done page, after the hand-over") << false;
        QTest::newRow("an installer: --close-when-done, no Done page") << true;
    }

    void theManagedConfigTurnsTheDailyCheckOn()
    {
        // An administrator's "expiry-warnings = on", locked: a setup (a real profile, at this
        // test's sandbox) stores the account and turns the daily check on: a person's on the Done
        // page of the fresh image it hands over to, an installer's before the program exits.
        // systemctl is a stand-in that records its calls: a container has no user systemd.
        QFETCH(bool, installerMode);
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        // Each systemctl call takes a second here: a Done page closed at once must still complete it.
        StandInSystemctl systemctl;
        QVERIFY(systemctl.install({1, 0, 1}));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString systemConfig = dir.filePath(QStringLiteral("xdg/trello-onboard/trello-onboard.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(systemConfig).path()));
        {
            QFile config(systemConfig);
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write("expiry-warnings = on\nlocked = expiry-warnings\n");
        }
        qputenv("XDG_CONFIG_DIRS", QFile::encodeName(dir.filePath(QStringLiteral("xdg"))));
        const auto restore = qScopeGuard([] { qunsetenv("XDG_CONFIG_DIRS"); });

        const QString program = qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard");
        QStringList arguments{QStringLiteral("setup"), QStringLiteral("--key"), SandboxServer::demoKey(),
                              QStringLiteral("--api-host"), sandbox.apiRoot().toString(), QStringLiteral("--authorize-url"),
                              sandbox.authorizeUrl().toString(), QStringLiteral("--json")};
        if (installerMode)
            arguments << QStringLiteral("--close-when-done");
        QProcess process;
        QByteArray clicked;
        const bool pressed = DevToolsClient::startAndPressInConsentPage(&process, program, arguments, QStringLiteral("allow"), &clicked);
        if (!pressed) {
            process.kill();
            process.waitForFinished(WaitMs);
        }
        QVERIFY2(pressed, process.readAllStandardError().constData());
        QByteArray out;
        if (installerMode) {
            QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, WaitMs);
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     process.readAllStandardError().constData());
            QCOMPARE(systemctl.calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"));
            out = process.readAllStandardOutput();
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(WindowProcess::procFile(process.processId(), "cmdline").contains("--resume-stored"), WaitMs);
            // Return presses Finish at once, before systemctl is through.
            const WindowProcess::Ended ended = WindowProcess::pressReturnUntilItExits(process);
            QVERIFY2(ended.normalExit && ended.exitCode == 0, ended.err.constData());
            QCOMPARE(systemctl.calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"));
            out = ended.out;
        }
        const QString accountId = QJsonDocument::fromJson(out.trimmed()).object().value(QStringLiteral("accountId")).toString();
        QVERIFY2(!accountId.isEmpty(), out.constData());
        QProcess forget;
        forget.start(program, {QStringLiteral("forget"), QStringLiteral("--account"), accountId});
        QVERIFY(forget.waitForFinished(WaitMs));
        QCOMPARE(forget.exitCode(), 0);
    }

    void killedWhileStoringIsCompletedAtTheNextStart()
    {
        // The wizard is killed (SIGKILL) after the keychain write and before the settings file;
        // the next start of any command completes the store from the record of unfinished changes.
        const QString program = qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard");
        QProcess forget;
        forget.start(program, {QStringLiteral("forget"), QStringLiteral("--demo")});
        QVERIFY(forget.waitForFinished(WaitMs));
        QFile::remove(AccountRegistryPathForDemo());

        qputenv("TRELLO_ONBOARD_TEST_KILL_AT", "store:after-keychain-write");
        QProcess process;
        QByteArray clicked;
        const bool pressed = startAndPress(&process, QStringLiteral("allow"), &clicked);
        qunsetenv("TRELLO_ONBOARD_TEST_KILL_AT");
        QVERIFY(pressed);
        QVERIFY(process.waitForFinished(WaitMs));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QVERIFY(!QFile::exists(AccountRegistryPathForDemo()));

        // Autostart's --first-run completes it first, then finds the account: no window, exit 0.
        QProcess firstRun;
        firstRun.start(program, {QStringLiteral("--demo"), QStringLiteral("--first-run")});
        QVERIFY(firstRun.waitForFinished(WaitMs));
        QCOMPARE(firstRun.exitCode(), 0);

        QProcess status;
        status.start(program, {QStringLiteral("status"), QStringLiteral("--demo"), QStringLiteral("--json")});
        QVERIFY(status.waitForFinished(WaitMs));
        const QByteArray err = status.readAllStandardError();
        QVERIFY2(status.exitCode() == 0, err.constData());
        SettingsFile registry(AccountRegistryPathForDemo());
        QVERIFY(!registry.load());
        QCOMPARE(registry.accounts().size(), 1);

        const QByteArray token =
            runKeychainJob(KeychainJob::Operation::Read, QStringLiteral("trello-onboard-demo"), registry.accounts().first().id())
                .token.toUtf8();
        QVERIFY(!token.isEmpty());
        QVERIFY(!err.contains(token) && !status.readAllStandardOutput().contains(token));
        QVERIFY(!process.readAllStandardOutput().contains(token) && !process.readAllStandardError().contains(token));
        QVERIFY(filesContaining(sessionRoot(), token).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSetupProcess)
#include "tst_setup_process.moc"
