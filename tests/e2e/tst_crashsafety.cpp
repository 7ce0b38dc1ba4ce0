#include "changes/ChangeJournal.h"
#include "accounts/ChangeLock.h"
#include "ProgramRun.h"
#include "SandboxServer.h"
#include "SessionKeyring.h"
#include "RunKeychainJob.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using onboard::ErrorKind;
using onboard::KeychainJob;
using onboard::sandbox::SandboxServer;
using onboard::test::ProgramRun;
using Result = ProgramRun::Result;

// The commands for scripts killed (SIGKILL, at every point between the steps that change stored
// tokens: TRELLO_ONBOARD_TEST_KILL_AT), run side by side, and run against a locked keychain. After
// each, the next command finds the keychain and the settings file in agreement (every recorded
// account has a working token, no keychain entry is without an account) and at least one working
// token where one was before. The real keychain on session.sh's private bus, the sandbox Trello
// of this test on loopback; at the end every file and every output is searched for the tokens.
class TestCrashSafety : public QObject
{
    Q_OBJECT

    SandboxServer m_sandbox;
    QStringList m_tokens;
    QList<QByteArray> m_outputs;

    static QString registryPath()
    {
        return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/trello-onboard/accounts.json");
    }
    QString accountId(int member) const
    {
        return SandboxServer::demoKey() + QLatin1Char(':') + SandboxServer::members().at(member).id;
    }

    QString issue(int member)
    {
        const QString token = m_sandbox.issueToken(member, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("30days"));
        m_tokens.append(token);
        return token;
    }

    // Every run logs at debug level, so the final scan covers the debug output too.
    static QStringList withDebugLogging(QStringList environment)
    {
        return environment << QStringLiteral("QT_LOGGING_RULES=*.debug=true");
    }

    Result run(const QStringList &arguments, const QByteArray &input = {}, const QStringList &environment = {})
    {
        const Result result = ProgramRun{arguments, input, withDebugLogging(environment)}.run();
        if (arguments.value(0) != QLatin1String("token"))
            m_outputs.append(result.out);
        m_outputs.append(result.err);
        return result;
    }

    QStringList importArguments() const
    {
        return {QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey(), QStringLiteral("--api-host"),
                m_sandbox.apiRoot().toString()};
    }
    Result import(const QString &token, const QStringList &environment = {})
    {
        return run(importArguments(), token.toLatin1() + '\n', environment);
    }
    static QStringList killAt(const QString &point) { return {QStringLiteral("TRELLO_ONBOARD_TEST_KILL_AT=") + point}; }

    // What the keychain holds under the account's id; empty when nothing.
    static QString keychainToken(const QString &id)
    {
        return onboard::test::runKeychainJob(KeychainJob::Operation::Read, KeychainJob::serviceName(false), id).token;
    }

    static QStringList recordedIds()
    {
        QFile file(registryPath());
        QStringList ids;
        if (!file.open(QIODevice::ReadOnly))
            return ids;
        const QJsonArray accounts = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts")).toArray();
        for (const QJsonValue &a : accounts)
            ids << a.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    // The keychain and the settings file agree about the sandbox's members, and no record of
    // unfinished changes is left.
    void verifyAgreement()
    {
        const QStringList recorded = recordedIds();
        for (int member = 0; member < 2; ++member) {
            const QString id = accountId(member);
            const bool inKeychain = !keychainToken(id).isEmpty();
            QVERIFY2(inKeychain == recorded.contains(id),
                     qPrintable(QStringLiteral("%1: keychain %2, settings file %3").arg(id).arg(inKeychain).arg(recorded.contains(id))));
        }
        QVERIFY(!QFile::exists(onboard::ChangeJournal::pathFor(registryPath())));
        QVERIFY(!QFile::exists(onboard::ChangeJournal::legacyRotationsPathFor(registryPath())));
    }

    void forgetAll()
    {
        for (int member = 0; member < 2; ++member)
            run({QStringLiteral("forget"), QStringLiteral("--account"), accountId(member)});
        QFile::remove(registryPath());
    }

// Each evaluates its run once.
#define EXPECT_EXIT(run, code)                                                                     \
    do {                                                                                           \
        const Result r_ = (run);                                                                   \
        QVERIFY2(r_.exitCode == (code), r_.describe().constData());                                \
    } while (false)
#define EXPECT_KILLED(run)                                                                         \
    do {                                                                                           \
        const Result r_ = (run);                                                                   \
        QVERIFY2(r_.finished && r_.exitStatus == QProcess::CrashExit, r_.describe().constData()); \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!onboard::test::sessionRoot().isEmpty());
        QVERIFY(QFile::exists(ProgramRun::program()));
        QVERIFY(m_sandbox.listen());
    }

