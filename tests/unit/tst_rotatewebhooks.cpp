// Webhooks in a rotation (docs/design.md, "Webhooks and rotation"): RotateTokenJob moves the old
// token's webhooks to the new token before it revokes the old one, against the built-in sandbox
// (which keeps webhooks per token and checks callback URLs with a HEAD request) and callback
// receivers of this test on loopback; a callback that is down keeps the old token and loses
// nothing; ChangeRecovery finishes a move interrupted by a real SIGKILL or made by hand. No token
// in any file of the session or in any text the jobs produce.
#include "CallbackServer.h"
#include "RunKeychainJob.h"
#include "SandboxServer.h"
#include "TestSupport.h"
#include "accounts/SettingsFile.h"
#include "changes/ChangeJournal.h"
#include "changes/ChangeRecovery.h"
#include "keychain/KeychainJob.h"
#include "operations/RotateTokenJob.h"
#include "operations/StoreTokenJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
const QStringList Boards{QStringLiteral("5f0c1a2b3c4d5e6f7a8b9c01"), QStringLiteral("5f0c1a2b3c4d5e6f7a8b9c02"),
                         QStringLiteral("5f0c1a2b3c4d5e6f7a8b9c03")};
const QStringList Descriptions{QStringLiteral("Deploys"), QStringLiteral("Chat bridge"), QStringLiteral("Archive (paused)")};

QString stored(const QString &key)
{
    const test::KeychainAnswer read = test::runKeychainJob(KeychainJob::Operation::Read, Service, key);
    return read.error ? QString() : read.token;
}

// ---- child mode: rotates to the token read from stdin against the parent's sandbox; the test's
// environment variable kills it at a crash point.
int runChild(const QString &registryPath)
{
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    const Workspace profile =
        Workspace::demo(QUrl(qEnvironmentVariable("TRELLO_TEST_WEBHOOK_API"))).withSettingsPath(registryPath);
    SettingsFile registry(registryPath);
    if (registry.load() || registry.accounts().isEmpty())
        return 71;
    const Account account = registry.accounts().first();
    RotateTokenJob operation(profile, account, account.setupOptions(), token);
    return test::runToEnd(operation) ? 72 : 0;
}

} // namespace

