#include "WizardHarness.h"

#include <QPushButton>
#include <QWebEngineHistory>

using namespace onboard;
using namespace onboard::test;

// A hostile consent page, served by the sandbox in place of its own on the first GET
// /1/authorize, with the real web view under Xvfb. The page tries to hand the wizard a token
// (a valid one, of another member) in every way that is not a main-frame navigation to exactly
// the return URL. None may be taken or opened; afterwards the real consent page, loaded again,
// still works and stores the member who pressed Allow.
class TestHostileConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        loggedMessages().clear();
        QFile::remove(WizardRun().registryPath());
    }

    void hostilePageIsNotTakenAndTheRealAnswerStillWorks_data()
    {
        // %1 is a valid token of another member; the return URL is the default one.
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("malformed"); // the return URL was reached with an unusable answer
        const QString go = QStringLiteral("window.location.href = '%1';");
        QTest::newRow("other host") << go.arg(QStringLiteral("http://evil.localhost:17645/trello-onboard/callback#token=%1")) << false;
        QTest::newRow("user info") << go.arg(QStringLiteral("http://localhost:17645@evil.example/trello-onboard/callback#token=%1")) << false;
        // (Not a row: "http://@localhost:17645/…" — Chromium drops the empty user info while parsing,
        // so the navigation the wizard sees is exactly the return URL, as any page could make.)
        QTest::newRow("path case") << go.arg(QStringLiteral("http://localhost:17645/Trello-Onboard/callback#token=%1")) << false;
        QTest::newRow("encoded slash") << go.arg(QStringLiteral("http://localhost:17645/trello-onboard%2Fcallback#token=%1")) << false;
        QTest::newRow("double encoding") << go.arg(QStringLiteral("http://localhost:17645/%2574rello-onboard/callback#token=%1")) << false;
        QTest::newRow("https") << go.arg(QStringLiteral("https://localhost:17645/trello-onboard/callback#token=%1")) << false;
        QTest::newRow("second token") << go.arg(QStringLiteral("http://localhost:17645/trello-onboard/callback#token=%1&token=%1")) << true;
        QTest::newRow("megabyte fragment")
            << QStringLiteral("window.location.href = 'http://localhost:17645/trello-onboard/callback#token=%1&pad=' + 'A'.repeat(1500000);")
            << true;
        QTest::newRow("pop-up") << QStringLiteral("window.open('http://localhost:17645/trello-onboard/callback#token=%1');") << false;
        QTest::newRow("frame") << QStringLiteral("var f = document.createElement('iframe'); "
                                                 "f.src = 'http://localhost:17645/trello-onboard/callback#token=%1'; "
                                                 "document.body.appendChild(f);")
                               << false;
        QTest::newRow("javascript: URL") << go.arg(QStringLiteral("javascript:void(document.title=\"%1\")")) << false;
        QTest::newRow("custom scheme") << go.arg(QStringLiteral("trello-onboard://callback#token=%1")) << false;
        QTest::newRow("form post") << QStringLiteral("var f = document.createElement('form'); f.method = 'post'; "
                                                     "f.action = 'http://localhost:17645/trello-onboard/callback?token=%1'; "
                                                     "document.body.appendChild(f); f.submit();")
                                   << false;
    }

    void hostilePageIsNotTakenAndTheRealAnswerStillWorks()
    {
        QFETCH(QString, script);
        QFETCH(bool, malformed);
        WizardRun run;
        const QString planted = run.sandbox.issueToken(1, {QStringLiteral("read"), QStringLiteral("write")},
                                                       QStringLiteral("never"));
        sandbox::SandboxFault hostile;
        hostile.kind = sandbox::SandboxFault::Kind::Answer;
        hostile.status = 200;
        hostile.contentType = "text/html; charset=utf-8";
        hostile.body = "<!doctype html><html><head><title>Trello</title></head><body><p>Allow?</p></body></html>";
        hostile.times = 1;
        run.sandbox.addFault("GET", QStringLiteral("/1/authorize"), hostile);
        QVERIFY(run.start());
        QVERIFY(runInConsentPage(run, script.arg(planted)));
        const QUrl consentUrl = run.browser()->page()->history()->itemAt(0).url();
        QVERIFY(consentUrl.path().endsWith(QLatin1String("/1/authorize")));

        // Give the page time to do its worst.
        QTest::qWait(1500);
        QVERIFY(!run.controller->hasToken());
        QVERIFY(run.storedAccounts().isEmpty());
        int visibleWindows = 0;
        for (QWidget *window : QApplication::topLevelWidgets())
            visibleWindows += window->isVisible();
        QCOMPARE(visibleWindows, 1); // no pop-up window was opened
        const QString scheme = run.browser()->page()->url().scheme();
        QVERIFY2(scheme.startsWith(QLatin1String("http")) || scheme.isEmpty(), qPrintable(scheme));
        if (malformed) {
            QLabel *message = run.label("consentMessage");
            QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), WaitMs);
        }

        // The real consent page, loaded again, still gives the real answer.
        QSignalSpy loaded(run.browser(), &ConsentBrowser::loaded);
        run.browser()->page()->load(consentUrl);
        QVERIFY(loaded.wait(WaitMs));
        run.browser()->page()->runJavaScript(QStringLiteral("document.getElementById('allow').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        const QList<Account> accounts = run.storedAccounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().username, sandbox::SandboxServer::members().first().username);
        Error error;
        const QString stored = keychainToken(QStringLiteral("trello-onboard"), accounts.first().id(), &error);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(stored != planted);
        run.wizard.reset();
        QVERIFY(placesHolding(stored).isEmpty());
    }
};

WIZARD_TEST_MAIN(TestHostileConsent)
#include "tst_hostile_consent.moc"
