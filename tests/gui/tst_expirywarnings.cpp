// "Warn me before tokens expire" as the accounts screen shows it: the box says whether the daily
// check is on, turns it on and off through systemctl --user, and says why when it cannot. There is
// no user systemd in a container, so a stand-in systemctl (test::StandInSystemctl) plays it.
// "expiry-warnings = on" turns it on where an account was just stored, and, locked by the
// administrator, wherever the box is shown.
#include "AccountsWindow.h"
#include "ExpiryWarningsToggle.h"
#include "StandInSystemctl.h"
#include "WizardHarness.h"

#include <QCheckBox>
#include <QLabel>
#include <QtTest>

using namespace onboard;

class TestExpiryWarnings : public QObject
{
    Q_OBJECT

private:
    test::StandInSystemctl m_systemctl;

    // is-enabled answers `enabled` (0: on); enable and disable answer `change` (0, or 1 with a reason).
    void fakeSystemctl(int enabled, int change) { QVERIFY(m_systemctl.install({enabled, change})); }
    QByteArray calls() const { return m_systemctl.calls(); }

private Q_SLOTS:
    void turnedOnAndOff()
    {
        fakeSystemctl(1, 0);
        AccountsWindow window(Workspace::real(), SetupOptions());
        window.show();
        auto *box = window.findChild<QCheckBox *>(QStringLiteral("expiryWarningsCheckBox"));
        QVERIFY(box);
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), test::WaitMs);
        QVERIFY(!box->isChecked());
        box->click();
        auto *label = window.findChild<QLabel *>(QStringLiteral("expiryWarningsLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled() && label->isVisible(), test::WaitMs);
        QVERIFY(box->isChecked());
        QVERIFY2(label->text().contains(QLatin1String("systemctl --user disable --now trello-onboard-check.timer")),
                 qPrintable(label->text()));
        box->click();
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled() && label->text().startsWith(QLatin1String("Off")), test::WaitMs);
        QCOMPARE(calls(), QByteArray("--user is-enabled trello-onboard-check.timer\n"
                                     "--user enable --now trello-onboard-check.timer\n"
                                     "--user disable --now trello-onboard-check.timer\n"));
    }

    void alreadyOnIsShownOn()
    {
        fakeSystemctl(0, 0);
        AccountsWindow window(Workspace::real(), SetupOptions());
        auto *box = window.findChild<QCheckBox *>(QStringLiteral("expiryWarningsCheckBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), test::WaitMs);
        QVERIFY(box->isChecked());
    }

    void whenItCannotItSaysWhy()
    {
        fakeSystemctl(1, 1);
        AccountsWindow window(Workspace::real(), SetupOptions());
        window.show();
        auto *box = window.findChild<QCheckBox *>(QStringLiteral("expiryWarningsCheckBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), test::WaitMs);
        box->click();
        auto *label = window.findChild<QLabel *>(QStringLiteral("expiryWarningsLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled() && label->isVisible(), test::WaitMs);
        QVERIFY(!box->isChecked());
        QVERIFY2(label->text().contains(QLatin1String("No medium found")), qPrintable(label->text()));
    }

    void storingAnAccountTurnsItOnWhenTheConfigSaysSo()
    {
        fakeSystemctl(1, 0);
        SetupOptions options;
        QVERIFY(!options.apply(QStringLiteral("expiry-warnings"), QStringLiteral("on")));
        ExpiryWarningsToggle toggle(options, ExpiryWarningsToggle::Moment::AccountStored);
        toggle.show();
        auto *box = toggle.findChild<QCheckBox *>(QStringLiteral("expiryWarningsCheckBox"));
        auto *label = toggle.findChild<QLabel *>(QStringLiteral("expiryWarningsLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled() && label->isVisible(), test::WaitMs);
        QVERIFY(box->isChecked());
        QVERIFY2(label->text().startsWith(QLatin1String("On")), qPrintable(label->text()));
        // Not locked: the person may clear it.
        box->click();
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled() && label->text().startsWith(QLatin1String("Off")), test::WaitMs);
        // Turned on without asking first (enabling twice is harmless).
        QCOMPARE(calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"
                                     "--user disable --now trello-onboard-check.timer\n"));
    }

    void withoutTheConfigStoringLeavesItAlone()
    {
        fakeSystemctl(1, 0);
        ExpiryWarningsToggle toggle(SetupOptions(), ExpiryWarningsToggle::Moment::AccountStored);
        auto *box = toggle.findChild<QCheckBox *>(QStringLiteral("expiryWarningsCheckBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), test::WaitMs);
        QVERIFY(!box->isChecked());
        QCOMPARE(calls(), QByteArray("--user is-enabled trello-onboard-check.timer\n"));
    }

    void anUnlockedOnLeavesThePersonsChoiceOnTheAccountsScreen()
    {
        fakeSystemctl(1, 0);
        SetupOptions options;
        QVERIFY(!options.apply(QStringLiteral("expiry-warnings"), QStringLiteral("on")));
        AccountsWindow window(Workspace::real(), options);
        auto *box = window.findChild<QCheckBox *>(QStringLiteral("expiryWarningsCheckBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), test::WaitMs);
        QVERIFY(!box->isChecked());
        QCOMPARE(calls(), QByteArray("--user is-enabled trello-onboard-check.timer\n"));
    }

    void aLockedOnIsKeptOnAndCannotBeCleared()
    {
        fakeSystemctl(1, 0);
        SetupOptions options;
        QVERIFY(!options.apply(QStringLiteral("expiry-warnings"), QStringLiteral("on")));
        options.locked.insert(QStringLiteral("expiry-warnings"));
        AccountsWindow window(Workspace::real(), options);
        window.show();
        auto *box = window.findChild<QCheckBox *>(QStringLiteral("expiryWarningsCheckBox"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("expiryWarningsLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), test::WaitMs);
        QVERIFY(box->isChecked());
        QVERIFY(!box->isEnabled());
        QVERIFY2(box->toolTip().contains(QLatin1String("administrator")), qPrintable(box->toolTip()));
        QVERIFY2(label->text().contains(QLatin1String("administrator keeps it on")), qPrintable(label->text()));
        QCOMPARE(calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"));
    }

    void aLockedOffTurnsNothingOffAndLeavesTheBoxToThePerson()
    {
        fakeSystemctl(0, 0); // on: the person turned it on
        SetupOptions options;
        QVERIFY(!options.apply(QStringLiteral("expiry-warnings"), QStringLiteral("off")));
        options.locked.insert(QStringLiteral("expiry-warnings"));
        AccountsWindow window(Workspace::real(), options);
        auto *box = window.findChild<QCheckBox *>(QStringLiteral("expiryWarningsCheckBox"));
        QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), test::WaitMs);
        QVERIFY(box->isChecked());
        QVERIFY2(!box->toolTip().contains(QLatin1String("administrator")), qPrintable(box->toolTip()));
        QCOMPARE(calls(), QByteArray("--user is-enabled trello-onboard-check.timer\n"));
    }

    void notOfferedInADemo()
    {
        fakeSystemctl(1, 0);
        AccountsWindow window(Workspace::demo(QUrl(QStringLiteral("http://127.0.0.1:9/1"))), SetupOptions());
        QVERIFY(!window.findChild<QCheckBox *>(QStringLiteral("expiryWarningsCheckBox")));
    }
};

WIZARD_TEST_MAIN(TestExpiryWarnings)
#include "tst_expirywarnings.moc"
