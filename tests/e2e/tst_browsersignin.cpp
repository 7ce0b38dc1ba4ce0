#include "DevToolsClient.h"
#include "ProgramRun.h"
#include "RunKeychainJob.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace onboard;
using namespace onboard::test;

// Sign-in in the person's own browser, end to end: `trello-onboard setup --sign-in browser
// --close-when-done --json` against the sandbox Trello (a process of its own), with Debian's
// chromium as the person's browser, started by the program through xdg-open and driven from here
// through its DevTools endpoint: "Continue to Trello" on the receiver's page, then Allow or Deny on
// the consent page in the window it opened. Afterwards the token is in the keychain and nowhere
// else: not in any file under the session (the browser's profile, history, session and cache
// included), not in anything printed.
class TestBrowserSignIn : public QObject
{
    Q_OBJECT

    static constexpr auto Key = "5a4d0e5b6c7d8e9f0a1b2c3d4e5f6a7b";
    // Chromium writes its session (every open tab's addresses, fragments included) every few
    // seconds; each case lets it do so before looking, so the search finds what a person's
    // profile would hold.
    static constexpr int BrowserSavesMs = 6000;
    QProcess m_sandbox;
    QUrl m_api;
    quint16 m_returnPort = 0;
    quint16 m_devToolsPort = 0;
    QString m_profile;

    QString returnUrl() const { return QStringLiteral("http://localhost:%1/trello-onboard/callback").arg(m_returnPort); }

    QStringList setupArguments() const
    {
        return {QStringLiteral("setup"),        QStringLiteral("--key"),         QString::fromLatin1(Key),
                QStringLiteral("--api-host"),   m_api.toString() + QStringLiteral("/1"),
                QStringLiteral("--authorize-url"), m_api.toString() + QStringLiteral("/1/authorize"),
                QStringLiteral("--return-url"), returnUrl(),           QStringLiteral("--sign-in"),
                QStringLiteral("browser"),      QStringLiteral("--close-when-done"), QStringLiteral("--json")};
    }

    // Runs `expression` in the browser's page whose address contains `urlPart` once it has loaded
    // and `ready` holds there; true when it ran.
    bool runInPage(const QString &urlPart, const QString &ready, const QString &expression) const
    {
        const QString guarded = QStringLiteral("(document.readyState === 'complete' && (%1)) ? ((%2), 'ran') : 'wait'")
                                    .arg(ready, expression);
        return QTest::qWaitFor([&] { return DevToolsClient(m_devToolsPort).evaluateIn(urlPart, guarded).contains("\"ran\""); },
                               WaitMs);
    }

    QString pageText(const QString &urlPart) const
    {
        const QByteArray answer = DevToolsClient(m_devToolsPort).evaluateIn(urlPart, QStringLiteral("document.body.innerText"));
        return QString::fromUtf8(answer);
    }

    static int quietly(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(WaitMs) ? process.exitCode() : -1;
    }

    // The browser ends as a person's does (its history and session are written on the way out);
    // one that does not within the bound is killed. Each case starts with none running: a
    // headless Chromium does not hand a second start over to the running one.
    void stopBrowser()
    {
        const QStringList ours{QStringLiteral("-f"), QStringLiteral("user-data-dir=") + m_profile};
        quietly(QStringLiteral("pkill"), QStringList{QStringLiteral("-TERM")} + ours);
        if (!QTest::qWaitFor([&] { return quietly(QStringLiteral("pgrep"), ours) != 0; }, WaitMs / 3))
            quietly(QStringLiteral("pkill"), QStringList{QStringLiteral("-KILL")} + ours);
        QTest::qWaitFor([&] { return quietly(QStringLiteral("pgrep"), ours) != 0; }, WaitMs / 3);
    }

