#include "SessionKeyring.h"
#include "WizardHarness.h"

#include <QDir>
#include <QFile>
#include <QPushButton>

using namespace onboard;
using namespace onboard::test;

// The wizard with the session's keychain locked, as after a login that did not unlock it:
// gnome-keyring's real unlock prompt (gcr-prompter) opens while the consent page shows; the
// wizard says it waits for it, and keeps waiting past the 20 s it used to give up at, until the
// password is typed (stored), or until the person presses Cancel in the wizard (nothing stored,
// exit 3; the prompt stays for the person to close, since gnome-keyring cannot be asked to close
// it: docs/design.md, "Keychains").
class TestWizardLockedKeychain : public QObject
{
    Q_OBJECT

    static constexpr int OldBoundMs = 20000;
    QString m_stored; // the account a case stored, removed after it

    static QWidget *visibleBar(const WizardRun &run)
    {
        for (QWidget *bar : run.wizard->findChildren<QWidget *>(QStringLiteral("keychainWaitBar"))) {
            if (bar->isVisible())
                return bar;
        }
        return nullptr;
    }

    static void allow(const WizardRun &run)
    {
        run.browser()->page()->runJavaScript(QStringLiteral("document.getElementById('allow').click()"));
    }

    static void screenshot(const WizardRun &run, const QString &name)
    {
        const QString shots = qEnvironmentVariable("TRELLO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            run.wizard->grab().save(QDir(shots).filePath(name));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(SessionKeyring::lock());
    }

    void cleanup()
    {
        if (SessionKeyring::isPromptOpen())
            SessionKeyring::dismissPrompt();
        SessionKeyring::unlock();
        // Each case starts with nothing stored.
        QFile::remove(sessionRoot() + QStringLiteral("/home/wizard-accounts.json"));
        if (!m_stored.isEmpty()) {
            KeychainJob remove(KeychainJob::Operation::Remove, KeychainJob::serviceName(false), m_stored);
            QSignalSpy done(&remove, &KeychainJob::finished);
            remove.start();
            QVERIFY(done.wait(WaitMs));
            m_stored.clear();
        }
    }

    void storeWaitsForThePersonToUnlock()
    {
        WizardRun run;
        QVERIFY(run.start());
        // The keychain is opened while the consent page shows: its prompt comes up then.
        QVERIFY(SessionKeyring::waitForPrompt());
        allow(run); // the page has loaded: the keychain is opened once it has
        QTRY_VERIFY_WITH_TIMEOUT(visibleBar(run) != nullptr, WaitMs);
        QVERIFY(run.wizard->currentId() == TestCallPageId);
        const QLabel *said = visibleBar(run)->findChild<QLabel *>(QStringLiteral("keychainWaitLabel"));
        QVERIFY2(said->text().contains(QLatin1String("gnome-keyring-daemon")), qPrintable(said->text()));
        screenshot(run, QStringLiteral("10-keychain-locked.png"));

        QTest::qWait(OldBoundMs + 1500);
        QCOMPARE(run.controller->state(), SetupController::State::Verifying);
        QVERIFY(run.storedAccounts().isEmpty());
        QVERIFY(SessionKeyring::typePasswordIntoPrompt());
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        QCOMPARE(run.storedAccounts().size(), 1);
        QVERIFY(visibleBar(run) == nullptr);
        QCOMPARE(run.controller->exitCode(), 0);
        Error e;
        m_stored = run.storedAccounts().first().id();
        const QString token = keychainToken(KeychainJob::serviceName(false), m_stored, &e);
        QVERIFY(!e && !token.isEmpty());
        QCOMPARE(placesHolding(token), QStringList());
    }

    void cancelInTheWizardStoresNothing()
    {
        WizardRun run;
        QVERIFY(run.start());
        QVERIFY(SessionKeyring::waitForPrompt());
        allow(run); // the page has loaded: the keychain is opened once it has
        QTRY_VERIFY_WITH_TIMEOUT(visibleBar(run) != nullptr, WaitMs);
        visibleBar(run)->findChild<QPushButton *>(QStringLiteral("keychainCancelButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Failed, WaitMs);
        QCOMPARE(run.controller->problem().kind(), ErrorKind::Keychain);
        QVERIFY2(run.controller->problem().message().contains(QLatin1String("stayed locked")),
                 qPrintable(run.controller->problem().message()));
        QCOMPARE(run.controller->exitCode(), 3);
        QVERIFY(run.storedAccounts().isEmpty());
        QVERIFY(visibleBar(run) == nullptr);
        screenshot(run, QStringLiteral("11-keychain-cancelled.png"));
        // The keychain's own prompt is still there, and still the keychain's to answer.
        QVERIFY(SessionKeyring::isPromptOpen());
        QVERIFY(SessionKeyring::isLocked());
        QVERIFY(SessionKeyring::dismissPrompt());
        QTRY_VERIFY_WITH_TIMEOUT(!SessionKeyring::isPromptOpen(), WaitMs);
        QVERIFY(SessionKeyring::isLocked());
        QVERIFY(run.storedAccounts().isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString &message : std::as_const(loggedMessages()))
            QVERIFY2(!message.contains(QLatin1String("session-password")), qPrintable(message));
    }
};

int main(int argc, char *argv[])
{
    onboard::test::prepareWebEngine();
    onboard::test::captureMessages();
    QApplication app(argc, argv);
    app.setQuitOnLastWindowClosed(false);
    TestWizardLockedKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_lockedkeychain.moc"
