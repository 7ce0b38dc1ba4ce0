#include "WizardHarness.h"

using namespace onboard;
using namespace onboard::test;

// No keychain: this test process runs with a session bus address that leads nowhere (set in
// main(), before anything talks to D-Bus). The wizard must end with exit code 3 and store nothing.
class TestWizardNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noKeychainStoresNothing()
    {
        WizardRun run;
        QVERIFY(run.start());
        QVERIFY(runInConsentPage(run, QStringLiteral("document.getElementById('allow').click()")));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Failed, 2 * WaitMs);
        QCOMPARE(run.controller->problem().kind(), ErrorKind::Keychain);
        QCOMPARE(run.controller->exitCode(), 3);
        QVERIFY(run.storedAccounts().isEmpty());
        QVERIFY(run.label("testMessage")->text().contains(QLatin1String("keychain")));
        QCOMPARE(run.controller->outcome().toJson().value(QStringLiteral("status")).toString(), QStringLiteral("keychain"));
    }
};

int main(int argc, char *argv[])
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/trello-onboard-test-bus");
    onboard::test::prepareWebEngine();
    onboard::test::captureMessages();
    QApplication app(argc, argv);
    app.setQuitOnLastWindowClosed(false);
    TestWizardNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_nokeychain.moc"