class TestRotateWebhooks : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    test::CallbackServer *m_receiver = nullptr;
    QTemporaryDir m_dir;
    int m_registries = 0;
    QString m_registryPath;
    QStringList m_tokens;
    QStringList m_texts; // everything the jobs said, searched for tokens at the end

    Workspace profile() const { return Workspace::demo(m_sandbox->apiRoot()).withSettingsPath(m_registryPath); }
    QString journalPath() const { return ChangeJournal::pathFor(m_registryPath); }

    QString issue(const QStringList &scopes = ReadWrite)
    {
        const QString token = m_sandbox->issueToken(0, scopes, QStringLiteral("30days"));
        m_tokens.append(token);
        return token;
    }

    QString callback(int i) const
    {
        // A query, as Trello's guide suggests: it is masked wherever the URL is shown.
        return m_receiver->url(QStringLiteral("/hook%1").arg(i)).toString() + QStringLiteral("?secret=s3cr3t-%1").arg(i);
    }

    // Three webhooks on `token`, the third one paused.
    void addThreeWebhooks(const QString &token)
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m_sandbox->addWebhook(token, callback(i), Boards.at(i), Descriptions.at(i), i != 2).isEmpty());
    }

    // The webhooks of `token` as (callback, model, description, active) — what must survive a move.
    QStringList shapes(const QString &token) const
    {
        QStringList list;
        for (const SandboxServer::Webhook &webhook : m_sandbox->webhooks(token))
            list.append(QStringList{webhook.callbackUrl, webhook.idModel, webhook.description,
                                    webhook.active ? QStringLiteral("active") : QStringLiteral("paused")}
                            .join(QLatin1Char('|')));
        list.sort();
        return list;
    }
    QStringList allShapes() const
    {
        QStringList list;
        for (int i = 0; i < 3; ++i)
            list.append(QStringList{callback(i), Boards.at(i), Descriptions.at(i),
                                    i != 2 ? QStringLiteral("active") : QStringLiteral("paused")}
                            .join(QLatin1Char('|')));
        list.sort();
        return list;
    }

    void note(const RotateTokenJob &rotation)
    {
        m_texts << rotation.revokeProblem().message() << rotation.error().message()
                << QString::fromUtf8(QJsonDocument(rotation.webhookOutcome()).toJson());
    }

    // Nothing in flight: no journal, no token kept aside.
    void expectSettled(const Account &account)
    {
        QVERIFY(!QFile::exists(journalPath()));
        QCOMPARE(test::runKeychainJob(KeychainJob::Operation::Read, Service, ChangeJournal::stashKey(account.id())).error.kind(),
                 ErrorKind::NoAccount);
    }

    int requests(const QByteArray &method, const QString &pathStart) const
    {
        int n = 0;
        for (const auto &request : m_sandbox->received())
            n += request.method == method && request.path.startsWith(pathStart) ? 1 : 0;
        return n;
    }

    bool rotateInChildKilledAt(const QString &point, const QString &newToken)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRELLO_TEST_WEBHOOK_CHILD"), m_registryPath);
        env.insert(QStringLiteral("TRELLO_TEST_WEBHOOK_API"), m_sandbox->apiRoot().toString());
        env.insert(QStringLiteral("TRELLO_ONBOARD_TEST_KILL_AT"), point);
        child.setProcessEnvironment(env);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted(test::WaitMs))
            return false;
        child.write(newToken.toLatin1() + '\n');
        child.closeWriteChannel();
        // The event loop runs meanwhile: the sandbox and the receivers are in this process.
        if (!finished.wait(test::WaitMs * 2))
            return false;
        m_texts << QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
        return child.exitStatus() == QProcess::CrashExit;
    }

    // The state a rotation killed after its store leaves: the entry, the old token kept aside, the
    // new one stored.
    bool interruptedAfterTheStore(const Account &account, const QString &oldToken, const QString &newToken)
    {
        const auto held = test::heldLock(m_registryPath);
        if (!held || ChangeJournal(m_registryPath).add(*held, {ChangeJournal::Kind::Rotate, account.id(), {}, {}}))
            return false;
        return !test::runKeychainJob(KeychainJob::Operation::Write, Service, ChangeJournal::stashKey(account.id()), oldToken).error
               && !test::runKeychainJob(KeychainJob::Operation::Write, Service, account.id(), newToken).error;
    }

    ChangeRecovery::Outcome recover(const Account &account, QStringList *reports = nullptr)
    {
        ChangeRecovery recovery(profile());
        if (!test::runJob(recovery))
            return ChangeRecovery::Outcome::Undecided;
        m_texts << recovery.reports();
        if (reports)
            *reports = recovery.reports();
        return recovery.outcomes().value(account.id());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->listen());
        m_sandbox->setCallbackCheckTimeout(1000);
        m_receiver = new test::CallbackServer(this);
        QVERIFY(m_receiver->listen());
        m_registryPath = m_dir.filePath(QStringLiteral("r%1/accounts-demo.json").arg(++m_registries));
    }

    void cleanup()
    {
        delete m_sandbox;
        m_sandbox = nullptr;
        delete m_receiver;
        m_receiver = nullptr;
        for (const auto &member : SandboxServer::members()) {
            const QString id = SandboxServer::demoKey() + QLatin1Char(':') + member.id;
            test::runKeychainJob(KeychainJob::Operation::Remove, Service, id);
            test::runKeychainJob(KeychainJob::Operation::Remove, Service, ChangeJournal::stashKey(id));
        }
    }

    void threeWebhooksMoved()
    {
        const QString oldToken = issue();
        const Account account = test::storeDemoAccount(profile(), oldToken);
        addThreeWebhooks(oldToken);
        const QString newToken = issue({QStringLiteral("read")}); // a narrower token may hold webhooks too
        m_sandbox->clearReceived();

        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        const Error e = test::runToEnd(rotation);
        note(rotation);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(rotation.oldTokenRevoked());
        QVERIFY2(!rotation.revokeProblem(), qPrintable(rotation.revokeProblem().message()));
        QVERIFY(rotation.webhooksListed());
        QCOMPARE(rotation.webhooksMoved().size(), 3);
        QVERIFY(rotation.webhooksNotMoved().isEmpty());

        // The copies belong to the new token, the same as before; the originals died with the old.
        QCOMPARE(shapes(newToken), allShapes());
        QVERIFY(m_sandbox->isRevoked(oldToken));
        QVERIFY(m_sandbox->webhooks(oldToken).isEmpty());
        QCOMPARE(stored(account.id()), newToken);
        expectSettled(account);
        // Each callback was checked once (Trello's HEAD), none twice.
        QCOMPARE(m_receiver->requests().size(), 3);
        for (const QByteArray &request : m_receiver->requests())
            QVERIFY(request.startsWith("HEAD /hook"));

        // The order: the moves (created with the new token, checked) before the old one's revocation.
        const auto received = m_sandbox->received();
        int revocation = -1;
        int lastMove = -1;
        for (int i = 0; i < received.size(); ++i) {
            const auto &request = received.at(i);
            if (request.method == "DELETE" && request.path.startsWith(QLatin1String("/1/tokens/")))
                revocation = i;
            if (request.path.startsWith(QLatin1String("/1/webhooks")))
                lastMove = i;
        }
        QVERIFY(lastMove >= 0 && revocation > lastMove);
        QCOMPARE(requests("POST", QStringLiteral("/1/webhooks")), 3);
        QCOMPARE(requests("GET", QStringLiteral("/1/webhooks/")), 3);
        QCOMPARE(requests("DELETE", QStringLiteral("/1/webhooks/")), 0); // the revocation ends the originals

        // What --json says: each webhook by id, model, description, the callback with its query masked.
        const QJsonObject outcome = rotation.webhookOutcome();
        const QJsonArray moved = outcome.value(QStringLiteral("webhooksMoved")).toArray();
        QCOMPARE(moved.size(), 3);
        QCOMPARE(outcome.value(QStringLiteral("webhooksNotMoved")).toArray().size(), 0);
        QStringList newIds;
        for (const auto &webhook : m_sandbox->webhooks(newToken))
            newIds.append(webhook.id);
        for (const QJsonValue &value : moved) {
            const QJsonObject entry = value.toObject();
            QVERIFY(newIds.contains(entry.value(QStringLiteral("newId")).toString()));
            QVERIFY(Boards.contains(entry.value(QStringLiteral("idModel")).toString()));
            QVERIFY(Descriptions.contains(entry.value(QStringLiteral("description")).toString()));
            const QString shown = entry.value(QStringLiteral("callbackURL")).toString();
            QVERIFY2(shown.endsWith(QLatin1String("?secret=***")), qPrintable(shown));
        }
        QVERIFY(!QJsonDocument(outcome).toJson().contains("s3cr3t"));
    }

    void oneCallbackDownKeepsTheOldToken()
    {
        const QString oldToken = issue();
        const Account account = test::storeDemoAccount(profile(), oldToken);
        addThreeWebhooks(oldToken);
        m_receiver->setStatus(QStringLiteral("/hook1"), 503); // "Chat bridge" is down
        const QString newToken = issue();

        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        const Error e = test::runToEnd(rotation);
        note(rotation);
        // The rotation succeeded (the new token is stored and works), the old token was kept.
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(stored(account.id()), newToken);
        expectSettled(account);
        QVERIFY(!rotation.oldTokenRevoked());
        QVERIFY(!m_sandbox->isRevoked(oldToken));
        QCOMPARE(rotation.webhooksMoved().size(), 2);
        QCOMPARE(rotation.webhooksNotMoved().size(), 1);
        const WebhookMove &down = rotation.webhooksNotMoved().first();
        QCOMPARE(down.original.description, QStringLiteral("Chat bridge"));
        QVERIFY2(down.problem.contains(QLatin1String("did not return 200 status code, got 503")), qPrintable(down.problem));
        // The sentence names it and says the old token was not revoked, and how to finish.
        const QString said = rotation.revokeProblem().message();
        QVERIFY2(said.contains(QStringLiteral("“Chat bridge”")) && said.contains(QLatin1String("not revoked"))
                     && said.contains(QLatin1String("Applications")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("s3cr3t")), qPrintable(said));
        const QJsonArray notMoved = rotation.webhookOutcome().value(QStringLiteral("webhooksNotMoved")).toArray();
        QCOMPARE(notMoved.size(), 1);
        QCOMPARE(notMoved.at(0).toObject().value(QStringLiteral("description")).toString(), QStringLiteral("Chat bridge"));
        QVERIFY(notMoved.at(0).toObject().value(QStringLiteral("problem")).toString().contains(QLatin1String("503")));

        // Nothing lost, nothing doubled: the old token still works and keeps the one that could not
        // move; the two that moved are the new token's only.
        QCOMPARE(shapes(oldToken).size(), 1);
        QVERIFY(shapes(oldToken).first().startsWith(callback(1) + QLatin1Char('|')));
        QCOMPARE(shapes(newToken).size(), 2);
        QStringList together = shapes(oldToken) + shapes(newToken);
        together.sort();
        QCOMPARE(together, allShapes());
        QVERIFY(test::runKeychainJob(KeychainJob::Operation::Read, Service, account.id()).token == newToken);

        // Once its receiver is back, a second rotation (from the new token) has nothing of the old
        // one to move; the person recreates the one left, as told, and revokes the old token.
        m_receiver->setStatus(QStringLiteral("/hook1"), 200);
    }

    void webhooksThatCannotBeListedKeepTheOldToken()
    {
        const QString oldToken = issue();
        const Account account = test::storeDemoAccount(profile(), oldToken);
        addThreeWebhooks(oldToken);
        const QString newToken = issue();
        SandboxFault fault;
        fault.status = 502;
        fault.body = "bad gateway";
        fault.times = -1;
        m_sandbox->addFault("GET", QStringLiteral("/1/tokens/") + oldToken + QStringLiteral("/webhooks"), fault);

        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        const Error e = test::runToEnd(rotation);
        note(rotation);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(stored(account.id()), newToken);
        expectSettled(account);
        QVERIFY(!rotation.oldTokenRevoked());
        QVERIFY(!rotation.webhooksListed());
        QVERIFY(rotation.revokeProblem().message().contains(QLatin1String("could not be listed")));
        QVERIFY(rotation.webhookOutcome().value(QStringLiteral("webhooksMoved")).isNull());
        QVERIFY(rotation.webhookOutcome().value(QStringLiteral("webhooksNotMoved")).isNull());
        QVERIFY(!m_sandbox->isRevoked(oldToken));
        QCOMPARE(shapes(oldToken), allShapes());
        QVERIFY(m_sandbox->webhooks(newToken).isEmpty());
    }

    void deadOldTokenHasNothingToMove()
    {
        // An expired or revoked token (what `check --notify` sends people to rotate) lost its
        // webhooks already; the rotation goes on as before.
        const QString oldToken = issue();
        const Account account = test::storeDemoAccount(profile(), oldToken);
        addThreeWebhooks(oldToken);
        const QString newToken = issue();
        SandboxFault fault;
        fault.status = 401;
        fault.body = "expired token";
        fault.times = -1;
        m_sandbox->addFault("", QStringLiteral("/1/tokens/") + oldToken, fault);
        RotateTokenJob rotation(profile(), account, account.setupOptions(), newToken);
        const Error e = test::runToEnd(rotation);
        note(rotation);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(rotation.oldTokenRevoked()); // nothing left to revoke
        QVERIFY(rotation.webhooksListed());
        QVERIFY(rotation.webhooksMoved().isEmpty() && rotation.webhooksNotMoved().isEmpty());
        QCOMPARE(stored(account.id()), newToken);
        expectSettled(account);
    }

    void killedAfterTheMoveIsFinishedByRecovery()
    {
        const QString oldToken = issue();
        const Account account = test::storeDemoAccount(profile(), oldToken);
        addThreeWebhooks(oldToken);
        const QString newToken = issue();
        QVERIFY(rotateInChildKilledAt(QStringLiteral("rotate:after-webhooks"), newToken));
        // In flight: copies made, the old token kept aside and not revoked yet.
        QCOMPARE(shapes(newToken), allShapes());
        QVERIFY(!m_sandbox->isRevoked(oldToken));
        QCOMPARE(stored(ChangeJournal::stashKey(account.id())), oldToken);
        m_sandbox->clearReceived();

        QCOMPARE(recover(account), ChangeRecovery::Outcome::Completed);
        QVERIFY(m_sandbox->isRevoked(oldToken));
        QCOMPARE(shapes(newToken), allShapes()); // not made twice
        QCOMPARE(requests("POST", QStringLiteral("/1/webhooks")), 0);
        QCOMPARE(stored(account.id()), newToken);
        expectSettled(account);
    }

    void killedBeforeTheMoveIsFinishedByRecovery()
    {
        // Killed after the new token was recorded, before any webhook moved: revoking the old token
        // now would stop all three, so recovery moves them first.
        const QString oldToken = issue();
        const Account account = test::storeDemoAccount(profile(), oldToken);
        addThreeWebhooks(oldToken);
        const QString newToken = issue();
        QVERIFY(rotateInChildKilledAt(QStringLiteral("rotate:after-record"), newToken));
        QVERIFY(m_sandbox->webhooks(newToken).isEmpty());

        QCOMPARE(recover(account), ChangeRecovery::Outcome::Completed);
        QCOMPARE(shapes(newToken), allShapes());
        QVERIFY(m_sandbox->isRevoked(oldToken));
        expectSettled(account);
    }

    void interruptedMidMoveIsFinishedWithoutDoubles()
    {
        // Made by hand: killed after the first of three copies was made.
        const QString oldToken = issue();
        const Account account = test::storeDemoAccount(profile(), oldToken);
        addThreeWebhooks(oldToken);
        const QString newToken = issue();
        QVERIFY(interruptedAfterTheStore(account, oldToken, newToken));
        QVERIFY(!m_sandbox->addWebhook(newToken, callback(0), Boards.at(0), Descriptions.at(0)).isEmpty());
        m_sandbox->clearReceived();

        QCOMPARE(recover(account), ChangeRecovery::Outcome::Completed);
        QCOMPARE(requests("POST", QStringLiteral("/1/webhooks")), 2);
        QCOMPARE(shapes(newToken), allShapes());
        QVERIFY(m_sandbox->isRevoked(oldToken));
        expectSettled(account);
    }

    void recoveryKeepsTheOldTokenWhenACallbackIsDown()
    {
        const QString oldToken = issue();
        const Account account = test::storeDemoAccount(profile(), oldToken);
        addThreeWebhooks(oldToken);
        const QString newToken = issue();
        QVERIFY(interruptedAfterTheStore(account, oldToken, newToken));
        m_receiver->setStatus(QStringLiteral("/hook2"), 0); // never answers

        QStringList reports;
        QCOMPARE(recover(account, &reports), ChangeRecovery::Outcome::Completed);
        QVERIFY(!m_sandbox->isRevoked(oldToken));
        QCOMPARE(shapes(oldToken).size(), 1);
        QCOMPARE(shapes(newToken).size(), 2);
        QStringList together = shapes(oldToken) + shapes(newToken);
        together.sort();
        QCOMPARE(together, allShapes());
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.first().contains(QLatin1String("Archive (paused)")) && reports.first().contains(QLatin1String("not revoked")),
                 qPrintable(reports.first()));
        QCOMPARE(stored(account.id()), newToken);
        expectSettled(account);
    }

    void recoveryWaitsWhenTheWebhooksCannotBeListed()
    {
        const QString oldToken = issue();
        const Account account = test::storeDemoAccount(profile(), oldToken);
        addThreeWebhooks(oldToken);
        const QString newToken = issue();
        QVERIFY(interruptedAfterTheStore(account, oldToken, newToken));
        SandboxFault fault;
        fault.status = 503;
        fault.times = -1;
        m_sandbox->addFault("GET", QStringLiteral("/1/tokens/") + oldToken + QStringLiteral("/webhooks"), fault);
        QCOMPARE(recover(account), ChangeRecovery::Outcome::Undecided);
        QVERIFY(!m_sandbox->isRevoked(oldToken));
        QVERIFY(QFile::exists(journalPath()));
        QCOMPARE(stored(ChangeJournal::stashKey(account.id())), oldToken);
        // The next start, with the host back, finishes it.
        m_sandbox->clearFaults();
        QCOMPARE(recover(account), ChangeRecovery::Outcome::Completed);
        QCOMPARE(shapes(newToken), allShapes());
        QVERIFY(m_sandbox->isRevoked(oldToken));
        expectSettled(account);
    }

    void cleanupTestCase()
    {
        QVERIFY(!m_tokens.isEmpty());
        for (const QString &token : std::as_const(m_tokens)) {
            QCOMPARE(test::filesContaining(test::sessionRoot(), token.toLatin1()), QStringList());
            for (const QString &text : std::as_const(m_texts))
                QVERIFY2(!text.contains(token, Qt::CaseInsensitive), qPrintable(text));
        }
        // Nor the secrets in the callback URLs' queries.
        for (const QString &text : std::as_const(m_texts))
            QVERIFY2(!text.contains(QLatin1String("s3cr3t")), qPrintable(text));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("TRELLO_TEST_WEBHOOK_CHILD");
    if (!child.isEmpty())
        return runChild(child);
    TestRotateWebhooks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rotatewebhooks.moc"
