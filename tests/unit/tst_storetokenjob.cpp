// StoreTokenJob against the built-in sandbox and the real Secret Service of the test
// session: verify → read the previous entry → write → read back → record, and on a failed
// recording the previous keychain entry put back. A child process of this binary runs the
// operation with no usable session bus.
#include "accounts/SettingsFile.h"
#include "trello/ApiClient.h"
#include "trello/ApiCall.h"
#include "SandboxServer.h"
#include "operations/StoreTokenJob.h"
#include "RunKeychainJob.h"
#include "CountingProxy.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <qt6keychain/keychain.h>

using namespace onboard;
using onboard::sandbox::SandboxFault;
using onboard::sandbox::SandboxServer;
using Step = StoreTokenJob::Step;
using onboard::test::CountingProxy;

namespace {

const QString Service = KeychainJob::serviceName(false);
const QStringList ReadWrite{QStringLiteral("read"), QStringLiteral("write")};

QString accountId(int member)
{
    return SandboxServer::demoKey() + QLatin1Char(':') + SandboxServer::members().at(member).id;
}

// A well-formed token no sandbox issued (its signature cannot match).
QString forgedToken(char fill)
{
    return QStringLiteral("ATTA") + QString(64, QLatin1Char(fill)) + QStringLiteral("0A1B2C3D");
}

using KeychainRead = test::KeychainAnswer;

KeychainRead keychain(KeychainJob::Operation operation, const QString &id, const QString &token = {},
                      const QString &service = Service)
{
    return test::runKeychainJob(operation, service, id, token);
}

struct Run
{
    Error error;
    QList<Step> steps;
    Account account;
    MemberInfo member;
};

Run run(StoreTokenJob &operation)
{
    QSignalSpy finished(&operation, &StoreTokenJob::finished);
    QSignalSpy steps(&operation, &StoreTokenJob::stepChanged);
    operation.start();
    Run result;
    if (finished.isEmpty() && !finished.wait(test::WaitMs)) {
        result.error = Error(ErrorKind::Cancelled, QStringLiteral("test: the operation did not finish in time"));
        return result;
    }
    result.error = operation.error();
    for (const QList<QVariant> &emitted : std::as_const(steps))
        result.steps.append(emitted.at(0).value<Step>());
    result.account = operation.account();
    result.member = operation.member();
    return result;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// ---- child mode: stores the token read from stdin with no usable session bus; prints the outcome.
int runChild(const QString &registryPath)
{
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    SandboxServer sandbox;
    if (!sandbox.listen())
        return 70;
    SetupOptions options;
    options.request.apiKey = SandboxServer::demoKey();
    options.endpoint.apiHost = sandbox.apiRoot();
    StoreTokenJob operation(Workspace::real().withSettingsPath(registryPath), options, token);
    const Run result = run(operation);
    QTextStream out(stdout);
    out << "kind=" << result.error.exitCode() << " steps=" << result.steps.size() << " requests=" << sandbox.received().size()
        << " message=" << result.error.message() << '\n';
    return 0;
}

} // namespace

class TestStoreTokenJob : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    QTemporaryDir m_dir;
    int m_registries = 0;
    QStringList m_tokens; // every token used, to scan the session's files for at the end

    QString newRegistryPath() { return m_dir.filePath(QStringLiteral("registry-%1/accounts.json").arg(++m_registries)); }

    SetupOptions sandboxOptions() const
    {
        SetupOptions options;
        options.request.apiKey = SandboxServer::demoKey();
        options.request.expiration = QStringLiteral("30days");
        options.endpoint.apiHost = m_sandbox->apiRoot();
        return options;
    }

    QString issue(int member, const QStringList &scopes = ReadWrite, const QString &expiration = QStringLiteral("30days"))
    {
        const QString token = m_sandbox->issueToken(member, scopes, expiration);
        if (token.isEmpty())
            qFatal("the sandbox issued no token");
        m_tokens.append(token);
        return token;
    }

    QUrl deadHost()
    {
        // A port that was free a moment ago: nothing listens there now.
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            qFatal("no free port");
        const quint16 port = server.serverPort();
        server.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1/1").arg(port));
    }

