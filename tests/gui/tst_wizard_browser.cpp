#include "DevToolsClient.h"
#include "RawHttp.h"
#include "WizardHarness.h"

#include <QDesktopServices>
#include <QDir>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>

using namespace onboard;
using namespace onboard::test;

// The wizard's consent page with sign-in in the person's browser. The browser here is the test
// itself: it registers as the handler of http addresses (Qt's own hook), so it sees what the
// program opens, and answers the receiver as the receiver's page in a browser does. The real
// browser (chromium, through xdg-open) is e2e_browsersignin's; this test is about the window: what
// it says while it waits, and how Allow, Deny, a malformed answer, Cancel, "Paste a token
// instead" and a port in use end.
class TestWizardBrowser : public QObject
{
    Q_OBJECT

    QList<QUrl> m_opened; // what the program asked the browser to open
    quint16 m_port = 0;

    void startIn(WizardRun &run, bool browserFirst = true)
    {
        m_port = DevToolsClient::freePort();
        run.extraOptions = {{QStringLiteral("return-url"),
                             QStringLiteral("http://localhost:%1/trello-onboard/callback").arg(m_port)}};
        if (browserFirst)
            run.extraOptions.append({QStringLiteral("sign-in"), QStringLiteral("browser")});
        QVERIFY(run.start());
        run.sandbox.setAllowedOrigins({QStringLiteral("http://localhost:%1").arg(m_port)});
    }

    QWidget *widget(const WizardRun &run, const char *name) const
    {
        return run.wizard->findChild<QWidget *>(QLatin1String(name));
    }

    QString labelText(const WizardRun &run, const char *name) const
    {
        const QLabel *label = run.wizard->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }

    // The answer the receiver's page relays, sent as the page sends it.
    int answer(const QJsonObject &body) const
    {
        QJsonObject withState = body;
        const QUrl page = m_opened.isEmpty() ? QUrl() : m_opened.constLast();
        withState.insert(QStringLiteral("state"), QUrlQuery(page).queryItemValue(QStringLiteral("state")));
        const QByteArray json = QJsonDocument(withState).toJson(QJsonDocument::Compact);
        return rawHttpStatus(rawHttpExchange(m_port, receiverAnswerRequest(m_port, json, "http://localhost:" + QByteArray::number(m_port))));
    }

    static void screenshot(const WizardRun &run, const QString &name)
    {
        const QString shots = qEnvironmentVariable("TRELLO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            run.wizard->grab().save(QDir(shots).filePath(name));
    }

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    }

    void init() { m_opened.clear(); }

    void cleanup()
    {
        QFile::remove(sessionRoot() + QStringLiteral("/home/wizard-accounts.json"));
    }

