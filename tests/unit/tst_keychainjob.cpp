// KeychainJob against the real Secret Service of the test session (gnome-keyring on a private
// D-Bus, see tests/support/session.sh), plus child processes of this binary that run a job with
// no usable session bus.
#include "SessionKeyring.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace onboard;

namespace {

const QString KeyA = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString KeyB = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString MemberA = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");
const QString MemberB = QStringLiteral("600000000000000000000002");

QString accountId(const QString &key, const QString &member)
{
    return key + QLatin1Char(':') + member;
}

// Distinct well-formed tokens: the current form, and a legacy one.
QString currentToken(char fill)
{
    return QStringLiteral("ATTA") + QString(64, QLatin1Char(fill)) + QStringLiteral("0A1B2C3D");
}

QString legacyToken(char fill)
{
    return QString(64, QLatin1Char(fill));
}

struct Outcome
{
    Error error;
    QString token;
    int finishedCount = 0;
};

Outcome run(KeychainJob::Operation operation, const QString &service, const QString &account,
            const QString &token = QString(), int timeoutMs = KeychainJob::DefaultTimeoutMs)
{
    KeychainJob job(operation, service, account);
    job.setToken(token);
    job.setTimeoutMs(timeoutMs);
    QSignalSpy spy(&job, &KeychainJob::finished);
    job.start();
    if (spy.isEmpty())
        spy.wait(test::WaitMs);
    Outcome outcome;
    outcome.error = job.error();
    outcome.token = job.token();
    outcome.finishedCount = int(spy.count());
    return outcome;
}

const QString Real = KeychainJob::serviceName(false);
const QString Demo = KeychainJob::serviceName(true);

// ---- child mode: runs one job with whatever session bus the parent gave it, prints the outcome.
int runChild(const QString &mode)
{
    const QString account = accountId(KeyA, MemberA);
    const QString token = currentToken('c');
    QTextStream out(stdout);
    const auto report = [&out](const char *name, const KeychainJob &job, int count) {
        out << name << " kind=" << job.error().exitCode() << " count=" << count << " message=" << job.error().message()
            << '\n';
    };
    if (mode == QLatin1String("nobackend")) {
        for (auto operation :
             {KeychainJob::Operation::Write, KeychainJob::Operation::Read, KeychainJob::Operation::Remove}) {
            KeychainJob job(operation, Real, account);
            job.setToken(token);
            job.setTimeoutMs(10000);
            QSignalSpy spy(&job, &KeychainJob::finished);
            job.start();
            spy.wait(12000);
            QTest::qWait(200); // a second emission would show here
            const char *name = operation == KeychainJob::Operation::Write  ? "write"
                               : operation == KeychainJob::Operation::Read ? "read"
                                                                             : "remove";
            report(name, job, int(spy.count()));
        }
        return 0;
    }
    if (mode == QLatin1String("hang")) {
        // The bus accepts the connection and never says a word: only the timeout can end this.
        KeychainJob job(KeychainJob::Operation::Write, Real, account);
        job.setToken(token);
        job.setTimeoutMs(700);
        QSignalSpy spy(&job, &KeychainJob::finished);
        job.start();
        spy.wait(10000);
        QTest::qWait(1500);
        report("write", job, int(spy.count()));
        // A job deleted while the keychain still hangs must not crash later either.
        auto *second = new KeychainJob(KeychainJob::Operation::Read, Real, account);
        second->setTimeoutMs(300);
        second->start();
        delete second;
        QTest::qWait(500);
        out << "done\n";
        return 0;
    }
    return 2;
}

} // namespace

class TestKeychainJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serviceNames();
    void roundTrip_data();
    void roundTrip();
    void demoAndRealAreSeparate();
    void overwrite();
    void readMissing();
    void lockedCollection();
    void malformedTokenIsNotWritten();
    void removeIsIdempotent();
    void accountsAreIndependent();
    void storedUnderDocumentedAttributes();
    void finishedIsQueued();
    void startTwice();
    void timeoutEmitsOnce();
    void deleteWhileRunning();
    void noBackend();
    void hangingBusTimesOut();
    void noTokenInFiles();