    void revoke(const QString &token)
    {
        ApiClient client(sandboxOptions().endpoint, SandboxServer::demoKey(), token);
        ApiCall *reply = client.deleteResource(QStringLiteral("tokens/") + token + QLatin1Char('/'));
        QSignalSpy spy(reply, &ApiCall::finished);
        reply->start();
        if (!reply->isFinished())
            QVERIFY(spy.wait(test::WaitMs));
        QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
        QVERIFY(m_sandbox->isRevoked(token));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<Step>();
    }

    void init()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->listen());
    }

    void cleanup()
    {
        delete m_sandbox;
        m_sandbox = nullptr;
        for (int member = 0; member < SandboxServer::members().size(); ++member) {
            keychain(KeychainJob::Operation::Remove, accountId(member));
            keychain(KeychainJob::Operation::Remove, accountId(member), {}, KeychainJob::serviceName(true));
        }
    }

    void happyPath()
    {
        const QString token = issue(1, ReadWrite, QStringLiteral("30days"));
        const QString registryPath = newRegistryPath();
        SetupOptions options = sandboxOptions();
        QVERIFY(!options.apply(QStringLiteral("header"), QStringLiteral("X-Team: blue")));
        QVERIFY(!options.apply(QStringLiteral("app-name"), QStringLiteral("Test Tool")));
        StoreTokenJob operation(Workspace::real().withSettingsPath(registryPath), options, token);
        QCOMPARE(operation.step(), Step::Idle);
        QVERIFY(!operation.isRunning());

        const Run result = run(operation);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.steps, (QList<Step>{Step::Verifying, Step::Storing, Step::ReadingBack, Step::Recording, Step::Done}));
        QCOMPARE(operation.step(), Step::Done);
        QVERIFY(!operation.isRunning());

        const auto &member = SandboxServer::members().at(1);
        QCOMPARE(result.member.id, member.id);
        QCOMPARE(result.member.username, member.username);

        // In the keychain under <key>:<memberId> of the real service, not the demo one.
        const KeychainRead stored = keychain(KeychainJob::Operation::Read, accountId(1));
        QVERIFY2(!stored.error, qPrintable(stored.error.message()));
        QCOMPARE(stored.token, token);
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(1), {}, KeychainJob::serviceName(true)).error.kind(),
                 ErrorKind::NoAccount);

        // Recorded, with what the API said.
        SettingsFile registry(registryPath);
        QVERIFY(!registry.load());
        QCOMPARE(registry.accounts().size(), 1);
        const Account &account = registry.accounts().first();
        QCOMPARE(account.id(), accountId(1));
        QCOMPARE(account.memberId, member.id);
        QCOMPARE(account.username, member.username);
        QCOMPARE(account.fullName, member.fullName);
        QCOMPARE(account.scopes, ReadWrite);
        QCOMPARE(account.expiration, QStringLiteral("30days"));
        QVERIFY(account.expires.isValid());
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(account.expires);
        QVERIFY2(days >= 29 && days <= 30, qPrintable(QString::number(days)));
        QCOMPARE(account.endpoint.apiHost, m_sandbox->apiRoot());
        QCOMPARE(account.endpoint.headers, (CustomHeaders{CustomHeader("X-Team", "blue")}));
        QCOMPARE(account.appName, QStringLiteral("Test Tool"));
        QVERIFY(account.lastChecked.isValid());
        QCOMPARE(result.account, account);

        // The verification went through the configured headers.
        const auto received = m_sandbox->received();
        QVERIFY(!received.isEmpty());
        for (const auto &request : received)
            QCOMPARE(request.header("X-Team"), QByteArray("blue"));

        // The settings file has no token.
        QVERIFY(!fileBytes(registryPath).contains(token.toLatin1()));
    }

    void demoProfile()
    {
        // A demo run goes to the sandbox whatever the options say, under the demo service.
        const QString token = issue(0, {QStringLiteral("read")}, QStringLiteral("never"));
        const QString registryPath = newRegistryPath();
        SetupOptions options;
        options.request.apiKey = SandboxServer::demoKey();
        options.request.expiration = QStringLiteral("never");
        StoreTokenJob operation(Workspace::demo(m_sandbox->apiRoot()).withSettingsPath(registryPath), options, token);
        const Run result = run(operation);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0), {}, KeychainJob::serviceName(true)).token, token);
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).error.kind(), ErrorKind::NoAccount);
        SettingsFile registry(registryPath);
        QVERIFY(!registry.load());
        QCOMPARE(registry.accounts().size(), 1);
        QVERIFY(!registry.accounts().first().expires.isValid()); // never expires
        QCOMPARE(registry.accounts().first().scopes, QStringList{QStringLiteral("read")});
    }

    void refusedToken_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("forged") << QStringLiteral("forged");
        QTest::newRow("revoked") << QStringLiteral("revoked");
        QTest::newRow("expired") << QStringLiteral("expired");
    }

    void refusedToken()
    {
        QFETCH(QString, how);
        QString token;
        if (how == QLatin1String("forged")) {
            token = forgedToken('d');
            m_tokens.append(token);
        } else if (how == QLatin1String("revoked")) {
            token = issue(0);
            revoke(token);
            if (QTest::currentTestFailed())
                return;
        } else {
            token = m_sandbox->issueTokenCreatedAt(0, ReadWrite, QStringLiteral("1hour"),
                                                   QDateTime::currentDateTimeUtc().addDays(-1));
            m_tokens.append(token);
        }
        const QString registryPath = newRegistryPath();
        StoreTokenJob operation(Workspace::real().withSettingsPath(registryPath), sandboxOptions(), token);
        const Run result = run(operation);
        QCOMPARE(result.error.kind(), ErrorKind::TokenRefused);
        QVERIFY2(!result.error.message().contains(token, Qt::CaseInsensitive), qPrintable(result.error.message()));
        QCOMPARE(result.steps, (QList<Step>{Step::Verifying, Step::Done}));
        QVERIFY(!QFile::exists(registryPath));
        for (int member = 0; member < SandboxServer::members().size(); ++member)
            QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(member)).error.kind(), ErrorKind::NoAccount);
    }

    void refusedTokenLeavesEarlierAccount()
    {
        // A refused token for a member already stored changes nothing about that member.
        const QString registryPath = newRegistryPath();
        const QString good = issue(0);
        StoreTokenJob first(Workspace::real().withSettingsPath(registryPath), sandboxOptions(), good);
        QVERIFY(!run(first).error);
        const QByteArray before = fileBytes(registryPath);

        const QString revoked = issue(0);
        revoke(revoked);
        if (QTest::currentTestFailed())
            return;
        StoreTokenJob second(Workspace::real().withSettingsPath(registryPath), sandboxOptions(), revoked);
        QCOMPARE(run(second).error.kind(), ErrorKind::TokenRefused);
        QCOMPARE(fileBytes(registryPath), before);
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).token, good);
    }

    void hostDownOrFailing_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("nothing listens") << QStringLiteral("down");
        QTest::newRow("500 on members/me") << QStringLiteral("500");
        QTest::newRow("503 on tokens") << QStringLiteral("503");
        QTest::newRow("429") << QStringLiteral("429");
        QTest::newRow("connection closed") << QStringLiteral("close");
    }

    void hostDownOrFailing()
    {
        QFETCH(QString, how);
        SetupOptions options = sandboxOptions();
        SandboxFault fault;
        fault.times = -1;
        if (how == QLatin1String("down")) {
            options.endpoint.apiHost = deadHost();
        } else if (how == QLatin1String("500")) {
            fault.status = 500;
            fault.body = "internal error";
            m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
        } else if (how == QLatin1String("503")) {
            fault.status = 503;
            m_sandbox->addFault("GET", QStringLiteral("/1/tokens/"), fault);
        } else if (how == QLatin1String("429")) {
            fault.status = 429;
            fault.contentType = "application/json";
            fault.body = "{\"error\":\"API_TOKEN_LIMIT_EXCEEDED\",\"message\":\"Rate limit exceeded\"}";
            m_sandbox->addFault(QByteArray(), QStringLiteral("/1/"), fault);
        } else {
            fault.kind = SandboxFault::Kind::CloseConnection;
            m_sandbox->addFault(QByteArray(), QStringLiteral("/1/"), fault);
        }
        const QString token = issue(1);
        const QString registryPath = newRegistryPath();
        StoreTokenJob operation(Workspace::real().withSettingsPath(registryPath), options, token);
        const Run result = run(operation);
        QVERIFY2(result.error.kind() == ErrorKind::Network, qPrintable(result.error.message()));
        QVERIFY2(!result.error.message().contains(token, Qt::CaseInsensitive), qPrintable(result.error.message()));
        QCOMPARE(result.steps.last(), Step::Done);
        QVERIFY(!result.steps.contains(Step::Storing));
        QVERIFY(!QFile::exists(registryPath));
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(1)).error.kind(), ErrorKind::NoAccount);
    }

    void malformedInputSendsNothing_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("key");
        const QString key = SandboxServer::demoKey();
        QTest::newRow("empty token") << QString() << key;
        QTest::newRow("short token") << QStringLiteral("ATTA1234") << key;
        QTest::newRow("token with space") << (QStringLiteral(" ") + forgedToken('e')) << key;
        QTest::newRow("token not hex") << (QStringLiteral("ATTA") + QString(72, QLatin1Char('z'))) << key;
        QTest::newRow("token with newline inside") << (forgedToken('e').left(30) + QLatin1Char('\n') + forgedToken('e').mid(30)) << key;
        QTest::newRow("no key") << forgedToken('e') << QString();
        QTest::newRow("malformed key") << forgedToken('e') << QStringLiteral("1234");
    }

    void malformedInputSendsNothing()
    {
        QFETCH(QString, token);
        QFETCH(QString, key);
        m_sandbox->clearReceived();
        const QString registryPath = newRegistryPath();
        SetupOptions options = sandboxOptions();
        options.request.apiKey = key;
        StoreTokenJob operation(Workspace::real().withSettingsPath(registryPath), options, token);
        QSignalSpy finished(&operation, &StoreTokenJob::finished);
        operation.start();
        QCOMPARE(finished.count(), 0); // reported from the event loop, never from inside start()
        QVERIFY(finished.wait(test::WaitMs));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(operation.error().kind(), ErrorKind::BadInput);
        QCOMPARE(operation.step(), Step::Done);
        QTest::qWait(100);
        QCOMPARE(m_sandbox->received().size(), 0);
        QVERIFY(!QFile::exists(registryPath));
    }

    void retryAfterFixingTheHost()
    {
        const QString token = issue(0);
        const QString registryPath = newRegistryPath();
        SetupOptions options = sandboxOptions();
        options.endpoint.apiHost = deadHost();
        const Workspace workspace = Workspace::real().withSettingsPath(registryPath);
        StoreTokenJob operation(workspace, options, token);
        m_sandbox->clearReceived();
        Run result = run(operation);
        QCOMPARE(result.error.kind(), ErrorKind::Network);
        QCOMPARE(m_sandbox->received().size(), 0);
        QVERIFY(!QFile::exists(registryPath));

        // The person fixes the host; the same token is tried again (a new job, the same token),
        // without a new consent.
        QVERIFY(!options.apply(QStringLiteral("api-host"), m_sandbox->apiRoot().toString()));
        StoreTokenJob retry(workspace, options, token);
        result = run(retry);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.steps, (QList<Step>{Step::Verifying, Step::Storing, Step::ReadingBack, Step::Recording, Step::Done}));
        // One verification: GET /members/me and GET /tokens/{token}, nothing more.
        const auto received = m_sandbox->received();
        QCOMPARE(received.size(), 2);
        QStringList paths;
        for (const auto &request : received) {
            QCOMPARE(request.method, QByteArray("GET"));
            paths.append(request.path);
        }
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("/1/members/me"), QStringLiteral("/1/tokens/") + token}));
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).token, token);
        SettingsFile registry(registryPath);
        QVERIFY(!registry.load());
        QCOMPARE(registry.accounts().size(), 1);
        QCOMPARE(registry.accounts().first().endpoint.apiHost, m_sandbox->apiRoot());

        // And once more: still one account, one keychain entry.
        StoreTokenJob again(workspace, options, token);
        result = run(again);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QVERIFY(!registry.load());
        QCOMPARE(registry.accounts().size(), 1);
    }

    void recordingFailureRestoresPrevious_data()
    {
        QTest::addColumn<bool>("hadPrevious");
        QTest::newRow("previous token") << true;
        QTest::newRow("no previous token") << false;
    }

    void recordingFailureRestoresPrevious()
    {
        QFETCH(bool, hadPrevious);
        const QString previous = issue(1, {QStringLiteral("read")});
        if (hadPrevious)
            QVERIFY(!keychain(KeychainJob::Operation::Write, accountId(1), previous).error);
        const QString registryPath = newRegistryPath();
        QVERIFY(QDir().mkpath(QFileInfo(registryPath).absolutePath()));
        const QByteArray garbage("\x01\xff{ not json at all \x00\x7f", 23);
        {
            QFile file(registryPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(garbage), qint64(garbage.size()));
        }

        const QString token = issue(1);
        StoreTokenJob operation(Workspace::real().withSettingsPath(registryPath), sandboxOptions(), token);
        const Run result = run(operation);
        QCOMPARE(result.error.kind(), ErrorKind::BadInput);
        QVERIFY2(result.error.message().contains(registryPath), qPrintable(result.error.message()));
        QCOMPARE(result.steps, (QList<Step>{Step::Verifying, Step::Storing, Step::ReadingBack, Step::Recording, Step::Done}));
        // Whose token it was is still known, for the message; nothing is reported as stored.
        QCOMPARE(result.member.id, SandboxServer::members().at(1).id);
        QVERIFY(result.account.memberId.isEmpty());

        // The keychain is as it was; the settings file is untouched.
        const KeychainRead now = keychain(KeychainJob::Operation::Read, accountId(1));
        if (hadPrevious) {
            QVERIFY2(!now.error, qPrintable(now.error.message()));
            QCOMPARE(now.token, previous);
        } else {
            QCOMPARE(now.error.kind(), ErrorKind::NoAccount);
        }
        QCOMPARE(fileBytes(registryPath), garbage);

        // Fixed by the person (the file moved away), the same store succeeds.
        QVERIFY(QFile::remove(registryPath));
        StoreTokenJob retry(Workspace::real().withSettingsPath(registryPath), sandboxOptions(), token);
        const Run again = run(retry);
        QVERIFY2(!again.error, qPrintable(again.error.message()));
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(1)).token, token);
    }

    void brokenKeychainEntryIsReplaced()
    {
        // An entry that holds no token (written by something else) does not block setup: the
        // message of KeychainJob tells the person to run setup again, so that must work.
        auto *raw = new QKeychain::WritePasswordJob(Service);
        raw->setInsecureFallback(false);
        raw->setKey(accountId(0));
        raw->setTextData(QStringLiteral("not a token"));
        QSignalSpy written(raw, &QKeychain::Job::finished);
        raw->start();
        QVERIFY(written.wait(test::WaitMs));
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).error.kind(), ErrorKind::BadInput);

        const QString token = issue(0);
        const QString registryPath = newRegistryPath();
        StoreTokenJob operation(Workspace::real().withSettingsPath(registryPath), sandboxOptions(), token);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("held no well-formed token")));
        const Run result = run(operation);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).token, token);
    }

    void secondAccountAndUpdate()
    {
        const QString registryPath = newRegistryPath();
        const auto store = [&](const QString &token, const SetupOptions &options) {
            StoreTokenJob operation(Workspace::real().withSettingsPath(registryPath), options, token);
            const Error e = run(operation).error;
            if (e)
                qWarning() << "store failed:" << int(e.kind()) << e.message();
            return e;
        };
        const QString first = issue(0, {QStringLiteral("read")}, QStringLiteral("1day"));
        SetupOptions options = sandboxOptions();
        options.request.expiration = QStringLiteral("1day");
        QVERIFY(!store(first, options));
        SettingsFile registry(registryPath);
        QVERIFY(!registry.load());
        const Account firstAccount = registry.accounts().first();

        const QString second = issue(1);
        QVERIFY(!store(second, sandboxOptions()));
        QVERIFY(!registry.load());
        QCOMPARE(registry.accounts().size(), 2);
        QCOMPARE(registry.accounts().at(0), firstAccount); // untouched, lastChecked included
        QCOMPARE(registry.accounts().at(1).id(), accountId(1));
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).token, first);
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(1)).token, second);

        // The same member again (a rotation, say): one entry, updated; the other untouched.
        const QString replacement = issue(0, ReadWrite, QStringLiteral("never"));
        options.request.expiration = QStringLiteral("never");
        QVERIFY(!store(replacement, options));
        QVERIFY(!registry.load());
        QCOMPARE(registry.accounts().size(), 2);
        const Account *updated = registry.find(accountId(0));
        QVERIFY(updated);
        QCOMPARE(updated->scopes, ReadWrite);
        QCOMPARE(updated->expiration, QStringLiteral("never"));
        QVERIFY(!updated->expires.isValid());
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).token, replacement);
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(1)).token, second);
        QCOMPARE(registry.find(accountId(1))->scopes, ReadWrite);
    }

    // preconnect(): a connection to the API host, opened before there is a token; nothing is sent.
    void preconnectOpensAConnectionAndSendsNothing()
    {
        QTcpServer host;
        QVERIFY(host.listen(QHostAddress::LocalHost));
        SetupOptions options = sandboxOptions();
        options.endpoint.apiHost = QUrl(QStringLiteral("http://127.0.0.1:%1/1").arg(host.serverPort()));
        std::unique_ptr<ApiClient> client(StoreTokenJob::preconnect(Workspace::real(), options, nullptr));
        QVERIFY(client);
        QVERIFY(host.waitForNewConnection(test::WaitMs));
        QTcpSocket *connection = host.nextPendingConnection();
        QVERIFY(connection);
        QTest::qWait(300);
        QCOMPARE(connection->bytesAvailable(), qint64(0));
        QVERIFY(client->token().isEmpty());
    }

    void preconnectedConnectionIsUsed()
    {
        // Two requests at once over HTTP/1.1: the preconnected connection and one more. Without
        // the preconnected one there would be three connections (it, and two new ones).
        CountingProxy proxy(m_sandbox->apiRoot());
        QVERIFY(proxy.listen());
        SetupOptions options = sandboxOptions();
        options.endpoint.apiHost = proxy.apiRoot();
        const QString token = issue(0);
        ApiClient *client = StoreTokenJob::preconnect(Workspace::real(), options, this);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.connections(), 1, test::WaitMs);
        StoreTokenJob operation(Workspace::real().withSettingsPath(newRegistryPath()), options, token);
        operation.useConnection(client);
        const Run result = run(operation);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).token, token);
        QCOMPARE(m_sandbox->received().size(), 2);
        QCOMPARE(proxy.connections(), 2);
    }

    // The person changed the API host after the preconnect: the token goes only where the
    // options now say.
    void preconnectToAnotherHostIsNotUsed()
    {
        QTcpServer oldHost;
        QVERIFY(oldHost.listen(QHostAddress::LocalHost));
        SetupOptions before = sandboxOptions();
        before.endpoint.apiHost = QUrl(QStringLiteral("http://127.0.0.1:%1/1").arg(oldHost.serverPort()));
        const QString token = issue(0);
        ApiClient *client = StoreTokenJob::preconnect(Workspace::real(), before, this);
        QVERIFY(oldHost.waitForNewConnection(test::WaitMs));
        QTcpSocket *connection = oldHost.nextPendingConnection();
        QVERIFY(connection);

        StoreTokenJob operation(Workspace::real().withSettingsPath(newRegistryPath()), sandboxOptions(), token);
        operation.useConnection(client);
        const Run result = run(operation);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(m_sandbox->received().size(), 2);
        QTest::qWait(100);
        QCOMPARE(connection->bytesAvailable(), qint64(0)); // the token never went there
    }

    // ...or its headers: a client of its own, with the headers the options now name. (The open
    // connection itself may carry a request: connections belong to the process's network
    // manager, headers to each request.)
    void preconnectWithOtherHeadersIsNotUsed()
    {
        CountingProxy proxy(m_sandbox->apiRoot());
        QVERIFY(proxy.listen());
        SetupOptions before = sandboxOptions();
        before.endpoint.apiHost = proxy.apiRoot();
        SetupOptions withHeader = before;
        QVERIFY(!withHeader.apply(QStringLiteral("header"), QStringLiteral("X-Team: blue")));
        const QString token = issue(0);
        ApiClient *client = StoreTokenJob::preconnect(Workspace::real(), before, this);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.connections(), 1, test::WaitMs);
        StoreTokenJob operation(Workspace::real().withSettingsPath(newRegistryPath()), withHeader, token);
        operation.useConnection(client);
        const Run result = run(operation);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(m_sandbox->received().size(), 2);
        for (const auto &request : m_sandbox->received())
            QCOMPARE(request.header(QByteArrayLiteral("X-Team")), QByteArrayLiteral("blue"));
        QCOMPARE(proxy.connections(), 2); // the early one, and one for the second request
    }

    // A CA file that could not be read at preconnect time is read again by the test call.
    void preconnectWithUnreadableCaFileIsNotKept()
    {
        const QString caPath = m_dir.filePath(QStringLiteral("later-ca.pem"));
        QFile::remove(caPath);
        SetupOptions options = sandboxOptions();
        options.endpoint.caFile = caPath;
        // The file does not exist yet: no early connection is kept for it.
        QVERIFY(!StoreTokenJob::preconnect(Workspace::real(), options, this));
        // Now it does: a self-signed certificate (the sandbox speaks plain http; the file only
        // has to be readable PEM).
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("later-ca.key")), QStringLiteral("-out"), caPath,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=later-ca")});
        QVERIFY2(openssl.waitForFinished(test::WaitMs), "openssl did not finish");
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        StoreTokenJob operation(Workspace::real().withSettingsPath(newRegistryPath()), options, issue(0));
        const Run result = run(operation);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
    }

    void preconnectWithBadOptionsDoesNothing()
    {
        QTcpServer host;
        QVERIFY(host.listen(QHostAddress::LocalHost));
        SetupOptions badKey = sandboxOptions();
        badKey.endpoint.apiHost = QUrl(QStringLiteral("http://127.0.0.1:%1/1").arg(host.serverPort()));
        badKey.request.apiKey = QStringLiteral("not-a-key");
        SetupOptions badHost = sandboxOptions();
        badHost.endpoint.apiHost = QUrl(QStringLiteral("ftp://127.0.0.1:%1/1").arg(host.serverPort()));
        QVERIFY(!StoreTokenJob::preconnect(Workspace::real(), badKey, this));
        QVERIFY(!StoreTokenJob::preconnect(Workspace::real(), badHost, this));
        QVERIFY(!host.waitForNewConnection(300));
    }

    void startWhileRunningIsIgnored()
    {
        const QString token = issue(0);
        StoreTokenJob operation(Workspace::real().withSettingsPath(newRegistryPath()), sandboxOptions(), token);
        QSignalSpy finished(&operation, &StoreTokenJob::finished);
        operation.start();
        QVERIFY(operation.isRunning());
        operation.start();
        QVERIFY(finished.wait(test::WaitMs));
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!operation.error());
    }

    void deletedWhileRunning()
    {
        // Deleting the operation mid-way must not crash when the answers come in.
        const QString token = issue(0);
        auto *operation = new StoreTokenJob(Workspace::real().withSettingsPath(newRegistryPath()), sandboxOptions(), token);
        QSignalSpy steps(operation, &StoreTokenJob::stepChanged);
        operation->start();
        QTRY_VERIFY_WITH_TIMEOUT(operation->step() == Step::Storing || operation->step() == Step::Done, test::WaitMs);
        delete operation;
        QTest::qWait(500);
    }

    void noKeychain()
    {
        const QString token = issue(0);
        const QString registryPath = newRegistryPath();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRELLO_TEST_STORE_CHILD"), registryPath);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(test::WaitMs));
        // The token travels on stdin, never in arguments or the environment.
        child.write(token.toLatin1() + '\n');
        child.closeWriteChannel();
        QSignalSpy done(&child, &QProcess::finished);
        if (child.state() != QProcess::NotRunning)
            QVERIFY(done.wait(test::WaitMs * 3));
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(out.startsWith("kind=3 "), (out + err).constData()); // ErrorKind::Keychain
        QVERIFY2(out.contains(" requests=2 "), out.constData());      // verified first
        QVERIFY(!out.contains(token.toLatin1()));
        QVERIFY(!err.contains(token.toLatin1()));
        QVERIFY(!QFile::exists(registryPath));
        QCOMPARE(test::filesContaining(test::sessionRoot(), token.toLatin1()), QStringList());
        // And nothing reached the session's keychain either.
        QCOMPARE(keychain(KeychainJob::Operation::Read, accountId(0)).error.kind(), ErrorKind::NoAccount);
    }

    void cleanupTestCase()
    {
        // Every token used above lives in gnome-keyring's encrypted file only, if anywhere.
        QVERIFY(!m_tokens.isEmpty());
        for (const QString &token : std::as_const(m_tokens)) {
            QCOMPARE(test::filesContaining(test::sessionRoot(), token.toLatin1()).join(QLatin1Char(' ')), QString());
            QCOMPARE(test::filesContaining(test::sessionRoot(), token.toLower().toLatin1()), QStringList());
            QCOMPARE(test::filesContaining(test::sessionRoot(), token.toUtf8().toBase64()), QStringList());
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("TRELLO_TEST_STORE_CHILD");
    if (!child.isEmpty())
        return runChild(child);
    TestStoreTokenJob test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storetokenjob.moc"
