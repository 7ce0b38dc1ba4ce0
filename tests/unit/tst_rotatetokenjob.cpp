// RotateTokenJob and ChangeRecovery (rotations) against the built-in sandbox and the real Secret
// Service of the test session: the order of the calls (new token verified and stored before the
// old one is revoked), a failure at each step leaving exactly one working token, an interrupted
// rotation made by hand and by a real SIGKILL of a child process, finished or rolled back.
#include "accounts/SettingsFile.h"
#include "operations/RotateTokenJob.h"
#include "accounts/ChangeLock.h"
#include "accounts/SecretHeaders.h"
#include "changes/ChangeJournal.h"
#include "changes/ChangeRecovery.h"
#include "SandboxServer.h"
#include "operations/StoreTokenJob.h"
#include "RunKeychainJob.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace onboard;
using onboard::sandbox::SandboxFault;
using onboard::sandbox::SandboxServer;

namespace {

const QString Service = KeychainJob::serviceName(true);
const QStringList ReadWrite{QStringLiteral("read"), QStringLiteral("write")};

using KeychainRead = test::KeychainAnswer;

KeychainRead keychain(KeychainJob::Operation operation, const QString &key, const QString &token = {})
{
    return test::runKeychainJob(operation, Service, key, token);
}

QString stored(const QString &key)
{
    const KeychainRead read = keychain(KeychainJob::Operation::Read, key);
    return read.error ? QString() : read.token;
}

// ---- child mode: rotates to the token read from stdin; the test env var kills it after the store.
int runChild(const QString &registryPath)
{
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    SandboxServer sandbox;
    if (!sandbox.listen())
        return 70;
    const Workspace profile = Workspace::demo(sandbox.apiRoot()).withSettingsPath(registryPath);
    SettingsFile registry(registryPath);
    if (registry.load() || registry.accounts().isEmpty())
        return 71;
    const Account account = registry.accounts().first();
    RotateTokenJob operation(profile, account, account.setupOptions(), token);
    const Error e = test::runToEnd(operation);
    return e ? 72 : 0;
}

} // namespace