private:
    bool runSelf(const QString &mode, const QString &busAddress, QByteArray *output);
    QStringList m_written; // every token this test stored, for the final file scan
};

void TestKeychainJob::initTestCase()
{
    QVERIFY2(!test::sessionRoot().isEmpty(), "run this test through tests/support/session.sh (ctest does)");
    // Start from an empty keychain for the accounts used here.
    for (const QString &service : {Real, Demo}) {
        for (const QString &account : {accountId(KeyA, MemberA), accountId(KeyA, MemberB), accountId(KeyB, MemberA)})
            QVERIFY(!run(KeychainJob::Operation::Remove, service, account).error);
    }
}

void TestKeychainJob::serviceNames()
{
    QCOMPARE(KeychainJob::serviceName(false), QStringLiteral("trello-onboard"));
    QCOMPARE(KeychainJob::serviceName(true), QStringLiteral("trello-onboard-demo"));
}

void TestKeychainJob::roundTrip_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("token");
    QTest::newRow("real, current token") << false << currentToken('1');
    QTest::newRow("real, legacy token") << false << legacyToken('2');
    QTest::newRow("demo, current token") << true << currentToken('3');
    QTest::newRow("demo, legacy upper-case") << true << legacyToken('D');
}

void TestKeychainJob::roundTrip()
{
    QFETCH(bool, demo);
    QFETCH(QString, token);
    const QString service = KeychainJob::serviceName(demo);
    const QString account = accountId(KeyA, MemberA);
    m_written.append(token);

    Outcome write = run(KeychainJob::Operation::Write, service, account, token);
    QVERIFY2(!write.error, qPrintable(write.error.message()));
    QCOMPARE(write.finishedCount, 1);

    Outcome read = run(KeychainJob::Operation::Read, service, account);
    QVERIFY2(!read.error, qPrintable(read.error.message()));
    QCOMPARE(read.token, token);
    QCOMPARE(read.finishedCount, 1);

    Outcome remove = run(KeychainJob::Operation::Remove, service, account);
    QVERIFY2(!remove.error, qPrintable(remove.error.message()));

    Outcome gone = run(KeychainJob::Operation::Read, service, account);
    QCOMPARE(gone.error.kind(), ErrorKind::NoAccount);
    QVERIFY(gone.token.isEmpty());
}

void TestKeychainJob::demoAndRealAreSeparate()
{
    const QString account = accountId(KeyA, MemberA);
    const QString demoToken = currentToken('4');
    m_written.append(demoToken);
    QVERIFY(!run(KeychainJob::Operation::Write, Demo, account, demoToken).error);

    QCOMPARE(run(KeychainJob::Operation::Read, Real, account).error.kind(), ErrorKind::NoAccount);

    const QString realToken = currentToken('5');
    m_written.append(realToken);
    QVERIFY(!run(KeychainJob::Operation::Write, Real, account, realToken).error);
    QCOMPARE(run(KeychainJob::Operation::Read, Demo, account).token, demoToken);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, account).token, realToken);

    // Removing from one leaves the other.
    QVERIFY(!run(KeychainJob::Operation::Remove, Demo, account).error);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, account).token, realToken);
    QVERIFY(!run(KeychainJob::Operation::Remove, Real, account).error);
}

void TestKeychainJob::overwrite()
{
    const QString account = accountId(KeyA, MemberA);
    const QString first = currentToken('6');
    const QString second = legacyToken('7');
    m_written << first << second;
    QVERIFY(!run(KeychainJob::Operation::Write, Real, account, first).error);
    QVERIFY(!run(KeychainJob::Operation::Write, Real, account, second).error);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, account).token, second);
    QVERIFY(!run(KeychainJob::Operation::Remove, Real, account).error);
}

