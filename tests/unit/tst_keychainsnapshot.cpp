// KeychainSnapshot against the real Secret Service of the test session (gnome-keyring on a
// private D-Bus, see tests/support/session.sh): it finds exactly what KeychainJob wrote, leaves
// out what QtKeychain would not read as ours, never prompts, and ends within its bound on a bus
// that says nothing (a child process of this binary).
#include "RunKeychainJob.h"
#include "SessionKeyring.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"
#include "keychain/KeychainSnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace onboard;

namespace {

const QString Service = QStringLiteral("trello-onboard-snapshot-test");

QString token(char fill)
{
    return QStringLiteral("ATTA") + QString(64, QLatin1Char(fill)) + QStringLiteral("0A1B2C3D");
}

QString account(int i)
{
    return QStringLiteral("%1:5f1a2b3c4d5e6f7a8b9c0d1e").arg(i, 32, 16, QLatin1Char('0'));
}

Error write(const QString &service, const QString &key, const QString &value,
            KeychainJob::Content content = KeychainJob::Content::Token)
{
    return test::runKeychainJob(KeychainJob::Operation::Write, service, key, value, content).error;
}

struct Snapshot
{
    std::unique_ptr<KeychainSnapshot> job;
    int finishedCount = 0;
    qint64 ms = 0;
};

Snapshot snapshot(const QString &service, int timeoutMs = KeychainJob::DefaultTimeoutMs)
{
    Snapshot s;
    s.job = std::make_unique<KeychainSnapshot>(service);
    s.job->setTimeoutMs(timeoutMs);
    QSignalSpy spy(s.job.get(), &KeychainSnapshot::finished);
    QElapsedTimer timer;
    timer.start();
    s.job->start();
    if (spy.isEmpty())
        spy.wait(test::WaitMs);
    s.ms = timer.elapsed();
    QTest::qWait(50); // a second emission would show here
    s.finishedCount = int(spy.count());
    return s;
}

// Stores an entry as another program would, through secret-tool: no QtKeychain schema, and an
// attribute of its own, so that it is a second item next to one of the same key, not a replacement.
bool storeWithSecretTool(const QString &service, const QString &key, const QByteArray &value)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("store"), QStringLiteral("--label=other program"),
                                               QStringLiteral("server"), service, QStringLiteral("user"), key,
                                               QStringLiteral("type"), QStringLiteral("plaintext"),
                                               QStringLiteral("stored-by"), QStringLiteral("another program")});
    if (!tool.waitForStarted(test::WaitMs))
        return false;
    tool.write(value);
    tool.closeWriteChannel();
    return tool.waitForFinished(test::WaitMs) && tool.exitCode() == 0;
}

// Child mode: one snapshot on whatever session bus the parent gave it.
int runChild()
{
    KeychainSnapshot job(Service);
    job.setTimeoutMs(700);
    QSignalSpy spy(&job, &KeychainSnapshot::finished);
    QElapsedTimer timer;
    timer.start();
    job.start();
    spy.wait(10000);
    QTest::qWait(500);
    QTextStream(stdout) << "kind=" << job.error().exitCode() << " count=" << spy.count() << " size=" << job.size()
                        << " ms=" << timer.elapsed() << " message=" << job.error().message() << '\n';
    return 0;
}

} // namespace

class TestKeychainSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::SessionKeyring::ownerPid() > 0, "needs the test session's Secret Service (session.sh)");
    }

    void readsWhatKeychainJobWroteInOneGo()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(!write(Service, account(i), token(char('a' + i))));
        const QString headers = QStringLiteral("{\"X-Secret\":\"s3cr3t\"}");
        QVERIFY(!write(Service, account(1) + QStringLiteral("#headers"), headers, KeychainJob::Content::HeaderValues));
        const Error other = write(Service + QStringLiteral("-other"), account(9), token('f'));
        QVERIFY2(!other, qPrintable(other.message()));

        const Snapshot s = snapshot(Service);
        QVERIFY2(!s.job->error(), qPrintable(s.job->error().message()));
        QCOMPARE(s.finishedCount, 1);
        QCOMPARE(s.job->size(), 4);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(s.job->entry(account(i)), std::optional<QString>(token(char('a' + i))));
        QCOMPARE(s.job->entry(account(1) + QStringLiteral("#headers")), std::optional<QString>(headers));
        QVERIFY(!s.job->entry(account(9))); // another service's
        QVERIFY(!s.job->entry(account(4)));
    }

    void leavesOutWhatQtKeychainDidNotStore()
    {
        // An item with the same attributes but without QtKeychain's schema: another program's.
        // QtKeychain's lookup would see it too; the choice is left to it, through KeychainJob.
        QVERIFY(storeWithSecretTool(Service, account(5), token('a').toLatin1()));
        // And a second item for a key KeychainJob stored: which one QtKeychain reads is its own
        // business, so neither is taken here.
        QVERIFY(storeWithSecretTool(Service, account(2), token('e').toLatin1()));
        const Snapshot s = snapshot(Service);
        QVERIFY(!s.job->error());
        QVERIFY(!s.job->entry(account(5)));
        QVERIFY(!s.job->entry(account(2)));
        QCOMPARE(s.job->entry(account(1)), std::optional<QString>(token('b')));
        QCOMPARE(s.job->entry(account(3)), std::optional<QString>(token('d')));
    }

    void aLockedCollectionGivesNothingAndNoPrompt()
    {
        QVERIFY(test::SessionKeyring::lock());
        const auto unlockAfter = qScopeGuard([] { test::SessionKeyring::unlock(); });
        const Snapshot s = snapshot(Service);
        QVERIFY2(!s.job->error(), qPrintable(s.job->error().message()));
        QCOMPARE(s.finishedCount, 1);
        QCOMPARE(s.job->size(), 0);
        QVERIFY(!test::SessionKeyring::isPromptOpen());
        QVERIFY(test::SessionKeyring::isLocked()); // it unlocked nothing: KeychainJob asks the person
    }

    void aKdeSessionIsLeftToQtKeychain()
    {
        // There QtKeychain may keep the tokens in KWallet, which this does not read.
        const QByteArray before = qgetenv("XDG_CURRENT_DESKTOP");
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        const auto restore = qScopeGuard([before] { qputenv("XDG_CURRENT_DESKTOP", before); });
        const Snapshot s = snapshot(Service);
        QVERIFY(!s.job->error());
        QCOMPARE(s.job->size(), 0);
    }

    void aSilentBusEndsAfterTheBound()
    {
        QLocalServer server;
        const QString path = test::sessionRoot() + QStringLiteral("/silent-bus-snapshot");
        QVERIFY(server.listen(path));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRELLO_TEST_SNAPSHOT_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + path);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(2 * test::WaitMs));
        const QByteArray output = child.readAllStandardOutput();
        QVERIFY2(output.startsWith("kind=3 count=1 size=0 "), output.constData()); // ErrorKind::Keychain, once
        QVERIFY2(output.contains("did not answer within 1 second"), output.constData());
    }

    void cleanupTestCase()
    {
        for (int i = 1; i <= 5; ++i) {
            QProcess::execute(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"), Service,
                                                              QStringLiteral("user"), account(i), QStringLiteral("stored-by"),
                                                              QStringLiteral("another program")});
            test::runKeychainJob(KeychainJob::Operation::Remove, Service, account(i));
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("TRELLO_TEST_SNAPSHOT_CHILD"))
        return runChild();
    TestKeychainSnapshot test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsnapshot.moc"
