#include "trello/ApiClient.h"
#include "trello/ApiCall.h"
#include "ProgramRun.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;
using onboard::sandbox::SandboxFault;
using onboard::sandbox::SandboxMember;
using onboard::sandbox::SandboxServer;

// Hostile API hosts and hostile config files, as a script or an installer meets them:
// - a TLS host with a self-signed certificate (made at test time with openssl) is refused, and
//   the refusal names --ca-file; with --ca-file naming that certificate the same host works;
// - a body of hundreds of MB is cut off (exit 4) while the client's peak memory stays small;
// - a host that trickles and one that never answers end with exit 4 at the 15 s deadline;
// - 429 is retried a bounded number of times, then exit 4;
// - config files with garbage, unknown keys or wrong types: exit 64, one line, nothing stored or
//   lost, no request made.
namespace {

// A tiny HTTPS API host on 127.0.0.1 answering members/me and tokens/{token} as Trello would.
class TlsApiHost : public QObject
{
public:
    TlsApiHost(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString apiRoot() const { return QStringLiteral("https://127.0.0.1:%1/1").arg(m_server.serverPort()); }
    int requests = 0; // requests answered (QSslServer hands over a socket once its handshake is done)

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray path = buffer->left(buffer->indexOf("\r\n")).split(' ').value(1);
            buffer->remove(0, end + 4);
            ++requests;
            const SandboxMember &member = SandboxServer::members().at(0);
            QByteArray body;
            if (path.startsWith("/1/members/me")) {
                body = R"({"id":")" + member.id.toLatin1() + R"(","username":")" + member.username.toLatin1()
                       + R"(","fullName":"TLS Member"})";
            } else if (path.startsWith("/1/tokens/")) {
                body = R"({"idMember":")" + member.id.toLatin1()
                       + R"(","dateCreated":"2026-01-01T00:00:00.000Z","dateExpires":null,"permissions":[{"idModel":"*","modelType":"Board","read":true,"write":false}]})";
            }
            const QByteArray status = body.isEmpty() ? "404 Not Found" : "200 OK";
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
};

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private:
    using Result = onboard::test::ProgramRun::Result;

    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    QString m_certificate; // PEM of the self-signed certificate, a CA file for --ca-file
    QString m_privateKey;
    QStringList m_tokens;
    QList<QByteArray> m_outputs;

    static QString program() { return onboard::test::ProgramRun::program(); }
    static QString registryPath()
    {
        return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/trello-onboard/accounts.json");
    }
    QString api() const { return m_sandbox.apiRoot().toString(); }

    QString issue()
    {
        const QString token = m_sandbox.issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
        m_tokens.append(token);
        return token;
    }

    // Runs trello-onboard with `input` on stdin; the event loop keeps running so the in-process
    // servers answer it. `wrapper` runs it under another program (/usr/bin/time).
    Result run(const QStringList &arguments, const QByteArray &input, int boundMs = onboard::test::WaitMs,
               const QStringList &wrapper = {}, bool tokenOnStdout = false)
    {
        const Result result = onboard::test::ProgramRun{arguments, input, {}, wrapper, boundMs}.run();
        if (!tokenOnStdout) // `token` prints it, as it should
            m_outputs << result.out;
        m_outputs << result.err;
        return result;
    }

    Result import(const QString &token, const QStringList &extra, int boundMs = onboard::test::WaitMs,
                  const QStringList &wrapper = {})
    {
        return run(QStringList{QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey()} + extra,
                   token.toLatin1() + '\n', boundMs, wrapper);
    }

    static QByteArray describe(const Result &r) { return r.describe(); }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Accounts in the settings file (forget leaves the file with an empty list).
    static int storedAccounts()
    {
        return int(QJsonDocument::fromJson(readAll(registryPath())).object().value(QStringLiteral("accounts")).toArray().size());
    }

    // Starts the call and waits for it, bounded.
    static ApiCall *wait(ApiCall *reply)
    {
        reply->start();
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &ApiCall::finished);
            if (!done.wait(onboard::test::WaitMs))
                qFatal("an API call did not finish within the test's bound");
        }
        return reply;
    }

    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (const auto &request : m_sandbox.received())
            count += request.path == path ? 1 : 0;
        return count;
    }

