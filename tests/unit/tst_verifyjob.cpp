#include "trello/ApiClient.h"
#include "SandboxServer.h"
#include "TestSupport.h"
#include "trello/VerifyJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace onboard;
using onboard::sandbox::SandboxFault;
using onboard::sandbox::SandboxServer;

class TestVerifyJob : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;

    Error verify(const QString &token, VerifyJob **out, ApiClient **clientOut)
    {
        ApiEndpoint e;
        e.apiHost = m_sandbox->apiRoot();
        auto *client = new ApiClient(e, SandboxServer::demoKey(), token, this);
        auto *verifier = new VerifyJob(client, client);
        QSignalSpy done(verifier, &VerifyJob::finished);
        verifier->start();
        if (!done.wait(test::WaitMs))
            qFatal("verification did not finish within the test's bound");
        *out = verifier;
        *clientOut = client;
        return verifier->error();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->listen());
    }

    void cleanup()
    {
        delete m_sandbox;
        m_sandbox = nullptr;
    }

    void validTokenTellsMemberScopesAndExpiry()
    {
        const QString token = m_sandbox->issueToken(1, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("30days"));
        VerifyJob *verifier = nullptr;
        ApiClient *client = nullptr;
        const Error e = verify(token, &verifier, &client);
        QVERIFY2(!e, qPrintable(e.message()));
        const auto &member = SandboxServer::members().at(1);
        QCOMPARE(verifier->member().id, member.id);
        QCOMPARE(verifier->member().username, member.username);
        QCOMPARE(verifier->member().fullName, member.fullName);
        QCOMPARE(verifier->tokenInfo().scopes, (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(verifier->tokenInfo().expires);
        QVERIFY2(days >= 29 && days <= 30, qPrintable(QString::number(days)));

        // Both questions were asked.
        QStringList paths;
        for (const auto &r : m_sandbox->received())
            paths.append(r.path);
        QVERIFY(paths.contains(QStringLiteral("/1/members/me")));
        QVERIFY(paths.contains(QStringLiteral("/1/tokens/") + token));
        delete client;
    }

    void legacyNeverExpiringTokenWithAccountScope()
    {
        const QString token = m_sandbox->issueToken(0, {QStringLiteral("read"), QStringLiteral("account")}, QStringLiteral("never"),
                                                    SandboxServer::TokenForm::Legacy);
        QCOMPARE(token.size(), 64);
        VerifyJob *verifier = nullptr;
        ApiClient *client = nullptr;
        QVERIFY(!verify(token, &verifier, &client));
        QVERIFY(!verifier->tokenInfo().expires.isValid());
        QCOMPARE(verifier->tokenInfo().scopes, (QStringList{QStringLiteral("read"), QStringLiteral("account")}));
        delete client;
    }

    void refusedTokenIsTokenRefused()
    {
        const QString token = QString(64, QLatin1Char('b'));
        VerifyJob *verifier = nullptr;
        ApiClient *client = nullptr;
        const Error e = verify(token, &verifier, &client);
        QCOMPARE(e.kind(), ErrorKind::TokenRefused);
        QVERIFY(!e.message().contains(token));
        delete client;
    }

    void hostileAnswersAreErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("member without id") << QStringLiteral("/1/members/me") << QByteArray("{\"username\":\"x\"}");
        QTest::newRow("member not json") << QStringLiteral("/1/members/me") << QByteArray("<html>hi</html>");
        QTest::newRow("token of another member")
            << QStringLiteral("/1/tokens/") << QByteArray("{\"idMember\":\"ffffffffffffffffffffffff\",\"permissions\":[]}");
        QTest::newRow("token wrong shape") << QStringLiteral("/1/tokens/") << QByteArray("[1,2,3]");
    }

    void hostileAnswersAreErrors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        SandboxFault fault;
        fault.status = 200;
        fault.contentType = "application/json";
        fault.body = body;
        m_sandbox->addFault("GET", path, fault);
        const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("1day"));
        VerifyJob *verifier = nullptr;
        ApiClient *client = nullptr;
        const Error e = verify(token, &verifier, &client);
        QCOMPARE(e.kind(), ErrorKind::Network);
        QVERIFY(!e.message().isEmpty());
        delete client;
    }
};

QTEST_GUILESS_MAIN(TestVerifyJob)
#include "tst_verifyjob.moc"