void TestKeychainJob::readMissing()
{
    const QString account = accountId(KeyB, MemberA);
    const Outcome read = run(KeychainJob::Operation::Read, Real, account);
    QCOMPARE(read.error.kind(), ErrorKind::NoAccount);
    QCOMPARE(read.error.exitCode(), 5);
    QVERIFY(read.error.message().contains(account));
    QVERIFY(read.token.isEmpty());
    QCOMPARE(read.finishedCount, 1);
}

void TestKeychainJob::lockedCollection()
{
    // A locked collection whose unlock prompt cannot be shown (no display: the provider answers
    // "dismissed" at once). Left to QtKeychain, a read would say "not found" and a removal would
    // succeed while removing nothing; the job unlocks first, so every step says "stayed locked"
    // (exit 3), and nothing may be lost.
    const QString stored = accountId(KeyA, MemberB);
    const QString missing = accountId(KeyB, MemberB);
    QVERIFY(!run(KeychainJob::Operation::Write, Real, stored, currentToken('5')).error);
    QVERIFY(test::SessionKeyring::lock());
    const auto unlockAfter = qScopeGuard([] { test::SessionKeyring::unlock(); });

    const Outcome read = run(KeychainJob::Operation::Read, Real, stored);
    QCOMPARE(read.error.kind(), ErrorKind::Keychain);
    QVERIFY2(read.error.message().contains(QLatin1String("stayed locked")), qPrintable(read.error.message()));
    QVERIFY2(read.error.message().contains(QLatin1String("gnome-keyring-daemon")), qPrintable(read.error.message()));
    QCOMPARE(run(KeychainJob::Operation::Read, Real, missing).error.kind(), ErrorKind::Keychain);
    const Outcome removed = run(KeychainJob::Operation::Remove, Real, stored);
    QCOMPARE(removed.error.kind(), ErrorKind::Keychain);
    QCOMPARE(removed.finishedCount, 1);
    QCOMPARE(run(KeychainJob::Operation::Write, Real, stored, currentToken('6')).error.kind(), ErrorKind::Keychain);

    QVERIFY(test::SessionKeyring::unlock());
    const Outcome after = run(KeychainJob::Operation::Read, Real, stored);
    QVERIFY2(!after.error, qPrintable(after.error.message()));
    QCOMPARE(after.token, currentToken('5'));
    QCOMPARE(run(KeychainJob::Operation::Read, Real, missing).error.kind(), ErrorKind::NoAccount);
    QVERIFY(!run(KeychainJob::Operation::Remove, Real, stored).error);
}

void TestKeychainJob::malformedTokenIsNotWritten()
{
    const QString account = accountId(KeyA, MemberB);
    const QString malformed[] = {
        QString(),
        currentToken('8').left(75),           // one short
        currentToken('8') + QLatin1Char('0'), // one long
        QStringLiteral("ATTA") + QString(72, QLatin1Char('g')),
        legacyToken('9') + QLatin1Char('\n'), // not trimmed here: the caller trims
        QStringLiteral("password"),
    };
    for (const QString &token : malformed) {
        const Outcome write = run(KeychainJob::Operation::Write, Real, account, token);
        QCOMPARE(write.error.kind(), ErrorKind::BadInput);
        QCOMPARE(write.finishedCount, 1);
        if (!token.isEmpty())
            QVERIFY(!write.error.message().contains(token));
        QCOMPARE(run(KeychainJob::Operation::Read, Real, account).error.kind(), ErrorKind::NoAccount);
    }
}

void TestKeychainJob::removeIsIdempotent()
{
    const QString account = accountId(KeyA, MemberB);
    const QString token = currentToken('a');
    m_written.append(token);
    QVERIFY(!run(KeychainJob::Operation::Write, Demo, account, token).error);
    for (int i = 0; i < 3; ++i) {
        const Outcome remove = run(KeychainJob::Operation::Remove, Demo, account);
        QVERIFY2(!remove.error, qPrintable(remove.error.message()));
        QCOMPARE(remove.finishedCount, 1);
    }
    QCOMPARE(run(KeychainJob::Operation::Read, Demo, account).error.kind(), ErrorKind::NoAccount);
}

