#include "Invocation.h"
#include "common/Translations.h"
#include "WizardHarness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QPushButton>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTableWidget>
#include <QWebEngineView>

using namespace onboard;
using namespace onboard::test;

// The wizard as people who are not the default user meet it: in German (this test runs under
// LANG=de_DE.UTF-8), with a screen reader (every control has an accessible name), with the
// keyboard alone, and on a machine whose administrator locked some settings.
class TestWizardLocale : public QObject
{
    Q_OBJECT

private:
    // A wizard at its first page: no key given.
    static bool startAtWelcome(WizardRun &run, const SetupOptions &given = {})
    {
        if (!run.sandbox.listen())
            return false;
        SetupOptions options = given;
        if (options.apply(QStringLiteral("authorize-url"), run.sandbox.authorizeUrl().toString())
            || options.apply(QStringLiteral("api-host"), run.sandbox.apiRoot().toString()))
            return false;
        run.controller = std::make_unique<SetupController>(Workspace::real().withSettingsPath(run.registryPath()), options);
        run.wizard = std::make_unique<SetupWizard>(run.controller.get());
        run.wizard->setStartId(WelcomePageId);
        run.wizard->restart();
        run.wizard->show();
        run.wizard->activateWindow();
        return QTest::qWaitForWindowActive(run.wizard.get(), WaitMs);
    }

    static void press(Qt::Key key)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, key);
    }

    // Presses the Alt+letter shortcut that a label or button text marks with '&'.
    // While the web page has the focus no QWidget has it: the key goes to the window then.
    static void pressMnemonic(QWidget *window, const QString &text)
    {
        const QKeySequence shortcut = QKeySequence::mnemonic(text);
        QVERIFY2(!shortcut.isEmpty(), qPrintable(text));
        QWidget *target = QApplication::focusWidget();
        QTest::keySequence(target ? target : window, shortcut);
    }

private Q_SLOTS:
    void cleanup() { QApplication::processEvents(); }

    void speaksGerman()
    {
        WizardRun run;
        QVERIFY(startAtWelcome(run));
        QCOMPARE(run.wizard->currentPage()->title(), QStringLiteral("Trello mit diesem Computer verbinden"));
        // Qt's own texts follow too: the wizard's buttons come from Qt's German translation.
        const QString next = run.wizard->button(QWizard::NextButton)->text();
        QVERIFY2(next.contains(QStringLiteral("Weiter")), qPrintable(next));
    }

    void everyControlHasAnAccessibleName()
    {
        WizardRun run;
        QVERIFY(startAtWelcome(run));
        QStringList unnamed;
        for (int id : run.wizard->pageIds()) {
            QWizardPage *page = run.wizard->page(id);
            const QList<QWidget *> controls = page->findChildren<QWidget *>();
            for (QWidget *w : controls) {
                const bool isControl = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w)
                                       || qobject_cast<QComboBox *>(w) || qobject_cast<QTableWidget *>(w)
                                       || qobject_cast<QWebEngineView *>(w);
                // Nameless children are Qt's own parts (a table's corner button, a combo's view).
                if (!isControl || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    // Key typed, Return for Next, Tab to the pasted-token field and its button, Space to press
    // it, Return to the end: the whole wizard without a mouse.
    void keyboardAloneCompletesTheWizard()
    {
        WizardRun run;
        QVERIFY(startAtWelcome(run));
        auto *key = run.wizard->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        key->setFocus();
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), key, WaitMs);
        QTest::keyClicks(key, sandbox::SandboxServer::demoKey());
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(run.wizard->currentId(), int(PermissionsPageId), WaitMs);
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(run.wizard->currentId(), int(ConnectionPageId), WaitMs);
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(run.wizard->currentId(), int(ConsentPageId), WaitMs);

        // The page's own content keeps Tab to itself; the label's mnemonic (Alt+K in English)
        // reaches the pasted-token field from anywhere, and the button's mnemonic presses it.
        auto *field = run.wizard->findChild<QLineEdit *>(QStringLiteral("manualTokenEdit"));
        // Under Xvfb there is no window manager: the web engine's set-up takes the X input
        // focus away from the wizard, which a desktop would give straight back.
        run.wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(run.wizard.get(), WaitMs));
        pressMnemonic(run.wizard.get(), run.wizard->findChild<QLabel *>(QStringLiteral("manualTokenLabel"))->text());
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), field, WaitMs);
        const QString token = run.sandbox.issueToken(0, {QStringLiteral("read")}, QStringLiteral("1day"));
        QTest::keyClicks(field, token);
        pressMnemonic(run.wizard.get(), run.wizard->findChild<QPushButton *>(QStringLiteral("useManualTokenButton"))->text());
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(run.wizard->currentId(), int(TestCallPageId), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(run.wizard->button(QWizard::NextButton)->isEnabled(), WaitMs);
        run.wizard->button(QWizard::NextButton)->setFocus();
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(run.wizard->currentId(), int(DonePageId), WaitMs);
        QCOMPARE(run.storedAccounts().size(), 1);
        run.wizard.reset();
        QVERIFY(placesHolding(token).isEmpty());
    }

    void lockedSettingsAreShownButNotEditable()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("trello-onboard")));
        QFile config(dir.filePath(QStringLiteral("trello-onboard/trello-onboard.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("key = " + sandbox::SandboxServer::demoKey().toLatin1() + "\nscope = read\nlocked = key, scope\n");
        config.close();
        qputenv("XDG_CONFIG_DIRS", QFile::encodeName(dir.path()));
        Invocation invocation;
        const Error e = Invocation::parse({QStringLiteral("setup")}, &invocation);
        qunsetenv("XDG_CONFIG_DIRS");
        QVERIFY2(!e, qPrintable(e.message()));

        WizardRun run;
        QVERIFY(startAtWelcome(run, invocation.setup));
        auto *key = run.wizard->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QCOMPARE(key->text(), sandbox::SandboxServer::demoKey());
        QVERIFY(key->isReadOnly());
        QVERIFY(key->toolTip().contains(QStringLiteral("/etc/xdg")));
        run.wizard->next();
        QCOMPARE(run.wizard->currentId(), int(PermissionsPageId));
        QVERIFY(!run.wizard->findChild<QCheckBox *>(QStringLiteral("scopeWriteCheckBox"))->isEnabled());
        QVERIFY(run.wizard->findChild<QLineEdit *>(QStringLiteral("appNameEdit"))->isEnabled());
    }
};

int main(int argc, char *argv[])
{
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LANGUAGE", "de");
    onboard::test::prepareWebEngine();
    onboard::test::captureMessages();
    QApplication app(argc, argv);
    app.setQuitOnLastWindowClosed(false);
    onboard::Translations::install();
    TestWizardLocale test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_locale.moc"
