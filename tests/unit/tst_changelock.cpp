// ChangeLock: one change to stored tokens at a time across processes. The other holder is a real
// process (this binary in child mode), so the lock file's process check is the real one.
#include "accounts/ChangeLock.h"
#include "RunKeychainJob.h"
#include "TestSupport.h"
#include "common/Job.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace onboard;

namespace {
// Child mode: takes the lock, says so on stdout, holds it for the given milliseconds.
int holdLock(const QString &registryPath, int ms)
{
    QLockFile lock(ChangeLock::pathFor(registryPath));
    if (!lock.tryLock(onboard::test::WaitMs))
        return 2;
    fputs("held\n", stdout);
    fflush(stdout);
    QThread::msleep(ms);
    return 0;
}

Error acquire(ChangeLock &lock, qint64 *elapsedMs = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Job> acquisition(lock.acquire());
    if (!onboard::test::runJob(*acquisition))
        return Error(ErrorKind::Cancelled, QStringLiteral("no answer"));
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return acquisition->error();
}
} // namespace

class TestChangeLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString registry() const { return m_dir.filePath(QStringLiteral("accounts.json")); }

    bool startHolder(QProcess &holder, int ms)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRELLO_TEST_HOLD_LOCK"), registry() + QLatin1Char('|') + QString::number(ms));
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        return holder.waitForReadyRead(onboard::test::WaitMs) && holder.readLine().startsWith("held");
    }

private Q_SLOTS:
    void pathNextToTheSettingsFile()
    {
        QCOMPARE(ChangeLock::pathFor(QStringLiteral("/c/accounts.json")), QStringLiteral("/c/accounts.changes.lock"));
        QCOMPARE(ChangeLock::pathFor(QStringLiteral("/c/accounts-demo.json")),
                 QStringLiteral("/c/accounts-demo.changes.lock"));
    }

    void freeLockIsTakenAtOnce()
    {
        ChangeLock lock(registry());
        qint64 ms = 0;
        QVERIFY(!acquire(lock, &ms));
        QVERIFY(lock.isHeld());
        QVERIFY(ms < 1000);
        lock.release();
        QVERIFY(!lock.isHeld());
    }

    void waitsForAnotherProcess()
    {
        QProcess holder;
        QVERIFY(startHolder(holder, 700));
        ChangeLock lock(registry());
        qint64 ms = 0;
        const Error e = acquire(lock, &ms);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY2(ms >= 300, QByteArray::number(ms).constData()); // it did wait
        QVERIFY(holder.state() == QProcess::NotRunning || holder.waitForFinished(onboard::test::WaitMs));
        QCOMPARE(holder.exitCode(), 0);
    }

    void givesUpWithAClearMessage()
    {
        QProcess holder;
        QVERIFY(startHolder(holder, 5000));
        ChangeLock lock(registry());
        lock.setWaitMs(400);
        const Error e = acquire(lock);
        QCOMPARE(e.kind(), ErrorKind::Keychain);
        QVERIFY2(e.message().contains(QString::number(holder.processId())), qPrintable(e.message()));
        QVERIFY(!lock.isHeld());
        holder.kill();
        holder.waitForFinished(onboard::test::WaitMs);
    }

    void unreadableLockFileIsTakenOverOnceOld()
    {
        // Empty: its owner was killed between creating and writing it. While fresh it may still be
        // being written, so it is waited for; a few seconds old, it is taken over.
        const QString path = ChangeLock::pathFor(registry());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.close();
        ChangeLock fresh(registry());
        fresh.setWaitMs(300);
        QCOMPARE(acquire(fresh).kind(), ErrorKind::Keychain);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        file.close();
        ChangeLock old(registry());
        old.setWaitMs(2000);
        QVERIFY(!acquire(old));
        old.release();
    }

    void twoHoldersInOneProcessExcludeEachOther()
    {
        ChangeLock first(registry());
        QVERIFY(!acquire(first));
        ChangeLock second(registry());
        second.setWaitMs(300);
        QCOMPARE(acquire(second).kind(), ErrorKind::Keychain);
        QVERIFY(!second.isHeld());
        // Released, it is free for the other.
        QTimer::singleShot(200, &first, &ChangeLock::release);
        second.setWaitMs(onboard::test::WaitMs);
        QVERIFY(!acquire(second));
        QVERIFY(second.isHeld());
    }

    void folderThatCannotHoldTheLockIsALocalStoreError()
    {
        // A file where the settings folder should be: nothing can be created in it.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ChangeLock lock(blocker + QStringLiteral("/accounts.json"));
        lock.setWaitMs(300);
        qint64 ms = 0;
        const Error e = acquire(lock, &ms);
        QCOMPARE(e.kind(), ErrorKind::LocalStore);
        QCOMPARE(e.exitCode(), 3);
        QVERIFY(ms < 300); // no wait: nobody is going to let go of it
    }

    void lockOfAKilledProcessIsTakenOver()
    {
        QProcess holder;
        QVERIFY(startHolder(holder, 60000));
        holder.kill(); // SIGKILL: the lock file stays behind
        QVERIFY(holder.waitForFinished(onboard::test::WaitMs));
        QVERIFY(QFile::exists(ChangeLock::pathFor(registry())));
        ChangeLock lock(registry());
        lock.setWaitMs(2000);
        qint64 ms = 0;
        QVERIFY(!acquire(lock, &ms));
        QVERIFY(ms < 1500);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString hold = qEnvironmentVariable("TRELLO_TEST_HOLD_LOCK");
    if (!hold.isEmpty())
        return holdLock(hold.section(QLatin1Char('|'), 0, 0), hold.section(QLatin1Char('|'), 1).toInt());
    TestChangeLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_changelock.moc"
