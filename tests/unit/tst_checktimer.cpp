// Unit tests for CheckTimer: "Warn me before tokens expire" runs systemctl --user on the shipped
// timer. There is no user systemd in a container, so a stand-in systemctl (a shell script that
// records its arguments and exits as told) plays it.
#include "desktop/CheckTimer.h"

#include "RunKeychainJob.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace onboard;

class TestCheckTimer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString fake(int exitCode, const QByteArray &stderrText = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("systemctl"));
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        script.write("#!/bin/sh\necho \"$*\" >> '" + m_dir.filePath(QStringLiteral("calls")).toLocal8Bit() + "'\n");
        if (!stderrText.isEmpty())
            script.write("echo '" + stderrText + "' >&2\n");
        script.write("exit " + QByteArray::number(exitCode) + "\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("TRELLO_ONBOARD_SYSTEMCTL", path.toLocal8Bit());
        QFile::remove(m_dir.filePath(QStringLiteral("calls")));
        return path;
    }
    QByteArray calls() const
    {
        QFile file(m_dir.filePath(QStringLiteral("calls")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void enableAndDisable()
    {
        fake(0);
        CheckTimer enable(CheckTimer::Action::Enable);
        QVERIFY(test::runJob(enable));
        QVERIFY2(!enable.error(), qPrintable(enable.error().message()));
        CheckTimer disable(CheckTimer::Action::Disable);
        QVERIFY(test::runJob(disable));
        QVERIFY(!disable.error());
        QCOMPARE(calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"
                                     "--user disable --now trello-onboard-check.timer\n"));
    }

    void query()
    {
        fake(0);
        CheckTimer on(CheckTimer::Action::Query);
        QVERIFY(test::runJob(on));
        QVERIFY(on.isEnabled());
        QCOMPARE(calls(), QByteArray("--user is-enabled trello-onboard-check.timer\n"));
        fake(1);
        CheckTimer off(CheckTimer::Action::Query);
        QVERIFY(test::runJob(off));
        QVERIFY(!off.error());
        QVERIFY(!off.isEnabled());
    }

    void aChangeDeletedWhileRunningIsCompleted()
    {
        // A window closed while it turns the timer on: the enable is waited for, not cut; a query
        // is ended at once (QElapsedTimer: the query's sleep is not waited for).
        const QString path = fake(0);
        QFile script(path);
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write("#!/bin/sh\nsleep 1\necho \"$*\" >> '" + m_dir.filePath(QStringLiteral("calls")).toLocal8Bit() + "'\n");
        script.close();
        auto *enable = new CheckTimer(CheckTimer::Action::Enable);
        bool reported = false;
        connect(enable, &Job::finished, this, [&reported] { reported = true; });
        enable->start();
        QTest::qWait(100);
        delete enable;
        QVERIFY(!reported);
        QCOMPARE(calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"));

        auto *query = new CheckTimer(CheckTimer::Action::Query);
        query->start();
        QTest::qWait(100);
        QElapsedTimer deleting;
        deleting.start();
        delete query;
        QVERIFY(deleting.elapsed() < 900);
        QCOMPARE(calls(), QByteArray("--user enable --now trello-onboard-check.timer\n"));
    }

    void deletedWhileRunningSaysNothing()
    {
        // systemctl that takes its time: the job is deleted meanwhile (a window closed).
        const QString path = fake(0);
        QFile script(path);
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write("#!/bin/sh\nsleep 5\n");
        script.close();
        auto *timer = new CheckTimer(CheckTimer::Action::Query);
        bool reported = false;
        connect(timer, &Job::finished, this, [&reported] { reported = true; });
        timer->start();
        QTest::qWait(300);
        delete timer;
        QTest::qWait(100);
        QVERIFY(!reported);
    }

    void failuresSayWhy()
    {
        fake(1, "Failed to connect to bus: No medium found");
        CheckTimer enable(CheckTimer::Action::Enable);
        QVERIFY(test::runJob(enable));
        QCOMPARE(enable.error().kind(), ErrorKind::LocalStore);
        QVERIFY2(enable.error().message().contains(QLatin1String("No medium found")), qPrintable(enable.error().message()));

        qputenv("TRELLO_ONBOARD_SYSTEMCTL", m_dir.filePath(QStringLiteral("missing")).toLocal8Bit());
        CheckTimer missing(CheckTimer::Action::Enable);
        QVERIFY(test::runJob(missing));
        QCOMPARE(missing.error().kind(), ErrorKind::LocalStore);
    }
};

QTEST_GUILESS_MAIN(TestCheckTimer)
#include "tst_checktimer.moc"