void TestKeychainJob::accountsAreIndependent()
{
    const QString one = accountId(KeyA, MemberA);
    const QString two = accountId(KeyA, MemberB);   // same key, another member
    const QString three = accountId(KeyB, MemberA); // same member, another key
    const QString t1 = currentToken('b'), t2 = currentToken('c'), t3 = legacyToken('e');
    m_written << t1 << t2 << t3;
    QVERIFY(!run(KeychainJob::Operation::Write, Real, one, t1).error);
    QVERIFY(!run(KeychainJob::Operation::Write, Real, two, t2).error);
    QVERIFY(!run(KeychainJob::Operation::Write, Real, three, t3).error);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, one).token, t1);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, two).token, t2);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, three).token, t3);

    QVERIFY(!run(KeychainJob::Operation::Remove, Real, two).error);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, one).token, t1);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, two).error.kind(), ErrorKind::NoAccount);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, three).token, t3);
    QVERIFY(!run(KeychainJob::Operation::Remove, Real, one).error);
    QVERIFY(!run(KeychainJob::Operation::Remove, Real, three).error);
}

void TestKeychainJob::storedUnderDocumentedAttributes()
{
    // Other programs find the token with libsecret: QtKeychain's schema stores service as
    // "server" and key as "user". Checked with secret-tool, which install-deps.sh installs.
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    QVERIFY2(!secretTool.isEmpty(), "secret-tool is not installed: run packaging/install-deps.sh");
    const QString account = accountId(KeyB, MemberA);
    const QString token = currentToken('f');
    m_written.append(token);
    QVERIFY(!run(KeychainJob::Operation::Write, Real, account, token).error);

    const auto lookup = [&](const QString &service) {
        QProcess process;
        process.start(secretTool,
                      {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), account});
        if (!process.waitForFinished(test::WaitMs))
            process.kill();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    };
    QCOMPARE(lookup(QStringLiteral("trello-onboard")), token);
    QCOMPARE(lookup(QStringLiteral("trello-onboard-demo")), QString());
    QVERIFY(!run(KeychainJob::Operation::Remove, Real, account).error);
    QCOMPARE(lookup(QStringLiteral("trello-onboard")), QString());
}

void TestKeychainJob::finishedIsQueued()
{
    // Even an error found before the keychain is asked is reported from the event loop.
    KeychainJob job(KeychainJob::Operation::Write, Real, accountId(KeyA, MemberA));
    job.setToken(QStringLiteral("not a token"));
    QSignalSpy spy(&job, &KeychainJob::finished);
    job.start();
    QCOMPARE(spy.count(), 0);
    QVERIFY(job.isRunning());
    QVERIFY(spy.wait(test::WaitMs));
    QCOMPARE(job.error().kind(), ErrorKind::BadInput);
    QVERIFY(job.isFinished());
}

void TestKeychainJob::startTwice()
{
    KeychainJob job(KeychainJob::Operation::Read, Real, accountId(KeyA, MemberA));
    QSignalSpy spy(&job, &KeychainJob::finished);
    job.start();
    QTest::ignoreMessage(QtWarningMsg, "a job was started twice; the second start is ignored: onboard::KeychainJob");
    job.start();
    QVERIFY(spy.wait(test::WaitMs));
    QTest::qWait(300);
    QCOMPARE(spy.count(), 1);
}

void TestKeychainJob::timeoutEmitsOnce()
{
    // With a 1 ms limit the timer nearly always wins against the D-Bus round trip; whichever wins,
    // finished() comes once and the late answer of QtKeychain goes nowhere.
    const QString account = accountId(KeyA, MemberA);
    const QString token = currentToken('0');
    m_written.append(token);
    int timedOut = 0;
    for (int i = 0; i < 5; ++i) {
        KeychainJob job(KeychainJob::Operation::Write, Real, account);
        job.setToken(token);
        job.setTimeoutMs(1);
        QSignalSpy spy(&job, &KeychainJob::finished);
        job.start();
        QVERIFY(spy.wait(test::WaitMs));
        QTest::qWait(300);
        QCOMPARE(spy.count(), 1);
        if (job.error()) {
            QCOMPARE(job.error().kind(), ErrorKind::Keychain);
            QVERIFY(job.error().message().contains(QStringLiteral("did not answer")));
            QVERIFY(!job.error().message().contains(token));
            ++timedOut;
        }
    }
    qInfo("%d of 5 jobs timed out", timedOut);
    // The keychain still works afterwards (the abandoned jobs ran out on their own).
    QVERIFY(!run(KeychainJob::Operation::Remove, Real, account).error);
    QCOMPARE(run(KeychainJob::Operation::Read, Real, account).error.kind(), ErrorKind::NoAccount);
}