class TestRotateTokenJob : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    QTemporaryDir m_dir;
    int m_registries = 0;
    QString m_registryPath;
    QStringList m_tokens;

    Workspace profile() const { return Workspace::demo(m_sandbox->apiRoot()).withSettingsPath(m_registryPath); }
    QString journalPath() const { return ChangeJournal::pathFor(m_registryPath); }

    // Names a rotation of this account in the journal, as an interrupted one would have left it.
    bool journalRotation(const QString &accountId) const
    {
        const auto held = test::heldLock(m_registryPath);
        return held && !ChangeJournal(m_registryPath).add(*held, {ChangeJournal::Kind::Rotate, accountId, {}, {}});
    }

    QString issue(int member, const QStringList &scopes = ReadWrite)
    {
        const QString token = m_sandbox->issueToken(member, scopes, QStringLiteral("30days"));
        m_tokens.append(token);
        return token;
    }

    QList<Account> accounts() const
    {
        SettingsFile registry(m_registryPath);
        registry.load();
        return registry.accounts();
    }

    // After every failure: exactly the old token stored, working, nothing in flight.
    void expectOldKept(const Account &account, const QString &oldToken, const QString &newToken)
    {
        QCOMPARE(stored(account.id()), oldToken);
        QVERIFY(!m_sandbox->isRevoked(oldToken));
        QCOMPARE(keychain(KeychainJob::Operation::Read, ChangeJournal::stashKey(account.id())).error.kind(),
                 ErrorKind::NoAccount);
        QVERIFY(!QFile::exists(journalPath()));
        QCOMPARE(accounts().size(), 1);
        QCOMPARE(accounts().first().id(), account.id());
        Q_UNUSED(newToken)
    }

    // Rotates to `newToken` in a child process of this binary, with one more environment variable;
    // its exit code, or -1 when it was killed (or did not finish).
    int rotateInChild(const QString &newToken, const QString &name, const QString &value)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRELLO_TEST_ROTATE_CHILD"), m_registryPath);
        env.insert(name, value);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted(test::WaitMs))
            return -2;
        child.write(newToken.toLatin1() + '\n');
        child.closeWriteChannel();
        if (!child.waitForFinished(test::WaitMs * 2) || child.exitStatus() == QProcess::CrashExit)
            return -1;
        return child.exitCode();
    }

    bool rotateInChildKilledAt(const QString &point, const QString &newToken)
    {
        return rotateInChild(newToken, QStringLiteral("TRELLO_ONBOARD_TEST_KILL_AT"), point) == -1;
    }

    // After a successful rotation: the new token stored, nothing in flight.
    void expectNewStored(const Account &account, const QString &newToken)
    {
        QCOMPARE(stored(account.id()), newToken);
        QVERIFY(!m_sandbox->isRevoked(newToken));
        QCOMPARE(keychain(KeychainJob::Operation::Read, ChangeJournal::stashKey(account.id())).error.kind(),
                 ErrorKind::NoAccount);
        QVERIFY(!QFile::exists(journalPath()));
        QCOMPARE(accounts().size(), 1);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->listen());
        m_registryPath = m_dir.filePath(QStringLiteral("r%1/accounts-demo.json").arg(++m_registries));
    }

    void cleanup()
    {
        delete m_sandbox;
        m_sandbox = nullptr;
        for (const auto &member : SandboxServer::members()) {
            const QString id = SandboxServer::demoKey() + QLatin1Char(':') + member.id;
            keychain(KeychainJob::Operation::Remove, id);
            keychain(KeychainJob::Operation::Remove, ChangeJournal::stashKey(id));
        }
    }

    void happyPath()
    {
        const QString oldToken = issue(0, ReadWrite);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0, ReadWrite);
        m_sandbox->clearReceived();

        SetupOptions options = account.setupOptions();
        options.request.scopes = {QStringLiteral("read")};
        RotateTokenJob rotation(profile(), account, options, newToken);
        const Error e = test::runToEnd(rotation);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(rotation.oldTokenRevoked());
        QVERIFY(!rotation.revokeProblem());
        QVERIFY(m_sandbox->isRevoked(oldToken));
        expectNewStored(account, newToken);
        QCOMPARE(accounts().first().scopes, ReadWrite); // what Trello says the token has

        // The order: the new token verified (with the new token), then the old one revoked last.
        const auto received = m_sandbox->received();
        QVERIFY(received.size() >= 3);
        int firstDelete = -1;
        int lastVerify = -1;
        for (int i = 0; i < received.size(); ++i) {
            if (received.at(i).method == "DELETE" && firstDelete < 0)
                firstDelete = i;
            if (received.at(i).method == "GET")
                lastVerify = i;
        }
        QVERIFY(firstDelete > lastVerify);
        QCOMPARE(firstDelete, received.size() - 1);
        QVERIFY(received.last().path.contains(oldToken));
    }

    // An account with a secret header: its value, kept in the keychain, goes with the new token's
    // verification and the old token's revocation, and stays kept after the rotation.
    void secretHeaderValuesGoWithTheRotation()
    {
        const QString oldToken = issue(0, ReadWrite);
        test::storeDemoAccount(profile(), oldToken, {CustomHeader("X-Api-Key", "s3cret-value"), CustomHeader("X-Team", "blue")});
        SettingsFile settings(m_registryPath);
        QVERIFY(!settings.load());
        const Account account = settings.accounts().first(); // as a later run reads it
        QVERIFY(account.hasKeptHeaders());
        const QString newToken = issue(0, ReadWrite);
        m_sandbox->clearReceived();
        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        const Error e = test::runToEnd(rotation);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(m_sandbox->isRevoked(oldToken));
        QVERIFY(!m_sandbox->received().isEmpty());
        for (const auto &request : m_sandbox->received())
            QCOMPARE(request.header("X-Api-Key"), QByteArray("s3cret-value"));
        const auto kept = test::runKeychainJob(KeychainJob::Operation::Read, Service,
                                               SecretHeaders::keychainKey(account.id()), {},
                                               KeychainJob::Content::HeaderValues);
        QVERIFY(kept.token.contains(QStringLiteral("s3cret-value")));
        QFile file(m_registryPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret-value"));
        expectNewStored(account, newToken);
    }

    void secretHeadersAreNotChangedByARotation()
    {
        const QString oldToken = issue(0, ReadWrite);
        test::storeDemoAccount(profile(), oldToken, {CustomHeader("X-Api-Key", "s3cret-value")});
        SettingsFile settings(m_registryPath);
        QVERIFY(!settings.load());
        const Account account = settings.accounts().first();
        const QString newToken = issue(0, ReadWrite);
        const QList<CustomHeaders> refused{{CustomHeader("X-Api-Key", "0ther-value")},
                                           {CustomHeader("X-Api-Key", "s3cret-value"), CustomHeader("Cookie", "c=1")},
                                           {}};
        for (const CustomHeaders &headers : refused) {
            SetupOptions options = account.setupOptions();
            options.endpoint.headers = headers;
            RotateTokenJob rotation(profile(), account, options, newToken);
            const Error e = test::runToEnd(rotation);
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(e.message().contains(QLatin1String("X-Api-Key")), qPrintable(e.message()));
            expectOldKept(account, oldToken, newToken);
        }
        const auto kept = test::runKeychainJob(KeychainJob::Operation::Read, Service,
                                               SecretHeaders::keychainKey(account.id()), {},
                                               KeychainJob::Content::HeaderValues);
        QVERIFY(kept.token.contains(QStringLiteral("s3cret-value")));
        QVERIFY(!kept.token.contains(QStringLiteral("0ther-value")));
    }

    void verifyRefused()
    {
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0);
        SandboxFault fault;
        fault.status = 401;
        fault.body = "invalid token";
        fault.times = -1;
        m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        QCOMPARE(test::runToEnd(rotation).kind(), ErrorKind::TokenRefused);
        m_sandbox->clearFaults();
        expectOldKept(account, oldToken, newToken);
    }

    void anotherMemberRefused()
    {
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(1);
        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        const Error e = test::runToEnd(rotation);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY(e.message().contains(SandboxServer::members().at(1).username));
        expectOldKept(account, oldToken, newToken);
    }

    void revokeFailsWithServerError()
    {
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0);
        SandboxFault fault;
        fault.status = 503;
        fault.body = "down";
        fault.times = -1;
        m_sandbox->addFault("DELETE", QStringLiteral("/1/tokens/"), fault);
        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        const Error e = test::runToEnd(rotation);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(!rotation.oldTokenRevoked());
        QCOMPARE(rotation.revokeProblem().kind(), ErrorKind::Network);
        QVERIFY(rotation.revokeProblem().message().contains(QLatin1String("trello.com")));
        QVERIFY(!rotation.revokeProblem().message().contains(oldToken));
        expectNewStored(account, newToken);
        QVERIFY(!m_sandbox->isRevoked(oldToken));
    }

    void revokeRefusedForReadOnlyToken()
    {
        const QString oldToken = issue(0, {QStringLiteral("read")});
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0, {QStringLiteral("read")});
        // The sandbox answers as Trello does: 401 "unauthorized permission requested".
        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        QVERIFY(!test::runToEnd(rotation));
        QVERIFY(!rotation.oldTokenRevoked());
        QCOMPARE(rotation.revokeProblem().kind(), ErrorKind::TokenRefused);
        QVERIFY(rotation.revokeProblem().message().contains(QLatin1String("Applications")));
        expectNewStored(account, newToken);
    }

    void recordingFailsAfterTheOverwrite()
    {
        // The settings file turns unreadable during the rotation (a person's typo, another
        // program): the new token was already written over the old one, so the old one is put back.
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0);
        QFile file(m_registryPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        connect(&rotation, &RotateTokenJob::stepChanged, this, [this](RotateTokenJob::Step step) {
            if (step != RotateTokenJob::Step::Storing)
                return;
            QFile broken(m_registryPath);
            QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
            broken.write("{ not json");
        });
        const Error e = test::runToEnd(rotation);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(QLatin1String("old token was put back")), qPrintable(e.message()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(good);
        file.close();
        expectOldKept(account, oldToken, newToken);
        QVERIFY(!m_sandbox->isRevoked(oldToken));
    }

    void keychainFailsInChild()
    {
        // A child with a session bus that leads nowhere: no keychain at all. Nothing changes.
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0);
        QCOMPARE(rotateInChild(newToken, QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")), 72);
        expectOldKept(account, oldToken, newToken);
    }

    void killedBetweenStoreAndRevoke()
    {
        // A real SIGKILL right after the new token was stored and recorded; the next start finishes.
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0);
        QVERIFY(rotateInChildKilledAt(QStringLiteral("rotate:after-record"), newToken));
        // In flight: the new token stored, the old one kept aside, the record says so.
        QCOMPARE(stored(account.id()), newToken);
        QCOMPARE(stored(ChangeJournal::stashKey(account.id())), oldToken);
        QVERIFY(QFile::exists(journalPath()));

        ChangeRecovery recovery(profile());
        QVERIFY(test::runJob(recovery));
        QCOMPARE(recovery.outcomes().value(account.id()), ChangeRecovery::Outcome::Completed);
        QVERIFY(m_sandbox->isRevoked(oldToken));
        expectNewStored(account, newToken);
    }

    void killedAtEachStep_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("newTokenKept");
        QTest::newRow("after the rotation record") << QStringLiteral("rotate:after-journal") << false;
        QTest::newRow("after the stash") << QStringLiteral("rotate:after-stash") << false;
        QTest::newRow("after the new token's write") << QStringLiteral("rotate:after-keychain-write") << true;
        QTest::newRow("after the settings file") << QStringLiteral("rotate:after-record") << true;
        QTest::newRow("after the old token's revocation") << QStringLiteral("rotate:after-revoke") << true;
    }

    void killedAtEachStep()
    {
        // A real SIGKILL between each two steps; ChangeRecovery (what every start runs) leaves
        // one working token, the old one revoked only when the new one is the one kept.
        QFETCH(QString, point);
        QFETCH(bool, newTokenKept);
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0);
        QVERIFY(rotateInChildKilledAt(point, newToken));

        ChangeRecovery recovery(profile());
        QVERIFY(test::runJob(recovery));
        if (newTokenKept) {
            expectNewStored(account, newToken);
            QVERIFY(m_sandbox->isRevoked(oldToken));
        } else {
            expectOldKept(account, oldToken, newToken);
        }
        QVERIFY(!ChangeRecovery::needed(profile()));
    }

    void refusedWhileAnEarlierRotationIsUnsettled()
    {
        // Recovery could not settle an earlier rotation (offline): its old token is kept aside. A
        // new rotation must not overwrite that copy; it is refused and changes nothing.
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0);
        QVERIFY(journalRotation(account.id()));
        QVERIFY(!keychain(KeychainJob::Operation::Write, ChangeJournal::stashKey(account.id()), oldToken).error);
        RotateTokenJob operation(profile(), account, account.setupOptions(), issue(0));
        const Error e = test::runToEnd(operation);
        QCOMPARE(e.kind(), ErrorKind::Network);
        QVERIFY2(e.message().contains(QLatin1String("earlier rotation")), qPrintable(e.message()));
        QCOMPARE(stored(account.id()), oldToken);
        QCOMPARE(stored(ChangeJournal::stashKey(account.id())), oldToken);
        QVERIFY(QFile::exists(journalPath()));
        // The next start settles it (nothing was overwritten: rolled back), then rotation works.
        ChangeRecovery recovery(profile());
        QVERIFY(test::runJob(recovery));
        RotateTokenJob again(profile(), account, account.setupOptions(), newToken);
        QVERIFY(!test::runToEnd(again));
        expectNewStored(account, newToken);
    }

    void recoveryRollsBackARefusedToken()
    {
        // Made by hand: the keychain holds a token Trello refuses, the old one is kept aside.
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0);
        QVERIFY(journalRotation(account.id()));
        QVERIFY(!keychain(KeychainJob::Operation::Write, ChangeJournal::stashKey(account.id()), oldToken).error);
        QVERIFY(!keychain(KeychainJob::Operation::Write, account.id(), newToken).error);
        SandboxFault fault;
        fault.status = 401;
        fault.body = "invalid token";
        fault.times = -1;
        m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);

        ChangeRecovery recovery(profile());
        QVERIFY(test::runJob(recovery));
        QCOMPARE(recovery.outcomes().value(account.id()), ChangeRecovery::Outcome::RolledBack);
        QCOMPARE(recovery.reports().size(), 1);
        m_sandbox->clearFaults();
        expectOldKept(account, oldToken, newToken);
    }

    void recoveryBeforeOverwrite()
    {
        // Killed after the record and the stash, before the overwrite: the keychain holds the old
        // token (equal to the stash) → rolled back, which changes nothing but the leftovers.
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        QVERIFY(journalRotation(account.id()));
        QVERIFY(!keychain(KeychainJob::Operation::Write, ChangeJournal::stashKey(account.id()), oldToken).error);
        ChangeRecovery recovery(profile());
        QVERIFY(test::runJob(recovery));
        QCOMPARE(recovery.outcomes().value(account.id()), ChangeRecovery::Outcome::RolledBack);
        expectOldKept(account, oldToken, {});
    }

    void recoveryUndecidedWhenOffline()
    {
        // The check cannot be made: nothing is touched, the record stays for the next start.
        const QString oldToken = issue(0);
        const Account account = test::storeDemoAccount(profile(), oldToken);
        const QString newToken = issue(0);
        QVERIFY(journalRotation(account.id()));
        QVERIFY(!keychain(KeychainJob::Operation::Write, ChangeJournal::stashKey(account.id()), oldToken).error);
        QVERIFY(!keychain(KeychainJob::Operation::Write, account.id(), newToken).error);
        SandboxFault fault;
        fault.status = 503;
        fault.times = -1;
        m_sandbox->addFault("GET", QStringLiteral("/1/"), fault);
        ChangeRecovery recovery(profile());
        QVERIFY(test::runJob(recovery));
        QCOMPARE(recovery.outcomes().value(account.id()), ChangeRecovery::Outcome::Undecided);
        QVERIFY(QFile::exists(journalPath()));
        QCOMPARE(stored(ChangeJournal::stashKey(account.id())), oldToken);
        QCOMPARE(stored(account.id()), newToken);
    }

    void recoveryWithNothingKept()
    {
        const Account account = test::storeDemoAccount(profile(), issue(0));
        QVERIFY(journalRotation(account.id()));
        ChangeRecovery recovery(profile());
        QVERIFY(test::runJob(recovery));
        QCOMPARE(recovery.outcomes().value(account.id()), ChangeRecovery::Outcome::NothingToDo);
        QVERIFY(!QFile::exists(journalPath()));
    }

    void cleanupTestCase()
    {
        QVERIFY(!m_tokens.isEmpty());
        for (const QString &token : std::as_const(m_tokens))
            QCOMPARE(test::filesContaining(test::sessionRoot(), token.toLatin1()), QStringList());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("TRELLO_TEST_ROTATE_CHILD");
    if (!child.isEmpty())
        return runChild(child);
    TestRotateTokenJob test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rotatetokenjob.moc"
