// Unit tests for CheckTimer: "Warn me before tokens expire" runs systemctl --user on the shipped
// timer. There is no user systemd in a container, so a stand-in systemctl
// (test::StandInSystemctl) plays it.
#include "desktop/CheckTimer.h"

#include "RunKeychainJob.h"
#include "StandInSystemctl.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace onboard;

class TestCheckTimer : public QObject
{
    Q_OBJECT

private:
    test::StandInSystemctl m_systemctl; // install({is-enabled's status, enable/disable's, seconds each call takes})

private Q_SLOTS:
    void enableAndDisable()
    {
        QVERIFY(m_systemctl.install({}));
        CheckTimer enable(CheckTimer::Action::Enable);
        QVERIFY(test::runJob(enable));
        QVERIFY2(!enable.error(), qPrintable(enable.error().message()));
        CheckTimer disable(CheckTimer::Action::Disable);
        QVERIFY(test::runJob(disable));
        QVERIFY(!disable.error());
        QCOMPARE(m_systemctl.calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"
                                                 "--user disable --now trello-onboard-check.timer\n"));
    }

    void query()
    {
        QVERIFY(m_systemctl.install({0, 0}));
        CheckTimer on(CheckTimer::Action::Query);
        QVERIFY(test::runJob(on));
        QVERIFY(on.isEnabled());
        QCOMPARE(m_systemctl.calls(), QByteArray("--user is-enabled trello-onboard-check.timer\n"));
        QVERIFY(m_systemctl.install({1, 0}));
        CheckTimer off(CheckTimer::Action::Query);
        QVERIFY(test::runJob(off));
        QVERIFY(!off.error());
        QVERIFY(!off.isEnabled());
    }

    void aChangeDeletedWhileRunningIsCompleted()
    {
        // A window closed while it turns the timer on: the enable is waited for, not cut, and
        // reports nothing; a query is ended at once (its second is not waited for).
        QVERIFY(m_systemctl.install({1, 0, 1}));
        auto *enable = new CheckTimer(CheckTimer::Action::Enable);
        bool reported = false;
        connect(enable, &Job::finished, this, [&reported] { reported = true; });
        enable->start();
        QTest::qWait(100);
        delete enable;
        QVERIFY(!reported);
        QCOMPARE(m_systemctl.calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"));

        auto *query = new CheckTimer(CheckTimer::Action::Query);
        connect(query, &Job::finished, this, [&reported] { reported = true; });
        query->start();
        QTest::qWait(100);
        QElapsedTimer deleting;
        deleting.start();
        delete query;
        QVERIFY(deleting.elapsed() < 900);
        QTest::qWait(100);
        QVERIFY(!reported);
        QCOMPARE(m_systemctl.calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"));
    }

    void failuresSayWhy()
    {
        QVERIFY(m_systemctl.install({1, 1}));
        CheckTimer enable(CheckTimer::Action::Enable);
        QVERIFY(test::runJob(enable));
        QCOMPARE(enable.error().kind(), ErrorKind::LocalStore);
        QVERIFY2(enable.error().message().contains(QLatin1String(test::StandInSystemctl::failureReason())),
                 qPrintable(enable.error().message()));

        QTemporaryDir empty;
        qputenv("TRELLO_ONBOARD_SYSTEMCTL", QFile::encodeName(empty.filePath(QStringLiteral("missing"))));
        CheckTimer missing(CheckTimer::Action::Enable);
        QVERIFY(test::runJob(missing));
        QCOMPARE(missing.error().kind(), ErrorKind::LocalStore);
    }
};

QTEST_GUILESS_MAIN(TestCheckTimer)
#include "tst_checktimer.moc"