    void allowInTheBrowserIsStored()
    {
        WizardRun run;
        startIn(run);
        QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), WaitMs);
        const QUrl page = m_opened.constLast();
        QCOMPARE(page.host(), QStringLiteral("localhost"));
        QCOMPARE(page.port(), int(m_port));
        QCOMPARE(page.path(), QStringLiteral("/trello-onboard/sign-in"));
        QVERIFY(widget(run, "browserWaitPanel")->isVisible());
        QVERIFY(!widget(run, "webViewContainer")->isVisible());
        QVERIFY(widget(run, "cancelBrowserButton")->isVisible());
        QVERIFY(widget(run, "pasteInsteadButton")->isVisible());
        QVERIFY(labelText(run, "browserWaitLabel").contains(QLatin1String("Waiting for your browser")));
        QVERIFY(labelText(run, "browserAddressLabel").contains(page.toString(QUrl::FullyEncoded)));
        QTest::qWait(200); // the layout follows the new texts on the next turns of the event loop
        screenshot(run, QStringLiteral("12-browser-waiting.png"));

        const QString token = run.sandbox.issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
        QCOMPARE(answer({{QStringLiteral("answer"), token}}), 204);
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        QCOMPARE(run.storedAccounts().size(), 1);
        QCOMPARE(placesHolding(token), QStringList());
    }

    void denyAndMalformedAnswers()
    {
        {
            WizardRun run;
            startIn(run);
            QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), WaitMs);
            QCOMPARE(answer({{QStringLiteral("answer"), QString()}}), 204);
            QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Denied, WaitMs);
            QVERIFY(labelText(run, "consentMessage").contains(QLatin1String("Nothing was stored")));
            QVERIFY(run.storedAccounts().isEmpty());
        }
        m_opened.clear();
        WizardRun run;
        startIn(run);
        QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), WaitMs);
        QCOMPARE(answer({{QStringLiteral("answer"), QStringLiteral("not-a-token")}}), 204);
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Failed, WaitMs);
        QCOMPARE(run.controller->problem().kind(), ErrorKind::BadInput);
        QVERIFY(run.storedAccounts().isEmpty());
    }

    void cancelThenPasteInstead()
    {
        WizardRun run;
        startIn(run);
        QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), WaitMs);
        qobject_cast<QPushButton *>(widget(run, "cancelBrowserButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Failed, WaitMs);
        QCOMPARE(run.controller->problem().kind(), ErrorKind::Cancelled);
        QVERIFY(!widget(run, "cancelBrowserButton")->isVisible());
        // The receiver is gone: its port is free.
        QCOMPARE(rawHttpExchange(m_port, "GET / HTTP/1.1\r\n\r\n"), QByteArray("not connected"));

        // "Try again" waits for the browser again; "Paste a token instead" opens Trello's page
        // without a return URL and takes a pasted token.
        run.wizard->findChild<QPushButton *>(QStringLiteral("retryButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 2, WaitMs);
        qobject_cast<QPushButton *>(widget(run, "pasteInsteadButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 3, WaitMs);
        QVERIFY(!QUrlQuery(m_opened.constLast()).hasQueryItem(QStringLiteral("return_url")));
        QCOMPARE(rawHttpExchange(m_port, "GET / HTTP/1.1\r\n\r\n"), QByteArray("not connected"));
        const QString token = run.sandbox.issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
        run.wizard->findChild<QLineEdit *>(QStringLiteral("manualTokenEdit"))->setText(token);
        run.wizard->findChild<QPushButton *>(QStringLiteral("useManualTokenButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
    }

    void theEmbeddedPageOffersTheBrowser()
    {
        WizardRun run;
        startIn(run, false);
        QVERIFY(widget(run, "webViewContainer")->isVisible());
        QVERIFY(widget(run, "signInWithBrowserButton")->isVisible());
        qobject_cast<QPushButton *>(widget(run, "signInWithBrowserButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), WaitMs);
        QVERIFY(widget(run, "browserWaitPanel")->isVisible());
        // And back to the page in the window.
        qobject_cast<QPushButton *>(widget(run, "embeddedInsteadButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(widget(run, "webViewContainer")->isVisible(), WaitMs);
        QCOMPARE(rawHttpExchange(m_port, "GET / HTTP/1.1\r\n\r\n"), QByteArray("not connected"));
    }

    void aReturnUrlTheReceiverCannotUseIsNotOffered()
    {
        // The embedded view can catch any loopback return URL; the receiver only one it can listen on.
        WizardRun run;
        run.extraOptions = {{QStringLiteral("return-url"), QStringLiteral("http://127.0.0.2:17999/cb")}};
        QVERIFY(run.start());
        QTRY_VERIFY_WITH_TIMEOUT(widget(run, "webViewContainer")->isVisible(), WaitMs);
        QWidget *button = widget(run, "signInWithBrowserButton");
        QVERIFY(button->isVisible());
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QLatin1String("http://localhost")), qPrintable(button->toolTip()));
    }

    void aBrowserChoiceTheReceiverCannotServeFallsBackToThisWindow()
    {
        // Only the command line refuses it up front; a config reaching the window this way gets
        // the page in the window, and the strip says why.
        WizardRun run;
        run.extraOptions = {{QStringLiteral("return-url"), QStringLiteral("http://127.0.0.2:17999/cb")},
                            {QStringLiteral("sign-in"), QStringLiteral("browser")}};
        QVERIFY(run.start());
        QTRY_VERIFY_WITH_TIMEOUT(widget(run, "webViewContainer")->isVisible(), WaitMs);
        QVERIFY(!widget(run, "browserWaitPanel")->isVisible());
        QVERIFY2(labelText(run, "consentMessage").contains(QLatin1String("http://localhost")),
                 qPrintable(labelText(run, "consentMessage")));
        QVERIFY(m_opened.isEmpty());
    }

    void aPortInUseIsNamed()
    {
        WizardRun run;
        QTcpServer other;
        m_port = DevToolsClient::freePort();
        QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
        run.extraOptions = {{QStringLiteral("return-url"), QStringLiteral("http://localhost:%1/cb").arg(m_port)},
                            {QStringLiteral("sign-in"), QStringLiteral("browser")}};
        QVERIFY(run.start());
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Failed, WaitMs);
        QCOMPARE(run.controller->problem().kind(), ErrorKind::Network);
        const QString shown = labelText(run, "consentMessage");
        QVERIFY2(shown.contains(QString::number(m_port)) && shown.contains(QLatin1String("--return-url")), qPrintable(shown));
        QVERIFY(m_opened.isEmpty());
        screenshot(run, QStringLiteral("13-browser-port-in-use.png"));
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }
};

int main(int argc, char *argv[])
{
    onboard::test::prepareWebEngine();
    onboard::test::captureMessages();
    QApplication app(argc, argv);
    app.setQuitOnLastWindowClosed(false);
    TestWizardBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_browser.moc"
