#include "WizardHarness.h"

#include "DelayedProgress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QRadioButton>
#include <QTableWidget>
#include <QToolButton>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

using namespace onboard;
using namespace onboard::test;

// The setup wizard driven as a person would, against the sandbox's consent page and API over
// loopback and the real keychain of the test session.
class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        loggedMessages().clear();
        QFile::remove(WizardRun().registryPath());
    }

    void opensAtConsentWhenTheOptionsAnswerEverything()
    {
        WizardRun run;
        QVERIFY(run.start());
        QCOMPARE(run.wizard->currentId(), int(ConsentPageId));
        QVERIFY(run.browser()->isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(run.label("originLabel")->text().startsWith(QLatin1String("http://127.0.0.1:")), WaitMs);
    }

    void pagesCheckWhatIsTyped()
    {
        WizardRun run;
        QVERIFY(run.start({}, false));
        QWizard *wizard = run.wizard.get();
        QCOMPARE(wizard->currentId(), int(WelcomePageId));
        auto *key = wizard->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        key->setText(QStringLiteral("not-a-key"));
        QVERIFY(run.label("apiKeyMessage")->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        key->setText(sandbox::SandboxServer::demoKey());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();

        QCOMPARE(wizard->currentId(), int(PermissionsPageId));
        // The web engine starts now, ahead of the consent page; nothing is loaded from the network.
        QVERIFY(run.browser()->isWarm());
        QVERIFY(!run.browser()->isOpen());
        QVERIFY(wizard->findChild<QCheckBox *>(QStringLiteral("scopeReadCheckBox"))->isChecked());
        QVERIFY(!wizard->findChild<QCheckBox *>(QStringLiteral("scopeWriteCheckBox"))->isChecked());
        QVERIFY(!wizard->findChild<QCheckBox *>(QStringLiteral("scopeAccountCheckBox"))->isChecked());
        auto *expiration = wizard->findChild<QComboBox *>(QStringLiteral("expirationCombo"));
        QCOMPARE(expiration->currentData().toString(), QStringLiteral("30days"));
        wizard->findChild<QCheckBox *>(QStringLiteral("scopeReadCheckBox"))->setChecked(false);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->findChild<QCheckBox *>(QStringLiteral("scopeWriteCheckBox"))->setChecked(true);
        expiration->setCurrentIndex(expiration->findData(QStringLiteral("1day")));
        wizard->next();
        QCOMPARE(run.controller->options().request.scopes, QStringList{QStringLiteral("write")});
        QCOMPARE(run.controller->options().request.expiration, QStringLiteral("1day"));

        QCOMPARE(wizard->currentId(), int(ConnectionPageId));
        QWidget *advanced = wizard->findChild<QWidget *>(QStringLiteral("advancedPanel"));
        QVERIFY(advanced->isVisible()); // open: the options gave an API host other than Trello's
        auto *toggle = wizard->findChild<QToolButton *>(QStringLiteral("advancedToggle"));
        toggle->click();
        QVERIFY(!advanced->isVisible());
        toggle->click();
        QVERIFY(advanced->isVisible());
        auto *returnUrl = wizard->findChild<QLineEdit *>(QStringLiteral("returnUrlEdit"));
        returnUrl->setText(QStringLiteral("http://example.com/callback")); // plain http off this machine
        QVERIFY(run.label("connectionMessage")->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        returnUrl->setText(QStringLiteral("http://localhost:17645/trello-onboard/callback"));
        auto *headers = wizard->findChild<QTableWidget *>(QStringLiteral("headersTable"));
        wizard->findChild<QPushButton *>(QStringLiteral("addHeaderButton"))->click();
        headers->item(0, 0)->setText(QStringLiteral("X-Bad Name"));
        headers->item(0, 1)->setText(QStringLiteral("v"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        headers->item(0, 0)->setText(QStringLiteral("X-Request-Id"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->findChild<QRadioButton *>(QStringLiteral("credentialsHeaderRadio"))->setChecked(true);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ConsentPageId));
        QVERIFY(!run.browser()->isWarm()); // taken over by the consent page
        QVERIFY(run.browser()->isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(run.label("originLabel")->text().startsWith(QLatin1String("http://127.0.0.1:")), WaitMs);
        QCOMPARE(run.controller->options().endpoint.headers.size(), 1);
        QCOMPARE(run.controller->options().endpoint.credentialsIn, ApiEndpoint::CredentialsIn::Header);
    }

    void allowStoresAndVerifies()
    {
        WizardRun run;
        QVERIFY(run.start());
        QVERIFY(runInConsentPage(run, QStringLiteral("document.getElementById('allow').click()")));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        QCOMPARE(run.wizard->currentId(), int(TestCallPageId));
        QVERIFY(!run.browser()->isOpen()); // page, view and profile are gone
        QCOMPARE(run.controller->exitCode(), 0);

        const QList<Account> accounts = run.storedAccounts();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().username, sandbox::SandboxServer::members().first().username);
        QCOMPARE(accounts.first().scopes, QStringList{QStringLiteral("read")});
        QVERIFY(run.label("memberLabel")->text().contains(accounts.first().username));
        Error error;
        const QString token = keychainToken(QStringLiteral("trello-onboard"), accounts.first().id(), &error);
        QVERIFY2(!error, qPrintable(error.message()));
        QVERIFY(!token.isEmpty());

        const QJsonObject json = run.controller->outcome().toJson();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        QCOMPARE(json.value(QStringLiteral("accountId")).toString(), accounts.first().id());
        QVERIFY(!QJsonDocument(json).toJson().contains(token.toUtf8()));

        run.wizard->next();
        QCOMPARE(run.wizard->currentId(), int(DonePageId));
        QVERIFY(run.label("storageLabel")->text().contains(accounts.first().id()));
        QVERIFY(run.label("storageLabel")->text().contains(accounts.first().username));

        // The fresh process the window program hands over to after capture opens at the same
        // Done page with the same outcome, from the settings file alone.
        SetupController resumed(Workspace::real().withSettingsPath(run.registryPath()), SetupOptions());
        resumed.resumeStored(accounts.first());
        SetupWizard fresh(&resumed);
        fresh.startAtDone();
        fresh.show();
        QCOMPARE(fresh.currentId(), int(DonePageId));
        QCOMPARE(fresh.findChild<QLabel *>(QStringLiteral("storageLabel"))->text(), run.label("storageLabel")->text());
        QCOMPARE(resumed.exitCode(), 0);
        QCOMPARE(resumed.outcome().toJson(), run.controller->outcome().toJson());
        run.wizard.reset();
        const QStringList hits = placesHolding(token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void denyStoresNothing()
    {
        WizardRun run;
        QVERIFY(run.start());
        QVERIFY(runInConsentPage(run, QStringLiteral("document.getElementById('deny').click()")));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Denied, WaitMs);
        QCOMPARE(run.controller->exitCode(), 1);
        QLabel *message = run.label("consentMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), WaitMs);
        QVERIFY2(message->text().contains(QLatin1String("denied")), qPrintable(message->text()));
        QVERIFY(run.wizard->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        QVERIFY(run.storedAccounts().isEmpty());
        QCOMPARE(run.wizard->currentId(), int(ConsentPageId));
    }

    void invalidReturnUrlNamesTheOrigin()
    {
        WizardRun run;
        run.sandbox.setAllowedOrigins({QStringLiteral("https://example.org")});
        QVERIFY(run.start());
        QLabel *message = run.label("consentMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), WaitMs);
        QVERIFY2(message->text().contains(QLatin1String("http://localhost:17645")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QLatin1String("allowed origins")));
        QVERIFY(!run.controller->hasToken());
    }

    void lookAlikeReturnUrlIsNotTaken_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("other port") << QStringLiteral("http://localhost:17646/trello-onboard/callback");
        QTest::newRow("other path") << QStringLiteral("http://localhost:17645/trello-onboard/callback2");
        QTest::newRow("user info") << QStringLiteral("http://localhost:17645@127.0.0.1:9/trello-onboard/callback");
    }

    void lookAlikeReturnUrlIsNotTaken()
    {
        QFETCH(QString, target);
        WizardRun run;
        QVERIFY(run.start());
        const QString planted = run.sandbox.issueToken(1, {QStringLiteral("read"), QStringLiteral("write")},
                                                       QStringLiteral("never"));
        QVERIFY(runInConsentPage(run, QStringLiteral("window.location.replace('%1#token=%2')").arg(target, planted)));
        QLabel *message = run.label("consentMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), WaitMs); // it tried to load it, and failed
        QVERIFY(!run.controller->hasToken());
        QVERIFY(run.storedAccounts().isEmpty());
    }

    void popUpsAndOtherSchemesAreRefused()
    {
        WizardRun run;
        QVERIFY(run.start());
        QVERIFY(runInConsentPage(run, QStringLiteral("window.open('http://localhost:17645/x#token=x'); "
                                                     "window.location.href = 'file:///etc/passwd';")));
        QTest::qWait(1000);
        int visibleWindows = 0;
        for (QWidget *window : QApplication::topLevelWidgets())
            visibleWindows += window->isVisible();
        QCOMPARE(visibleWindows, 1); // no pop-up window was opened
        QVERIFY(run.browser()->page()->url().scheme().startsWith(QLatin1String("http")));
        QVERIFY(!run.controller->hasToken());
    }

    void pastedTokenIsTheFallback()
    {
        WizardRun run;
        QVERIFY(run.start());
        auto *field = run.wizard->findChild<QLineEdit *>(QStringLiteral("manualTokenEdit"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        auto *use = run.wizard->findChild<QPushButton *>(QStringLiteral("useManualTokenButton"));
        field->setText(QStringLiteral("not a token"));
        QVERIFY(!use->isEnabled());
        const QString token = run.sandbox.issueToken(0, {QStringLiteral("read")}, QStringLiteral("1day"));
        field->setText(QLatin1Char(' ') + token + QLatin1Char('\n'));
        QVERIFY(use->isEnabled());
        use->click();
        QVERIFY(field->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        QCOMPARE(run.storedAccounts().size(), 1);
        run.wizard.reset();
        QVERIFY(placesHolding(token).isEmpty());
    }

    // The load bar: hidden once the page is up; shown only for a page that takes its time.
    void loadBarOnlyForASlowConsentPage()
    {
        WizardRun run;
        sandbox::SandboxFault slow;
        slow.kind = sandbox::SandboxFault::Kind::Trickle; // one byte a second: never done
        slow.intervalMs = 1000;
        run.sandbox.addFault("GET", QStringLiteral("/1/authorize"), slow);
        QVERIFY(run.start());
        auto *bar = run.wizard->findChild<QProgressBar *>(QStringLiteral("loadProgressBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible()); // not at once
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), WaitMs);

        // Back to the page before: the load ends with the page, and so does the bar.
        run.wizard->setStartId(ConnectionPageId);
        run.wizard->restart();
        QVERIFY(!bar->isVisible());
    }

    void loadBarHiddenOnceTheConsentPageIsUp()
    {
        WizardRun run;
        QVERIFY(run.start());
        QSignalSpy loaded(run.browser(), &ConsentBrowser::loaded);
        QVERIFY(loaded.wait(WaitMs));
        auto *bar = run.wizard->findChild<QProgressBar *>(QStringLiteral("loadProgressBar"));
        QVERIFY(!bar->isVisible());
        QTest::qWait(DelayedProgress::DefaultDelayMs + 200);
        QVERIFY(!bar->isVisible()); // and it does not come back later
    }

    void consentPageThatCannotLoadOffersRetry()
    {
        WizardRun run;
        QVERIFY(run.sandbox.listen());
        SetupOptions options;
        QVERIFY(!options.apply(QStringLiteral("key"), sandbox::SandboxServer::demoKey()));
        QVERIFY(!options.apply(QStringLiteral("authorize-url"), QStringLiteral("http://127.0.0.1:9/1/authorize")));
        run.controller = std::make_unique<SetupController>(Workspace::real().withSettingsPath(run.registryPath()), options);
        run.wizard = std::make_unique<SetupWizard>(run.controller.get());
        run.wizard->show();
        QLabel *message = run.label("consentMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), WaitMs);
        QVERIFY2(message->text().contains(QLatin1String("could not be loaded")), qPrintable(message->text()));
        QVERIFY(run.wizard->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        QCOMPARE(run.controller->exitCode(), 4);
    }

    void wrongHostThenFixedRetriesWithoutNewConsent()
    {
        WizardRun run;
        QVERIFY(run.start(QStringLiteral("http://127.0.0.1:9/1")));
        QVERIFY(runInConsentPage(run, QStringLiteral("document.getElementById('allow').click()")));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Failed, WaitMs);
        QCOMPARE(run.controller->problem().kind(), ErrorKind::Network);
        QCOMPARE(run.controller->exitCode(), 4);
        QVERIFY(run.label("testMessage")->isVisible());
        QVERIFY(run.storedAccounts().isEmpty());

        auto *change = run.wizard->findChild<QPushButton *>(QStringLiteral("changeConnectionButton"));
        QVERIFY(change->isVisible());
        change->click();
        QCOMPARE(run.wizard->currentId(), int(ConnectionPageId));
        auto *host = run.wizard->findChild<QLineEdit *>(QStringLiteral("apiHostEdit"));
        QVERIFY(host->isVisible());
        host->setText(run.sandbox.apiRoot().toString());
        run.wizard->next();
        QCOMPARE(run.wizard->currentId(), int(TestCallPageId));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        QCOMPARE(run.consentRequests(), 1);
        QCOMPARE(run.storedAccounts().size(), 1);
        Error error;
        const QString token = keychainToken(QStringLiteral("trello-onboard"), run.storedAccounts().first().id(), &error);
        QVERIFY(!token.isEmpty());
        run.wizard.reset();
        QVERIFY(placesHolding(token).isEmpty());
    }
};

WIZARD_TEST_MAIN(TestWizard)
#include "tst_wizard.moc"