void TestKeychainJob::deleteWhileRunning()
{
    const QString account = accountId(KeyA, MemberB);
    const QString token = currentToken('9');
    m_written.append(token);
    for (auto operation :
         {KeychainJob::Operation::Write, KeychainJob::Operation::Read, KeychainJob::Operation::Remove}) {
        auto *job = new KeychainJob(operation, Demo, account);
        job->setToken(token);
        job->start();
        delete job;
    }
    QTest::qWait(500);
    // Still usable, and the queue of QtKeychain jobs drained.
    QVERIFY(!run(KeychainJob::Operation::Remove, Demo, account).error);
    QCOMPARE(run(KeychainJob::Operation::Read, Demo, account).error.kind(), ErrorKind::NoAccount);
}

// Runs this binary as a child in `mode` with the given session bus; true when it ended normally.
bool TestKeychainJob::runSelf(const QString &mode, const QString &busAddress, QByteArray *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRELLO_TEST_KEYCHAIN_CHILD"), mode);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), {});
    if (!process.waitForFinished(2 * test::WaitMs)) {
        process.kill();
        process.waitForFinished(test::WaitMs);
        *output = "the child did not finish in time";
        return false;
    }
    *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        output->append("\n(the child crashed or failed, exit code " + QByteArray::number(process.exitCode()) + ")");
        return false;
    }
    return true;
}

void TestKeychainJob::noBackend()
{
    const QString deadSocket = test::sessionRoot() + QStringLiteral("/no-such-bus");
    QByteArray output;
    QVERIFY2(runSelf(QStringLiteral("nobackend"), QStringLiteral("unix:path=") + deadSocket, &output),
             output.constData());
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines) {
        QVERIFY2(line.contains(" kind=3 count=1 "), line.constData()); // ErrorKind::Keychain, once
        QVERIFY(!line.contains(currentToken('c').toLatin1()));
    }
    QVERIFY(lines.at(0).startsWith("write "));
    // The insecure fallback was not used: the token is in no file of the session.
    QCOMPARE(test::filesContaining(test::sessionRoot(), currentToken('c').toLatin1()), QStringList());
}

void TestKeychainJob::hangingBusTimesOut()
{
    // A "bus" that accepts connections and never answers: deterministic way to hit the timeout.
    QLocalServer server;
    const QString path = test::sessionRoot() + QStringLiteral("/silent-bus");
    QVERIFY(server.listen(path));
    QByteArray output;
    QVERIFY2(runSelf(QStringLiteral("hang"), QStringLiteral("unix:path=") + path, &output), output.constData());
    QVERIFY2(output.contains("write kind=3 count=1 message=The keychain did not answer within 1 second"),
             output.constData());
    QVERIFY2(output.contains("done"), output.constData());
    QCOMPARE(test::filesContaining(test::sessionRoot(), currentToken('c').toLatin1()), QStringList());
}

void TestKeychainJob::noTokenInFiles()
{
    // Every token written above lives in gnome-keyring's encrypted file only.
    for (const QString &token : std::as_const(m_written)) {
        QCOMPARE(test::filesContaining(test::sessionRoot(), token.toLatin1()), QStringList());
        QCOMPARE(test::filesContaining(test::sessionRoot(), token.toUtf8().toBase64()), QStringList());
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("TRELLO_TEST_KEYCHAIN_CHILD");
    if (!child.isEmpty())
        return runChild(child);
    TestKeychainJob test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainjob.moc"