#define EXPECT_EXIT(result, code) QVERIFY2((result).exitCode == (code), describe(result).constData())

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(program()));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen());
        // A self-signed certificate for 127.0.0.1, made now: nothing secret is committed.
        m_certificate = m_dir.filePath(QStringLiteral("self-signed.pem"));
        m_privateKey = m_dir.filePath(QStringLiteral("self-signed.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), m_privateKey, QStringLiteral("-out"), m_certificate});
        QVERIFY2(openssl.waitForFinished(onboard::test::WaitMs), "openssl did not finish");
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    }

    void init()
    {
        m_sandbox.clearFaults();
        m_sandbox.clearReceived();
    }

    // ---- TLS ------------------------------------------------------------------------------

    void selfSignedHostIsRefusedUnlessNamedWithCaFile()
    {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_certificate);
        QCOMPARE(certificates.size(), 1);
        QFile keyFile(m_privateKey);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Rsa);
        QVERIFY(!key.isNull());
        TlsApiHost host(certificates.first(), key);
        QVERIFY(host.listen());
        const QString token = issue();

        // The API client: without a CA file the handshake is refused, with no request sent.
        ApiEndpoint endpoint;
        endpoint.apiHost = QUrl(host.apiRoot());
        {
            ApiClient client(endpoint, SandboxServer::demoKey(), token);
            ApiCall *reply = wait(client.get(QStringLiteral("members/me")));
            QCOMPARE(reply->error().kind(), ErrorKind::Network);
            QVERIFY2(reply->error().message().contains(QStringLiteral("--ca-file")), qPrintable(reply->error().message()));
            QVERIFY2(!reply->error().message().contains(token), qPrintable(reply->error().message()));
            QCOMPARE(host.requests, 0);
        }
        // …and with it the same host is trusted.
        endpoint.caFile = m_certificate;
        {
            ApiClient client(endpoint, SandboxServer::demoKey(), token);
            QVERIFY(!client.prepare());
            ApiCall *reply = wait(client.get(QStringLiteral("members/me")));
            QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
            QVERIFY(reply->body().contains("TLS Member"));
            QCOMPARE(host.requests, 1);
        }

        // The same through the command line: exit 4 naming --ca-file, then exit 0 with it.
        Result refused = import(token, {QStringLiteral("--api-host"), host.apiRoot()});
        EXPECT_EXIT(refused, 4);
        QVERIFY2(refused.err.contains("--ca-file"), refused.err.constData());
        QVERIFY2(refused.err.count('\n') == 1, refused.err.constData());
        QCOMPARE(storedAccounts(), 0);
        Result trusted = import(token, {QStringLiteral("--api-host"), host.apiRoot(), QStringLiteral("--ca-file"), m_certificate});
        EXPECT_EXIT(trusted, 0);
        QVERIFY(readAll(registryPath()).contains("TLS Member"));
        EXPECT_EXIT(run({QStringLiteral("forget")}, {}), 0);

        // A CA file that is not a certificate is bad input, not a network failure.
        const QString notPem = m_dir.filePath(QStringLiteral("not.pem"));
        QFile junk(notPem);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n");
        junk.close();
        EXPECT_EXIT(import(token, {QStringLiteral("--api-host"), host.apiRoot(), QStringLiteral("--ca-file"), notPem}), 64);
    }

    // ---- floods, silence, trickles, rate limits -------------------------------------------

    void hugeBodyIsCutOffWithBoundedMemory()
    {
        // packaging/install-deps.sh installs it: its absence is a broken set-up, not a reason to skip.
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/time")), "GNU time (/usr/bin/time): run packaging/install-deps.sh");
        const QString token = issue();
        // The baseline: a normal import that fails fast (a 401), measured the same way.
        SandboxFault refused;
        refused.status = 401;
        refused.body = "invalid token";
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), refused);
        const QStringList wrapper{QStringLiteral("/usr/bin/time"), QStringLiteral("-f"), QStringLiteral("maxrss-kib=%M")};
        const auto peakKib = [](const Result &r) {
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("maxrss-kib=(\\d+)")).match(QString::fromLatin1(r.err));
            return m.hasMatch() ? m.captured(1).toLongLong() : -1LL;
        };
        const Result baseline = import(token, {QStringLiteral("--api-host"), api()}, onboard::test::WaitMs, wrapper);
        EXPECT_EXIT(baseline, 2);

        SandboxFault flood;
        flood.kind = SandboxFault::Kind::HugeBody;
        flood.hugeBytes = 500LL * 1024 * 1024;
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), flood);
        const Result flooded = import(token, {QStringLiteral("--api-host"), api()}, onboard::test::WaitMs, wrapper);
        EXPECT_EXIT(flooded, 4);
        const qint64 base = peakKib(baseline);
        const qint64 peak = peakKib(flooded);
        QVERIFY2(base > 0 && peak > 0, flooded.err.constData());
        qInfo("peak RSS: %lld KiB for a refused import, %lld KiB against a 500 MB answer", base, peak);
        // The answer is capped at 1 MiB; allow for Qt's buffers, never for the body.
        QVERIFY2(peak - base < 24 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peak - base)));
        QCOMPARE(storedAccounts(), 0);
    }

    void endlessChunkedAnswerIsCutOffWhileItStreams()
    {
        // No length is announced, so only counting the bytes as they arrive can stop it: the
        // answer is cut off at the 1 MiB cap, well within the 15 s bound, with flat memory.
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/time")), "GNU time (/usr/bin/time): run packaging/install-deps.sh");
        const QString token = issue();
        const QStringList wrapper{QStringLiteral("/usr/bin/time"), QStringLiteral("-f"), QStringLiteral("maxrss-kib=%M")};
        const auto peakKib = [](const Result &r) {
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("maxrss-kib=(\\d+)")).match(QString::fromLatin1(r.err));
            return m.hasMatch() ? m.captured(1).toLongLong() : -1LL;
        };
        SandboxFault refused;
        refused.status = 401;
        refused.body = "invalid token";
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), refused);
        const Result baseline = import(token, {QStringLiteral("--api-host"), api()}, onboard::test::WaitMs, wrapper);
        EXPECT_EXIT(baseline, 2);

        SandboxFault endless;
        endless.kind = SandboxFault::Kind::EndlessChunks;
        endless.contentType = "application/json";
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), endless);
        QElapsedTimer timer;
        timer.start();
        const Result flooded = import(token, {QStringLiteral("--api-host"), api()}, 25000, wrapper);
        const qint64 elapsed = timer.elapsed();
        EXPECT_EXIT(flooded, 4);
        QVERIFY2(flooded.err.contains("KiB"), flooded.err.constData());
        QVERIFY2(elapsed < 15000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        const qint64 base = peakKib(baseline);
        const qint64 peak = peakKib(flooded);
        QVERIFY2(base > 0 && peak > 0, flooded.err.constData());
        qInfo("peak RSS: %lld KiB for a refused import, %lld KiB against an endless chunked answer", base, peak);
        QVERIFY2(peak - base < 24 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peak - base)));
        QCOMPARE(storedAccounts(), 0);
    }

    void tricklingAndSilentHostsEndAtTheDeadline()
    {
        // The command line has no option to shorten the 15 s deadline: both run at once against
        // it. (unit_apiclient covers the same with ApiClient::Limits and 0.8 s.)
        const QString token = issue();
        SandboxFault trickle;
        trickle.kind = SandboxFault::Kind::Trickle;
        trickle.intervalMs = 200; // a byte every 0.2 s keeps Qt's transfer timeout from firing
        trickle.times = 1;
        SandboxFault silence;
        silence.kind = SandboxFault::Kind::NeverAnswer;
        silence.times = 1;
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), trickle);
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), silence);

        QElapsedTimer timer;
        timer.start();
        QProcess first;
        QProcess second;
        QSignalSpy firstDone(&first, &QProcess::finished);
        QSignalSpy secondDone(&second, &QProcess::finished);
        const QStringList arguments{QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey(),
                                    QStringLiteral("--api-host"), api()};
        for (QProcess *process : {&first, &second}) {
            process->start(program(), arguments);
            QVERIFY(process->waitForStarted(onboard::test::WaitMs));
            process->write(token.toLatin1() + '\n');
            process->closeWriteChannel();
            QTest::qWait(300); // the first takes the trickle, the second the silence
        }
        const int bound = 30000;
        QVERIFY2(firstDone.count() > 0 || firstDone.wait(bound), "the trickled import did not end");
        QVERIFY2(secondDone.count() > 0 || secondDone.wait(bound), "the silent import did not end");
        const qint64 elapsed = timer.elapsed();
        for (QProcess *process : {&first, &second}) {
            const QByteArray err = process->readAllStandardError();
            m_outputs << err << process->readAllStandardOutput();
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 4, err.constData());
            QVERIFY2(err.contains("did not answer"), err.constData());
        }
        QVERIFY2(elapsed < 25000, qPrintable(QString::number(elapsed)));
        QCOMPARE(storedAccounts(), 0);
    }

    void rateLimitIsRetriedBoundedThenExit4()
    {
        const QString token = issue();
        SandboxFault limited;
        limited.status = 429;
        limited.contentType = "application/json";
        limited.body = R"({"error":"API_TOKEN_LIMIT_EXCEEDED","message":"Rate limit exceeded"})";
        limited.times = -1;
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), limited);
        QElapsedTimer timer;
        timer.start();
        const Result r = import(token, {QStringLiteral("--api-host"), api()});
        EXPECT_EXIT(r, 4);
        QVERIFY2(r.err.contains("429"), r.err.constData());
        QCOMPARE(requestsTo(QStringLiteral("/1/members/me")), 4); // the call and 3 retries
        QVERIFY(timer.elapsed() < 12000);                        // 0.5 + 1 + 2 s of waiting
        QCOMPARE(storedAccounts(), 0);
    }

    // ---- bad config files -----------------------------------------------------------------

    void badConfigIsExit64AndLosesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919 + 13) % 256));
        QTest::newRow("binary garbage") << garbage << QStringLiteral("binary");
        QTest::newRow("ELF header") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12) << QStringLiteral("binary");
        QTest::newRow("invalid UTF-8") << QByteArray("app-name = caf\xe9\n") << QStringLiteral("UTF-8");
        QTest::newRow("unknown key") << QByteArray("scope = read\ntoken = abc\n") << QStringLiteral("unknown key");
        QTest::newRow("unknown section") << QByteArray("[trello]\nkey = 1\n") << QStringLiteral("unknown section");
        QTest::newRow("scope of the wrong type") << QByteArray("scope = 17\n") << QStringLiteral("scope");
        QTest::newRow("expiration unknown") << QByteArray("expiration = forever\n") << QStringLiteral("expiration");
        QTest::newRow("credentials-in unknown") << QByteArray("credentials-in = both\n") << QStringLiteral("credentials");
        QTest::newRow("api-host not a URL") << QByteArray("api-host = 42\n") << QStringLiteral("API host");
        QTest::newRow("api-host plain http") << QByteArray("api-host = http://evil.example/1\n") << QStringLiteral("http");
        QTest::newRow("api-host user info") << QByteArray("api-host = https://api.trello.com@evil.example/1\n") << QStringLiteral("user name");
        QTest::newRow("reserved header") << QByteArray("[headers]\nHost = evil.example\n") << QStringLiteral("Host");
        QTest::newRow("header name with space") << QByteArray("[headers]\nX A = b\n") << QStringLiteral("header");
        QTest::newRow("stray carriage return") << QByteArray("app-name = a\rX-Injected: 1\n") << QStringLiteral("control character");
        QTest::newRow("no equals") << QByteArray("scope read\n") << QStringLiteral("key = value");
        QTest::newRow("over 64 KiB") << QByteArray(70 * 1024, '#') << QStringLiteral("64 KiB");
    }

    void badConfigIsExit64AndLosesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        // Something stored first, which a bad config must not touch.
        if (run({QStringLiteral("token")}, {}, onboard::test::WaitMs, {}, true).exitCode != 0)
            EXPECT_EXIT(import(issue(), {QStringLiteral("--api-host"), api()}), 0);
        const QByteArray registryBefore = readAll(registryPath());
        QVERIFY(!registryBefore.isEmpty());
        m_sandbox.clearReceived();

        const QString config = m_dir.filePath(QStringLiteral("bad.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        // No --api-host on the command line, where it would win over the config's.
        const Result r = import(issue(), {QStringLiteral("--config"), config});
        EXPECT_EXIT(r, 64);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions, Qt::CaseInsensitive), r.err.constData());
        QVERIFY2(r.err.size() < 1000, r.err.constData());
        // One clear line: nothing of the garbage itself, no control characters.
        for (char c : r.err.chopped(1))
            QVERIFY2(uchar(c) >= 0x20 || c == '\t', r.err.toHex().constData());
        QVERIFY(m_sandbox.received().isEmpty());
        QCOMPARE(readAll(registryPath()), registryBefore);
        EXPECT_EXIT(run({QStringLiteral("token")}, {}, onboard::test::WaitMs, {}, true), 0);
    }

    void configThatIsNotAFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/trello-onboard.conf");
        QTest::newRow("a folder") << QStringLiteral("/");
        QTest::newRow("a device") << QStringLiteral("/dev/zero");
    }

    void configThatIsNotAFile()
    {
        QFETCH(QString, path);
        const Result r = import(issue(), {QStringLiteral("--api-host"), api(), QStringLiteral("--config"), path});
        EXPECT_EXIT(r, 64);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(m_sandbox.received().isEmpty());
    }

    void cleanupTestCase()
    {
        // No token in anything printed or in any file of the session.
        for (const QString &token : std::as_const(m_tokens)) {
            for (const QByteArray &output : std::as_const(m_outputs))
                QVERIFY(!output.contains(token.toLatin1()));
            QVERIFY(onboard::test::filesContaining(onboard::test::sessionRoot(), token.toLatin1()).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