    // Every place under the session holding `secret`, as UTF-8 or as UTF-16 (Chromium keeps
    // page titles so).
    static QStringList placesHolding(const QString &secret)
    {
        QStringList places = filesContaining(sessionRoot(), secret.toUtf8());
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        places += filesContaining(sessionRoot(), utf16);
        return places;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandbox Trello, allowing the return URL's origin of this test (a free port).
        m_returnPort = DevToolsClient::freePort();
        m_sandbox.setProgram(qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-sandbox"));
        m_sandbox.setArguments({QStringLiteral("--allow-origin"), QStringLiteral("http://localhost:%1").arg(m_returnPort),
                                QStringLiteral("--allow-origin"), QStringLiteral("http://127.0.0.1:%1").arg(m_returnPort)});
        m_sandbox.start();
        QVERIFY(m_sandbox.waitForStarted(WaitMs));
        QVERIFY(QTest::qWaitFor([&] { return m_sandbox.canReadLine(); }, WaitMs));
        m_api = QUrl(QString::fromLatin1(m_sandbox.readLine().trimmed().mid(qstrlen("listening "))));
        QVERIFY(m_api.isValid());

        // The person's browser: xdg-open finds it as the default http handler (and as BROWSER).
        m_devToolsPort = DevToolsClient::freePort();
        m_profile = sessionRoot() + QStringLiteral("/home/browser-profile");
        const QString launcher = QStringLiteral(TRELLO_ONBOARD_SOURCE_DIR "/tests/support/test-browser.sh");
        const QString applications = sessionRoot() + QStringLiteral("/home/.local/share/applications");
        QVERIFY(QDir().mkpath(applications));
        QFile desktop(applications + QStringLiteral("/test-browser.desktop"));
        QVERIFY(desktop.open(QIODevice::WriteOnly));
        desktop.write("[Desktop Entry]\nType=Application\nName=Test browser\nExec=" + launcher.toUtf8()
                      + " %u\nMimeType=x-scheme-handler/http;x-scheme-handler/https;text/html;\n");
        desktop.close();
        QFile handlers(sessionRoot() + QStringLiteral("/home/.config/mimeapps.list"));
        QVERIFY(handlers.open(QIODevice::WriteOnly));
        handlers.write("[Default Applications]\nx-scheme-handler/http=test-browser.desktop\n"
                       "x-scheme-handler/https=test-browser.desktop\ntext/html=test-browser.desktop\n");
        handlers.close();
        qputenv("BROWSER", launcher.toUtf8());
        qputenv("TRELLO_TEST_BROWSER_PROFILE", m_profile.toUtf8());
        qputenv("TRELLO_TEST_BROWSER_PORT", QByteArray::number(m_devToolsPort));
    }

    void cleanup()
    {
        stopBrowser();
    }

    void cleanupTestCase()
    {
        m_sandbox.closeWriteChannel(); // it ends when its stdin closes
        if (!m_sandbox.waitForFinished(WaitMs))
            m_sandbox.kill();
    }

    void allowInTheBrowserStoresTheToken()
    {
        const ProgramRun run(setupArguments());
        QProcess process;
        run.start(process);
        // The receiver's page, opened by the program in the browser; "Continue to Trello" opens
        // the consent page in a window of its own.
        QVERIFY(runInPage(QStringLiteral("/trello-onboard/sign-in"), QStringLiteral("document.getElementById('continue')"),
                          QStringLiteral("document.getElementById('continue').click()")));
        QVERIFY(runInPage(QStringLiteral("/1/authorize"), QStringLiteral("document.getElementById('allow')"),
                          QStringLiteral("document.getElementById('allow').click()")));
        const ProgramRun::Result result = run.finish(process);
        QVERIFY2(result.exitCode == 0, result.describe());
        const QJsonObject json = QJsonDocument::fromJson(result.out.trimmed()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        const QString accountId = json.value(QStringLiteral("accountId")).toString();

        // The page tells the person to return.
        QTRY_VERIFY_WITH_TIMEOUT(pageText(QStringLiteral("/trello-onboard/sign-in")).contains(QLatin1String("return to trello-onboard")), WaitMs);

        const KeychainAnswer stored = runKeychainJob(KeychainJob::Operation::Read, KeychainJob::serviceName(false), accountId);
        QVERIFY2(!stored.error && !stored.token.isEmpty(), qPrintable(stored.error.message()));
        const QString token = stored.token;
        QTest::qWait(BrowserSavesMs);
        stopBrowser();
        // The browser really kept what it visited (so the search below searched something).
        QVERIFY(!filesContaining(m_profile, "/trello-onboard/sign-in").isEmpty());
        QCOMPARE(placesHolding(token), QStringList());
        QVERIFY(!result.out.contains(token.toUtf8()) && !result.err.contains(token.toUtf8()));
    }

    void denyInTheBrowserExits1()
    {
        const ProgramRun run(setupArguments());
        QProcess process;
        run.start(process);
        QVERIFY(runInPage(QStringLiteral("/trello-onboard/sign-in"), QStringLiteral("document.getElementById('continue')"),
                          QStringLiteral("document.getElementById('continue').click()")));
        QVERIFY(runInPage(QStringLiteral("/1/authorize"), QStringLiteral("document.getElementById('deny')"),
                          QStringLiteral("document.getElementById('deny').click()")));
        const ProgramRun::Result result = run.finish(process);
        QVERIFY2(result.exitCode == 1, result.describe());
        QCOMPARE(QJsonDocument::fromJson(result.out.trimmed()).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("denied"));
    }

    // The consent window taken elsewhere: the same consent page, but from another origin (the
    // sandbox under "localhost" instead of "127.0.0.1"), answers the opener with a real token. The
    // receiver's page takes messages only from the consent page's origin: the token is not taken,
    // and the window closing without an answer ends the attempt as declined.
    void aMessageFromAnotherOriginIsNotTaken()
    {
        QFile settings(sessionRoot() + QStringLiteral("/home/.config/trello-onboard/accounts.json"));
        const QByteArray before = settings.open(QIODevice::ReadOnly) ? settings.readAll() : QByteArray();
        settings.close();
        const ProgramRun run(setupArguments());
        QProcess process;
        run.start(process);
        QVERIFY(runInPage(QStringLiteral("/trello-onboard/sign-in"), QStringLiteral("document.getElementById('continue')"),
                          QStringLiteral("document.getElementById('continue').click()")));
        const QString elsewhere = QStringLiteral("location.href = location.href.replace('//127.0.0.1:', '//localhost:')");
        QVERIFY(runInPage(QStringLiteral("127.0.0.1:%1/1/authorize").arg(m_api.port()),
                          QStringLiteral("document.getElementById('allow')"), elsewhere));
        QVERIFY(runInPage(QStringLiteral("localhost:%1/1/authorize").arg(m_api.port()),
                          QStringLiteral("document.getElementById('allow')"),
                          QStringLiteral("document.getElementById('allow').click()")));
        const ProgramRun::Result result = run.finish(process);
        QVERIFY2(result.exitCode == 1, result.describe());
        QCOMPARE(QJsonDocument::fromJson(result.out.trimmed()).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("denied"));
        QVERIFY(settings.open(QIODevice::ReadOnly) || before.isEmpty());
        QCOMPARE(settings.readAll(), before); // nothing stored
    }

    // The evidence for postMessage: the same consent in the same browser, answered the other way
    // Trello offers (return_url#token=…, to a page that answers, as any program's would), leaves
    // the token in the browser's profile on disk.
    void aTokenInTheAddressWouldStayInTheProfile()
    {
        QProcess returnPage;
        returnPage.setWorkingDirectory(sessionRoot());
        returnPage.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-m"), QStringLiteral("http.server"),
                                                              QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                                              QString::number(m_returnPort)});
        QVERIFY(returnPage.waitForStarted(WaitMs));
        const QString fragmentReturn = QStringLiteral("http://127.0.0.1:%1/").arg(m_returnPort);
        QUrl consent(m_api.toString() + QStringLiteral("/1/authorize"));
        consent.setQuery(QStringLiteral("key=%1&name=evidence&scope=read&expiration=1hour&response_type=token"
                                        "&callback_method=fragment&return_url=%2")
                             .arg(QString::fromLatin1(Key), QString::fromLatin1(QUrl::toPercentEncoding(fragmentReturn))));
        QVERIFY(QProcess::startDetached(qEnvironmentVariable("BROWSER"), {consent.toString(QUrl::FullyEncoded)}));
        QVERIFY(runInPage(QStringLiteral("name=evidence"), QStringLiteral("document.getElementById('allow')"),
                          QStringLiteral("document.getElementById('allow').click()")));
        QString token;
        QVERIFY(QTest::qWaitFor([&] {
            for (const QJsonValue &page : DevToolsClient(m_devToolsPort).pages()) {
                const QString url = page.toObject().value(QStringLiteral("url")).toString();
                const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("#token=([0-9A-Za-z]+)")).match(url);
                if (match.hasMatch())
                    token = match.captured(1);
            }
            return !token.isEmpty();
        }, WaitMs));
        QVERIFY(runInPage(QStringLiteral("#token="), QStringLiteral("true"), QStringLiteral("0")));
        QTest::qWait(BrowserSavesMs);
        stopBrowser();
        returnPage.kill();
        returnPage.waitForFinished(WaitMs);
        const QStringList places = placesHolding(token);
        QVERIFY2(!places.isEmpty(), "the fragment answer left no trace: the evidence is gone");
        qInfo() << "the fragment answer's token was left in:" << places;
    }
};

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
