#include "trello/ApiClient.h"
#include "trello/ApiCall.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;
using onboard::sandbox::SandboxFault;
using onboard::sandbox::SandboxServer;

// The API client against the sandbox Trello over real loopback HTTP, including the sandbox's
// misbehaviours: redirects, rate limits, silence, trickles, floods.
class TestApiClient : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    QString m_token;

    ApiEndpoint endpoint() const
    {
        ApiEndpoint e;
        e.apiHost = m_sandbox->apiRoot();
        return e;
    }

    // Runs one call to its end (bounded) and returns the reply, owned by `client`.
    // Starts the call and waits for it, bounded.
    static ApiCall *run(ApiCall *reply)
    {
        reply->start();
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &ApiCall::finished);
            if (!done.wait(test::WaitMs))
                qFatal("an API call did not finish within the test's bound");
        }
        return reply;
    }

    void verifyNoToken(const ApiCall *reply, const QString &token)
    {
        QVERIFY2(!reply->error().message().contains(token, Qt::CaseInsensitive), qPrintable(reply->error().message()));
    }

    QList<HttpRequest> requestsTo(const QString &path) const
    {
        QList<HttpRequest> found;
        for (const auto &request : m_sandbox->received()) {
            if (request.path == path)
                found.append(request);
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->listen());
        m_token = m_sandbox->issueToken(0, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("30days"));
    }

    void cleanup()
    {
        delete m_sandbox;
        m_sandbox = nullptr;
    }

    void credentialsAndHeadersGoInEveryRequest()
    {
        ApiEndpoint e = endpoint();
        e.headers = {CustomHeader("X-Request-Id", "abc123"), CustomHeader("X-Team", "ops")};
        ApiClient client(e, SandboxServer::demoKey(), m_token);
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
        QCOMPARE(reply->httpStatus(), 200);
        QVERIFY(reply->body().contains(SandboxServer::members().at(0).id.toUtf8()));

        const auto requests = requestsTo(QStringLiteral("/1/members/me"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("key")), SandboxServer::demoKey());
        QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("token")), m_token);
        QCOMPARE(requests.first().header("x-request-id"), QByteArray("abc123"));
        QCOMPARE(requests.first().header("X-Team"), QByteArray("ops"));
        QVERIFY(requests.first().header("Authorization").isEmpty());
    }

    void credentialsInHeaderKeepTheTokenOutOfTheUrl()
    {
        ApiEndpoint e = endpoint();
        e.credentialsIn = ApiEndpoint::CredentialsIn::Header;
        ApiClient client(e, SandboxServer::demoKey(), m_token);
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
        const auto requests = requestsTo(QStringLiteral("/1/members/me"));
        QCOMPARE(requests.size(), 1);
        QVERIFY(!requests.first().query.hasQueryItem(QStringLiteral("token")));
        QVERIFY(!requests.first().query.hasQueryItem(QStringLiteral("key")));
        const QByteArray authorization = requests.first().header("Authorization");
        QVERIFY(authorization.startsWith("OAuth "));
        QVERIFY(authorization.contains("oauth_token=\"" + m_token.toLatin1() + "\""));
        QVERIFY(authorization.contains("oauth_consumer_key=\"" + SandboxServer::demoKey().toLatin1() + "\""));
    }

    void trelloRefusalsAreTokenRefused_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("invalid token") << QStringLiteral("forged") << QStringLiteral("not valid");
        QTest::newRow("expired token") << QStringLiteral("expired") << QStringLiteral("expired");
        QTest::newRow("invalid key") << QStringLiteral("badkey") << QStringLiteral("API key");
        QTest::newRow("revoked token") << QStringLiteral("revoked") << QStringLiteral("revoked");
    }

    void trelloRefusalsAreTokenRefused()
    {
        QFETCH(QString, which);
        QFETCH(QString, phrase);
        QString key = SandboxServer::demoKey();
        QString token = m_token;
        if (which == QLatin1String("forged"))
            token = QStringLiteral("ATTA") + QString(64, QLatin1Char('a')) + QStringLiteral("0123ABCD");
        if (which == QLatin1String("expired"))
            token = m_sandbox->issueTokenCreatedAt(0, {QStringLiteral("read")}, QStringLiteral("1hour"),
                                                   QDateTime::currentDateTimeUtc().addSecs(-7200));
        if (which == QLatin1String("badkey"))
            key = QStringLiteral("not-a-key");
        if (which == QLatin1String("revoked")) {
            ApiClient revoker(endpoint(), key, token);
            QVERIFY(!run(revoker.deleteResource(QStringLiteral("tokens/") + token + QLatin1Char('/')))->error());
        }
        ApiClient client(endpoint(), key, token);
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QCOMPARE(reply->error().kind(), ErrorKind::TokenRefused);
        QVERIFY2(reply->error().message().contains(phrase), qPrintable(reply->error().message()));
        verifyNoToken(reply, token);
    }

    void readOnlyTokenCannotRevokeItself()
    {
        const QString readOnly = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
        ApiClient client(endpoint(), SandboxServer::demoKey(), readOnly);
        ApiCall *reply = run(client.deleteResource(QStringLiteral("tokens/") + readOnly + QLatin1Char('/')));
        QCOMPARE(reply->error().kind(), ErrorKind::TokenRefused);
        QVERIFY(reply->error().message().contains(QStringLiteral("permission")));
        verifyNoToken(reply, readOnly);
        QVERIFY(!m_sandbox->isRevoked(readOnly));
    }

    void serverErrorsAndUnknownPathsAreNetworkFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("404") << 404;
        QTest::newRow("418") << 418;
    }

    void serverErrorsAndUnknownPathsAreNetworkFailures()
    {
        QFETCH(int, status);
        SandboxFault fault;
        fault.status = status;
        fault.body = "oops " + m_token.toLatin1(); // even an echoed token must not come out
        m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QCOMPARE(reply->error().kind(), ErrorKind::Network);
        QVERIFY(reply->error().message().contains(QString::number(status)));
        verifyNoToken(reply, m_token);
    }

    void rateLimitIsRetriedWithBackoff()
    {
        SandboxFault fault;
        fault.status = 429;
        fault.contentType = "application/json";
        fault.body = "{\"error\":\"API_TOKEN_LIMIT_EXCEEDED\",\"message\":\"Rate limit exceeded\"}";
        fault.times = 2;
        m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        ApiClient::Limits limits;
        limits.retryBaseDelayMs = 50;
        client.setLimits(limits);
        QElapsedTimer timer;
        timer.start();
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
        QCOMPARE(reply->attempts(), 3);
        // Waited 50 ms, then 100 ms between attempts (coarse timers may fire up to 5 % early).
        QVERIFY2(timer.elapsed() >= 140, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(requestsTo(QStringLiteral("/1/members/me")).size(), 3);
    }

    void rateLimitGivesUpAfterBoundedRetries()
    {
        SandboxFault fault;
        fault.status = 429;
        fault.body = "{\"error\":\"API_TOKEN_LIMIT_EXCEEDED\",\"message\":\"Rate limit exceeded\"}";
        fault.times = -1;
        m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        ApiClient::Limits limits;
        limits.retryBaseDelayMs = 10;
        limits.maxRetries = 2;
        client.setLimits(limits);
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QCOMPARE(reply->error().kind(), ErrorKind::Network);
        QVERIFY(reply->error().message().contains(QStringLiteral("429")));
        QCOMPARE(requestsTo(QStringLiteral("/1/members/me")).size(), 3);
    }

    void sameOriginRedirectIsFollowedWithCredentials()
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Redirect;
        fault.status = 307;
        fault.location = QUrl(QStringLiteral("/1/members/me?moved=1"));
        m_sandbox->addFault("GET", QStringLiteral("/1/old/me"), fault);
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        ApiCall *reply = run(client.get(QStringLiteral("old/me")));
        QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
        const auto requests = requestsTo(QStringLiteral("/1/members/me"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("moved")), QStringLiteral("1"));
        QCOMPARE(requests.first().query.allQueryItemValues(QStringLiteral("token")), QStringList{m_token});
    }

    void crossOriginRedirectIsNotFollowed()
    {
        SandboxServer elsewhere;
        QVERIFY(elsewhere.listen());
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Redirect;
        fault.status = 302;
        fault.location = QUrl(elsewhere.apiRoot().toString() + QStringLiteral("/members/me"));
        m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QCOMPARE(reply->error().kind(), ErrorKind::Network);
        QVERIFY2(reply->error().message().contains(QStringLiteral("another origin")), qPrintable(reply->error().message()));
        QVERIFY(elsewhere.received().isEmpty());
        verifyNoToken(reply, m_token);
    }

    void redirectLoopIsBounded()
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Redirect;
        fault.location = QUrl(QStringLiteral("/1/loop"));
        fault.times = -1;
        m_sandbox->addFault("GET", QStringLiteral("/1/loop"), fault);
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        ApiCall *reply = run(client.get(QStringLiteral("loop")));
        QCOMPARE(reply->error().kind(), ErrorKind::Network);
        QCOMPARE(requestsTo(QStringLiteral("/1/loop")).size(), client.limits().maxRedirects + 1);
    }

    void silentAndTricklingHostsTimeOut_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("never answers") << int(SandboxFault::Kind::NeverAnswer);
        QTest::newRow("trickles") << int(SandboxFault::Kind::Trickle);
    }

    void silentAndTricklingHostsTimeOut()
    {
        QFETCH(int, kind);
        SandboxFault fault;
        fault.kind = SandboxFault::Kind(kind);
        fault.intervalMs = 100;
        m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        ApiClient::Limits limits;
        limits.timeoutMs = 800;
        client.setLimits(limits);
        QElapsedTimer timer;
        timer.start();
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QCOMPARE(reply->error().kind(), ErrorKind::Network);
        QVERIFY2(reply->error().message().contains(QStringLiteral("did not answer")), qPrintable(reply->error().message()));
        QVERIFY(timer.elapsed() < 5000);
    }

    void hugeAnswerIsCutOff()
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::HugeBody;
        fault.hugeBytes = 300LL * 1024 * 1024;
        m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QCOMPARE(reply->error().kind(), ErrorKind::Network);
        QVERIFY(reply->body().size() <= client.limits().maxBodyBytes + 1);
    }

    void closedConnectionAndRefusedConnection()
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::CloseConnection;
        fault.times = -1;
        m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        QCOMPARE(run(client.get(QStringLiteral("members/me")))->error().kind(), ErrorKind::Network);

        quint16 deadPort = 0;
        {
            SandboxServer gone;
            QVERIFY(gone.listen());
            deadPort = gone.port();
        }
        ApiEndpoint dead;
        dead.apiHost = QUrl(QStringLiteral("http://127.0.0.1:%1/1").arg(deadPort));
        ApiClient refused(dead, SandboxServer::demoKey(), m_token);
        ApiCall *reply = run(refused.get(QStringLiteral("members/me")));
        QCOMPARE(reply->error().kind(), ErrorKind::Network);
        QVERIFY2(reply->error().message().contains(QStringLiteral("refused")), qPrintable(reply->error().message()));
    }

    void badEndpointsFailBeforeSending_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("caFile");
        QTest::newRow("plain http to another machine") << QStringLiteral("http://api.example.com/1") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/1") << QString();
        QTest::newRow("user info") << QStringLiteral("https://me@api.example.com/1") << QString();
        QTest::newRow("missing CA file") << QStringLiteral("https://api.example.com/1") << QStringLiteral("/nonexistent/ca.pem");
        QTest::newRow("CA file without PEM") << QStringLiteral("https://api.example.com/1") << QStringLiteral("GARBAGE");
    }

    void badEndpointsFailBeforeSending()
    {
        QFETCH(QString, host);
        QFETCH(QString, caFile);
        QTemporaryDir dir;
        if (caFile == QLatin1String("GARBAGE")) {
            caFile = dir.filePath(QStringLiteral("ca.pem"));
            QFile file(caFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("-----BEGIN NOTHING-----\n\x01\x02\x03 garbage\n");
        }
        ApiEndpoint e;
        e.apiHost = QUrl(host);
        e.caFile = caFile;
        ApiClient client(e, SandboxServer::demoKey(), m_token);
        QCOMPARE(client.prepare().kind(), ErrorKind::BadInput);
        ApiCall *reply = run(client.get(QStringLiteral("members/me")));
        QCOMPARE(reply->error().kind(), ErrorKind::BadInput);
        QVERIFY(m_sandbox->received().isEmpty());
    }

    void redactedUrlHidesTheToken()
    {
        ApiClient client(endpoint(), SandboxServer::demoKey(), m_token);
        const QUrl url = client.urlFor(QStringLiteral("tokens/") + m_token);
        const QString shown = client.redacted(url);
        QVERIFY(!shown.contains(m_token));
        QVERIFY(shown.endsWith(QStringLiteral("/1/tokens/***")));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