    void init()
    {
        forgetAll();
        m_sandbox.clearFaults();
    }

    void importKilledAtEachStep_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("storedAfterwards");
        QTest::newRow("before the keychain write") << QStringLiteral("store:before-keychain-write") << false;
        QTest::newRow("after the keychain write") << QStringLiteral("store:after-keychain-write") << true;
        QTest::newRow("after the settings file") << QStringLiteral("store:after-record") << true;
    }

    void importKilledAtEachStep()
    {
        QFETCH(QString, point);
        QFETCH(bool, storedAfterwards);
        const QString token = issue(0);
        EXPECT_KILLED(import(token, killAt(point)));
        // The next command puts it right first: the store is completed, or there was none.
        const Result status = run({QStringLiteral("status")});
        EXPECT_EXIT(status, storedAfterwards ? 0 : 5);
        verifyAgreement();
        if (storedAfterwards)
            QCOMPARE(keychainToken(accountId(0)), token);
    }

    void replacingImportKilledAtEachStepKeepsAWorkingToken_data()
    {
        importKilledAtEachStep_data();
    }

    void replacingImportKilledAtEachStepKeepsAWorkingToken()
    {
        QFETCH(QString, point);
        const QString old = issue(0);
        EXPECT_EXIT(import(old), 0);
        const QString replacement = issue(0);
        EXPECT_KILLED(import(replacement, killAt(point)));
        EXPECT_EXIT(run({QStringLiteral("status")}), 0); // a working token, whichever it is
        verifyAgreement();
        const QString stored = keychainToken(accountId(0));
        QVERIFY(stored == old || stored == replacement);
    }

    void forgetAndRevokeKilledAtEachStep_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("point");
        for (const char *command : {"forget", "revoke"}) {
            for (const char *point : {"remove:before-keychain-remove", "remove:after-keychain-remove"})
                QTest::addRow("%s, %s", command, point) << QString::fromLatin1(command) << QString::fromLatin1(point);
        }
    }

    void forgetAndRevokeKilledAtEachStep()
    {
        QFETCH(QString, command);
        QFETCH(QString, point);
        const QString kept = issue(1);
        EXPECT_EXIT(import(kept), 0);
        EXPECT_EXIT(import(issue(0)), 0);
        QStringList arguments{command, QStringLiteral("--account"), accountId(0)};
        if (command == QLatin1String("revoke"))
            arguments << QStringLiteral("--yes");
        EXPECT_KILLED(run(arguments, {}, killAt(point)));
        // The removal is completed; the other account is untouched.
        EXPECT_EXIT(run({QStringLiteral("status")}), 0);
        verifyAgreement();
        QCOMPARE(recordedIds(), QStringList{accountId(1)});
        QCOMPARE(keychainToken(accountId(1)), kept);
    }

    void revokeKilledAfterTrelloRevokedIsFinishedByRevokingAgain()
    {
        EXPECT_EXIT(import(issue(0)), 0);
        EXPECT_KILLED(run({QStringLiteral("revoke"), QStringLiteral("--yes")}, {}, killAt(QStringLiteral("revoke:after-request"))));
        // Both copies are still there and agree; Trello no longer takes the token, and says so.
        verifyAgreement();
        EXPECT_EXIT(run({QStringLiteral("status")}), 2);
        EXPECT_EXIT(run({QStringLiteral("revoke"), QStringLiteral("--yes")}), 0);
        verifyAgreement();
        QVERIFY(recordedIds().isEmpty());
    }

    void secondCopyWaitsForTheFirst()
    {
        // This test holds the change lock, as a copy busy storing a token would.
        QLockFile busy(onboard::ChangeLock::pathFor(registryPath()));
        QVERIFY(busy.tryLock(onboard::test::WaitMs));
        const QString token = issue(0);
        QProcess process;
        const ProgramRun importing{importArguments(), token.toLatin1() + '\n', withDebugLogging({})};
        importing.start(process);
        QTest::qWait(1500);
        QCOMPARE(process.state(), QProcess::Running);
        QVERIFY(keychainToken(accountId(0)).isEmpty());
        QVERIFY(recordedIds().isEmpty());
        busy.unlock();
        const Result result = importing.finish(process);
        m_outputs << result.out << result.err;
        EXPECT_EXIT(result, 0);
        verifyAgreement();
        QCOMPARE(keychainToken(accountId(0)), token);
    }

    void revokeRemovesOnlyTheTokenItRevoked()
    {
        // Another copy (this test, holding the lock) replaces the token while `revoke` waits: the
        // revoke then revokes and removes the token it finds under the lock, never the one it
        // would have read before, so no working token is left on Trello without a local copy.
        const QString first = issue(0);
        EXPECT_EXIT(import(first), 0);
        QLockFile busy(onboard::ChangeLock::pathFor(registryPath()));
        QVERIFY(busy.tryLock(onboard::test::WaitMs));
        QProcess process;
        const ProgramRun revoking({QStringLiteral("revoke"), QStringLiteral("--yes")}, {}, withDebugLogging({}));
        revoking.start(process);
        QTest::qWait(800);
        const QString second = issue(0);
        QVERIFY(!onboard::test::runKeychainJob(KeychainJob::Operation::Write, KeychainJob::serviceName(false),
                                               accountId(0), second)
                      .error);
        busy.unlock();
        const Result result = revoking.finish(process);
        m_outputs << result.out << result.err;
        EXPECT_EXIT(result, 0);
        QVERIFY(m_sandbox.isRevoked(second));
        verifyAgreement();
        QVERIFY(recordedIds().isEmpty());
    }

    void copiesRunningTogetherLoseNothing()
    {
        // Several imports at once, two of them for the same member: each finishes, and the end
        // state is one that some order of them one after another would give.
        const QString first = issue(0);
        const QString second = issue(0);
        const QString other = issue(1);
        QList<QProcess *> processes;
        QList<ProgramRun> runs;
        for (const QString &token : {first, second, other})
            runs.append(ProgramRun{importArguments(), token.toLatin1() + '\n', withDebugLogging({})});
        for (const ProgramRun &r : runs) {
            processes.append(new QProcess(this));
            r.start(*processes.last());
        }
        for (int i = 0; i < runs.size(); ++i) {
            const Result result = runs.at(i).finish(*processes.at(i));
            m_outputs << result.out << result.err;
            EXPECT_EXIT(result, 0);
            delete processes.at(i);
        }
        verifyAgreement();
        const QString stored = keychainToken(accountId(0));
        QVERIFY(stored == first || stored == second);
        QCOMPARE(keychainToken(accountId(1)), other);
        EXPECT_EXIT(run({QStringLiteral("status")}), 0);
    }

    void lockedKeychain()
    {
        const QString token = issue(0);
        EXPECT_EXIT(import(token), 0);
        QVERIFY(onboard::test::SessionKeyring::lock());
        auto unlock = qScopeGuard([] { onboard::test::SessionKeyring::unlock(); });
        m_sandbox.clearReceived();

        for (const QStringList &command : {QStringList{QStringLiteral("token")}, QStringList{QStringLiteral("status")},
                                           QStringList{QStringLiteral("forget")},
                                           QStringList{QStringLiteral("revoke"), QStringLiteral("--yes")},
                                           QStringList{QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("true")}}) {
            const Result result = run(command);
            EXPECT_EXIT(result, 3);
            QVERIFY2(result.err.contains("locked"), result.describe().constData());
        }
        // A new account cannot be stored, and nothing is half-stored.
        const Result refused = import(issue(1));
        EXPECT_EXIT(refused, 3);
        for (const auto &request : m_sandbox.received())
            QVERIFY2(request.method != "DELETE", qPrintable(request.path)); // nothing was revoked

        QVERIFY(onboard::test::SessionKeyring::unlock());
        unlock.dismiss();
        verifyAgreement();
        QCOMPARE(recordedIds(), QStringList{accountId(0)});
        QCOMPARE(keychainToken(accountId(0)), token);
        EXPECT_EXIT(run({QStringLiteral("status")}), 0);
    }

    void interruptedStoreWaitsForTheKeychainToBeUnlocked()
    {
        const QString token = issue(0);
        EXPECT_KILLED(import(token, killAt(QStringLiteral("store:after-keychain-write"))));
        QVERIFY(onboard::test::SessionKeyring::lock());
        auto unlock = qScopeGuard([] { onboard::test::SessionKeyring::unlock(); });
        const Result locked = run({QStringLiteral("status")});
        QVERIFY2(locked.err.contains("locked"), locked.describe().constData());
        // The record stays, so the store is completed once the keychain is open again.
        QVERIFY(QFile::exists(onboard::ChangeJournal::pathFor(registryPath())));
        QVERIFY(onboard::test::SessionKeyring::unlock());
        unlock.dismiss();
        EXPECT_EXIT(run({QStringLiteral("status")}), 0);
        verifyAgreement();
        QCOMPARE(keychainToken(accountId(0)), token);
    }

    // What the release before this one left when it was killed mid-change (its own files, made by
    // tests/fixtures/journal-v1/make.sh with that release): a store after its keychain write, a
    // forget after its keychain removal, a rotation after the new token's write. The keychain is
    // set as those kills left it; the next command of this release completes each change and
    // leaves no record of unfinished changes in either of the old files.
    void changesLeftByTheReleaseBeforeAreCompleted_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("store") << QStringLiteral("store");
        QTest::newRow("remove") << QStringLiteral("remove");
        QTest::newRow("rotate") << QStringLiteral("rotate");
    }

    void changesLeftByTheReleaseBeforeAreCompleted()
    {
        QFETCH(QString, change);
        const QString folder = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/trello-onboard");
        const QString settings = folder + QStringLiteral("/accounts-demo.json");
        const QString demo = KeychainJob::serviceName(true);
        const auto keychain = [&demo](KeychainJob::Operation operation, const QString &key, const QString &token = {}) {
            return onboard::test::runKeychainJob(operation, demo, key, token);
        };
        // From a clean demo workspace.
        for (int member = 0; member < 2; ++member) {
            keychain(KeychainJob::Operation::Remove, accountId(member));
            keychain(KeychainJob::Operation::Remove, onboard::ChangeJournal::stashKey(accountId(member)));
        }
        for (const QString &name : QDir(folder).entryList({QStringLiteral("accounts-demo*")}, QDir::Files))
            QFile::remove(folder + QLatin1Char('/') + name);
        const QDir fixtures(QStringLiteral(TRELLO_ONBOARD_FIXTURES_DIR "/journal-v1/") + change);
        QVERIFY(QDir().mkpath(folder));
        for (const QString &name : fixtures.entryList(QDir::Files))
            QVERIFY(QFile::copy(fixtures.filePath(name), folder + QLatin1Char('/') + name));
        const auto recorded = [&settings] {
            QFile file(settings);
            QStringList ids;
            if (file.open(QIODevice::ReadOnly)) {
                for (const QJsonValue &a : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts")).toArray())
                    ids << a.toObject().value(QStringLiteral("id")).toString();
            }
            return ids;
        };

        if (change == QLatin1String("store")) {
            // Killed after the keychain write: the token is there, no account names it.
            const QString token = issue(0);
            QVERIFY(!keychain(KeychainJob::Operation::Write, accountId(0), token).error);
            const Result printed = run({QStringLiteral("token"), QStringLiteral("--demo")});
            QVERIFY2(printed.exitCode == 0, printed.describe().constData());
            QCOMPARE(printed.out, token.toLatin1() + '\n');
            QVERIFY2(printed.err.contains("interrupted setup"), printed.err.constData());
            QCOMPARE(recorded(), QStringList{accountId(0)});
        } else if (change == QLatin1String("remove")) {
            // Killed after the keychain removal: the record names an account with no token.
            QCOMPARE(recorded(), QStringList{accountId(1)});
            const Result status = run({QStringLiteral("status"), QStringLiteral("--demo")});
            QVERIFY2(status.exitCode == 5, status.describe().constData()); // nothing is stored now
            QVERIFY2(status.err.contains("interrupted removal"), status.err.constData());
            QCOMPARE(recorded(), QStringList());
        } else {
            // Killed after the new token's write: the old token kept aside, the new one in place.
            const QString oldToken = issue(0);
            const QString newToken = issue(0);
            QVERIFY(!keychain(KeychainJob::Operation::Write, onboard::ChangeJournal::stashKey(accountId(0)), oldToken).error);
            QVERIFY(!keychain(KeychainJob::Operation::Write, accountId(0), newToken).error);
            const Result status = run({QStringLiteral("status"), QStringLiteral("--demo")});
            QVERIFY2(status.exitCode == 0, status.describe().constData());
            QVERIFY2(status.err.contains("interrupted rotation"), status.err.constData());
            QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).token, newToken);
            QCOMPARE(keychain(KeychainJob::Operation::Read, onboard::ChangeJournal::stashKey(accountId(0))).error.kind(),
                     onboard::ErrorKind::NoAccount);
            QCOMPARE(recorded(), QStringList{accountId(0)});
        }
        QVERIFY(!QFile::exists(onboard::ChangeJournal::pathFor(settings)));
        QVERIFY(!QFile::exists(onboard::ChangeJournal::legacyRotationsPathFor(settings)));
        for (int member = 0; member < 2; ++member)
            keychain(KeychainJob::Operation::Remove, accountId(member));
        QFile::remove(settings);
    }

    void cleanupTestCase()
    {
        forgetAll();
        QVERIFY(m_outputs.size() > 20);
        QVERIFY(std::any_of(m_outputs.begin(), m_outputs.end(), [](const QByteArray &o) { return o.contains("trello.onboard.keychain"); }));
        for (const QString &token : std::as_const(m_tokens)) {
            QVERIFY2(onboard::test::filesContaining(onboard::test::sessionRoot(), token.toLatin1()).isEmpty(),
                     "a token was found in a file");
            for (const QByteArray &output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(token.toLatin1()), "a token was printed");
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
