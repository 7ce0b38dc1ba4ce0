#include "WizardHarness.h"

#include <QLineEdit>
#include <QProcess>
#include <QToolButton>

using namespace onboard;
using namespace onboard::test;

// Walks every page and takes the README's screenshots with ImageMagick's `import`. Runs only
// when TRELLO_SCREENSHOT_DIR names the folder to write them to.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QString m_folder = qEnvironmentVariable("TRELLO_SCREENSHOT_DIR");

    void shoot(QWidget *window, const QString &name)
    {
        QTest::qWait(400); // let the page paint
        QProcess import;
        import.start(QStringLiteral("import"), {QStringLiteral("-window"), QString::number(window->winId()),
                                                m_folder + QLatin1Char('/') + name + QStringLiteral(".png")});
        QVERIFY(import.waitForFinished(WaitMs));
        QCOMPARE(import.exitCode(), 0);
    }

private Q_SLOTS:
    void everyPage()
    {
        if (m_folder.isEmpty())
            QSKIP("set TRELLO_SCREENSHOT_DIR to take the screenshots");
        WizardRun run;
        QVERIFY(run.start({}, false));
        QWizard *wizard = run.wizard.get();
        wizard->move(0, 0);
        wizard->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(sandbox::SandboxServer::demoKey());
        shoot(wizard, QStringLiteral("1-welcome"));
        wizard->next();
        shoot(wizard, QStringLiteral("2-permissions"));
        wizard->next();
        shoot(wizard, QStringLiteral("3-connection"));
        QSignalSpy loaded(run.browser(), &ConsentBrowser::loaded);
        wizard->next();
        QVERIFY(loaded.wait(WaitMs));
        shoot(wizard, QStringLiteral("4-consent"));
        run.browser()->page()->runJavaScript(QStringLiteral("document.getElementById('allow').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        shoot(wizard, QStringLiteral("5-test-call"));
        wizard->next();
        shoot(wizard, QStringLiteral("6-done"));
    }

    void invalidReturnUrl()
    {
        if (m_folder.isEmpty())
            QSKIP("set TRELLO_SCREENSHOT_DIR to take the screenshots");
        WizardRun run;
        run.sandbox.setAllowedOrigins({QStringLiteral("https://example.org")});
        QVERIFY(run.start());
        run.wizard->move(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(run.label("consentMessage")->isVisible(), WaitMs);
        shoot(run.wizard.get(), QStringLiteral("7-invalid-return-url"));
    }
};

WIZARD_TEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
