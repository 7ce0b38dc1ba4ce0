#include "OAuthSeed.h"
#include "ProgramRun.h"
#include "RunKeychainJob.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include "accounts/Account.h"
#include "accounts/ChangeLock.h"
#include "accounts/SettingsFile.h"
#include "changes/ChangeJournal.h"
#include "oauth/OAuthGrant.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <vector>

using onboard::Account;
using onboard::KeychainJob;
using onboard::OAuthGrant;
using onboard::sandbox::SandboxFault;
using onboard::sandbox::SandboxServer;
using onboard::test::runKeychainJob;

// The commands for scripts with an OAuth 2.0 account, as processes against the real keychain of
// session.sh and the sandbox of this test, which speaks OAuth 2.0 (rotating refresh tokens with
// reuse detection, access tokens whose lifetime the test sets): a fresh access token is handed out
// as it is; one with under five minutes left is refreshed first, once across every copy of the
// program; a refresh killed at each of its steps leaves the next command working, or saying "sign
// in again" only when Trello ended the grant. At the end no token of any kind is in a file of the
// session or in anything printed (but what `token` is meant to print).
class TestOAuthCommands : public QObject
{
    Q_OBJECT

private:
    using Result = onboard::test::ProgramRun::Result;

    SandboxServer m_sandbox;
    QStringList m_secrets;       // every access and refresh token seen
    QList<QByteArray> m_outputs; // what the children printed that must hold none of them

    static QString settingsPath()
    {
        return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/trello-onboard/accounts.json");
    }
    static QString service() { return KeychainJob::serviceName(false); }

    Account account(int member) const
    {
        return onboard::test::oauthAccount(member, m_sandbox.apiRoot(), m_sandbox.oauthTokenUrl(),
                                           {QStringLiteral("read:member:trello"), QStringLiteral("read:board:trello"),
                                            QStringLiteral("offline_access")});
    }

    // An OAuth 2.0 account of `member` stored as setup would store it, with an access token that
    // has `lifetime` seconds left. Returns the grant.
    OAuthGrant seed(int member, int lifetime)
    {
        OAuthGrant grant;
        grant.refreshToken = m_sandbox.issueOAuthGrant(member, {QStringLiteral("read:member:trello"), QStringLiteral("read:board:trello")},
                                                       &grant.accessToken, lifetime);
        grant.accessExpires = QDateTime::currentDateTimeUtc().addSecs(lifetime);
        remember(grant);
        Account a = account(member);
        a.expires = grant.accessExpires;
        if (const onboard::Error e = onboard::test::storeOAuthAccount(a, grant, settingsPath()))
            qWarning() << e.message();
        return grant;
    }

    void remember(const OAuthGrant &grant)
    {
        for (const QString &secret : {grant.accessToken, grant.refreshToken})
            if (!secret.isEmpty() && !m_secrets.contains(secret))
                m_secrets.append(secret);
    }

    OAuthGrant stored(int member)
    {
        OAuthGrant grant;
        const auto read = runKeychainJob(KeychainJob::Operation::Read, service(), account(member).id());
        if (!read.error)
            OAuthGrant::fromText(read.token, &grant);
        remember(grant);
        return grant;
    }

    Result run(const QStringList &arguments, const QStringList &environment = {}, bool secretOnStdout = false)
    {
        const Result result = onboard::test::ProgramRun{arguments, {}, environment}.run();
        if (!secretOnStdout)
            m_outputs.append(result.out);
        m_outputs.append(result.err);
        return result;
    }

    Result tokenOf(const QStringList &environment = {})
    {
        return run({QStringLiteral("token")}, environment, true);
    }

    void forgetAll()
    {
        for (int member = 0; member < 2; ++member)
            runKeychainJob(KeychainJob::Operation::Remove, service(), account(member).id());
        QFile::remove(settingsPath());
        QFile::remove(onboard::ChangeJournal::pathFor(settingsPath()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen());
    }

    void init()
    {
        forgetAll();
        m_sandbox.clearFaults();
        m_sandbox.setAccessTokenLifetime(3600);
    }

    void freshAccessTokenIsHandedOutAsItIs()
    {
        const OAuthGrant grant = seed(0, 3600);
        const int refreshes = m_sandbox.oauthRefreshCount();
        const Result r = tokenOf();
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.out, grant.accessToken.toLatin1() + '\n');
        QCOMPARE(m_sandbox.oauthRefreshCount(), refreshes);

        // exec: TRELLO_ACCESS_TOKEN, and neither TRELLO_TOKEN nor TRELLO_KEY (they mean a Trello
        // Auth token to trello.js and others).
        const Result e = run({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("printf %s \"$TRELLO_ACCESS_TOKEN\"; test -z \"$TRELLO_TOKEN$TRELLO_KEY\"")},
                             {QStringLiteral("TRELLO_TOKEN=left-over"), QStringLiteral("TRELLO_KEY=left-over")}, true);
        QVERIFY2(e.exitCode == 0, e.describe().constData());
        QCOMPARE(e.out, grant.accessToken.toLatin1());
    }

    void nearExpiryIsRefreshedFirst()
    {
        const OAuthGrant old = seed(0, 120); // under five minutes left
        const int refreshes = m_sandbox.oauthRefreshCount();
        const Result r = tokenOf();
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(m_sandbox.oauthRefreshCount(), refreshes + 1);
        const OAuthGrant now = stored(0);
        QCOMPARE(r.out, now.accessToken.toLatin1() + '\n');
        QVERIFY(now.accessToken != old.accessToken);
        QVERIFY(now.refreshToken != old.refreshToken); // rotated, and the new one kept
        QVERIFY(now.accessExpires > QDateTime::currentDateTimeUtc().addSecs(3000));
        QVERIFY(!QFile::exists(onboard::ChangeJournal::pathFor(settingsPath())));
        // The record says when the new access token expires; a second call does not refresh.
        onboard::SettingsFile settings(settingsPath());
        QVERIFY(!settings.load());
        QCOMPARE(settings.accounts().value(0).expires, now.accessExpires);
        QVERIFY(tokenOf().exitCode == 0);
        QCOMPARE(m_sandbox.oauthRefreshCount(), refreshes + 1);
    }

    void twentyAtOnceRefreshExactlyOnce()
    {
        seed(0, 60);
        const int refreshes = m_sandbox.oauthRefreshCount();
        std::vector<std::unique_ptr<QProcess>> processes;
        const onboard::test::ProgramRun tokenRun{{QStringLiteral("token")}};
        for (int i = 0; i < 20; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            tokenRun.start(*processes.back());
        }
        QSet<QByteArray> printed;
        for (auto &process : processes) {
            const Result r = tokenRun.finish(*process);
            m_outputs.append(r.err);
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            printed.insert(r.out);
        }
        QCOMPARE(m_sandbox.oauthRefreshCount(), refreshes + 1);
        QCOMPARE(printed.size(), 1);
        QCOMPARE(*printed.begin(), stored(0).accessToken.toLatin1() + '\n');
    }

    void reuseOfASpentRefreshTokenEndsTheGrant()
    {
        const OAuthGrant old = seed(0, 60);
        QVERIFY(tokenOf().exitCode == 0); // spends the old refresh token
        // A stale copy of the old grant (a restored backup, say) is used again: Trello takes it as
        // theft and ends the whole grant.
        QVERIFY(!runKeychainJob(KeychainJob::Operation::Write, service(), account(0).id(), old.toText()).error);
        const Result r = tokenOf();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("sign in again"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(m_sandbox.isGrantEnded(old.refreshToken));
        // The grant is still stored: the person signs in again with rotate, which replaces it.
        QCOMPARE(stored(0), old);
    }

    void killedAtEveryRefreshStep_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("nextExit");
        QTest::newRow("after-journal") << QStringLiteral("refresh:after-journal") << 0;
        // The old refresh token is spent and the new one was never kept: the next refresh uses
        // the old one again, and Trello (as documented) ends the grant: sign in again.
        QTest::newRow("after-request") << QStringLiteral("refresh:after-request") << 2;
        QTest::newRow("after-keychain-write") << QStringLiteral("refresh:after-keychain-write") << 0;
        QTest::newRow("after-record") << QStringLiteral("refresh:after-record") << 0;
    }
    void killedAtEveryRefreshStep()
    {
        QFETCH(QString, point);
        QFETCH(int, nextExit);
        seed(0, 60);
        const Result killed = tokenOf({QStringLiteral("TRELLO_ONBOARD_TEST_KILL_AT=") + point});
        QVERIFY2(killed.finished && killed.exitStatus == QProcess::CrashExit, killed.describe().constData());
        QVERIFY(killed.out.isEmpty()); // nothing handed out before the new grant was kept

        const Result next = tokenOf();
        QVERIFY2(next.exitCode == nextExit, next.describe().constData());
        if (nextExit == 0) {
            QCOMPARE(next.out, stored(0).accessToken.toLatin1() + '\n');
            const Result status = run({QStringLiteral("status")});
            QVERIFY2(status.exitCode == 0, status.describe().constData());
        } else {
            QVERIFY2(next.err.contains("sign in again"), next.err.constData());
        }
        QVERIFY(!onboard::ChangeJournal(settingsPath()).contains(account(0).id(), onboard::ChangeJournal::Kind::Refresh));
    }

    void tokenEndpointFailuresLoseNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("server error") << 500 << QByteArray("oops") << 4;
        QTest::newRow("garbage") << 200 << QByteArray("<html>login</html>") << 4;
        QTest::newRow("no token") << 200 << QByteArray(R"({"token_type":"Bearer","expires_in":5})") << 4;
        QTest::newRow("grant ended") << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"expired"})") << 2;
    }
    void tokenEndpointFailuresLoseNothing()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        const OAuthGrant old = seed(0, 60);
        SandboxFault fault;
        fault.status = status;
        fault.contentType = "application/json";
        fault.body = body;
        m_sandbox.addFault("POST", QStringLiteral("/oauth/token"), fault);
        const Result r = tokenOf();
        QVERIFY2(r.exitCode == exitCode, r.describe().constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(stored(0), old); // nothing stored was touched
        m_sandbox.clearFaults();
        if (exitCode == 4) // the grant still works once the endpoint does
            QVERIFY(tokenOf().exitCode == 0);
    }

    void endlessTokenEndpointAnswerIsCutOff()
    {
        // Read with the same 1 MiB cap as the API's answers, while it streams. (Its memory is not
        // bounded as the API's is: Qt starts a request with a body before the answer's read
        // buffer can be bounded; see docs/design.md, "OAuth 2.0 accounts".)
        const OAuthGrant old = seed(0, 60);
        SandboxFault endless;
        endless.kind = SandboxFault::Kind::EndlessChunks;
        endless.contentType = "application/json";
        m_sandbox.addFault("POST", QStringLiteral("/oauth/token"), endless);
        QElapsedTimer timer;
        timer.start();
        const Result flooded = tokenOf();
        QVERIFY2(flooded.exitCode == 4, flooded.describe().constData());
        QVERIFY2(flooded.err.contains("KiB"), flooded.err.constData());
        QVERIFY(timer.elapsed() < 15000);
        QCOMPARE(stored(0), old);
    }

    void withoutRefreshTokenAnExpiredGrantIsOver()
    {
        OAuthGrant grant = seed(0, 60);
        grant.refreshToken.clear();
        QVERIFY(!runKeychainJob(KeychainJob::Operation::Write, service(), account(0).id(), grant.toText()).error);
        const Result r = tokenOf();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("offline_access"), r.err.constData());
    }

    void statusShowsTheGrant()
    {
        seed(0, 3600);
        const Result r = run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject account = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("accounts")).toArray().at(0).toObject();
        QCOMPARE(account.value(QStringLiteral("kind")).toString(), QStringLiteral("oauth2"));
        QCOMPARE(account.value(QStringLiteral("clientId")).toString(), SandboxServer::demoClientId());
        QVERIFY(account.value(QStringLiteral("scopes")).toArray().contains(QStringLiteral("read:board:trello")));
        QVERIFY(!account.value(QStringLiteral("expires")).isNull());
        QVERIFY(!account.value(QStringLiteral("grantLapses")).isNull());
        QVERIFY(!account.contains(QStringLiteral("apiKey")));
        const Result text = run({QStringLiteral("status")});
        QVERIFY2(text.out.contains("grant ") && text.out.contains("read:board"), text.out.constData());
    }

    void everyCallIsBearerAndNoTokenInAUrl()
    {
        m_sandbox.clearReceived();
        seed(0, 60);
        QVERIFY(tokenOf().exitCode == 0);
        QVERIFY(run({QStringLiteral("status")}).exitCode == 0);
        const QList<onboard::HttpRequest> requests = m_sandbox.received();
        bool sawBearer = false;
        for (const onboard::HttpRequest &request : requests) {
            const QString url = request.path + QLatin1Char('?') + request.query.toString(QUrl::FullyDecoded);
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!url.contains(secret), qPrintable(url));
            if (request.path.startsWith(QLatin1String("/1/")))
                sawBearer = sawBearer || request.header("authorization").startsWith("Bearer ");
        }
        QVERIFY(sawBearer);
    }

    void revokeAndForgetSayWhereToEndTheGrant()
    {
        seed(0, 3600);
        Result r = run({QStringLiteral("revoke"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.err.contains("Connected apps") || r.out.contains("Connected apps"), r.describe().constData());
        QCOMPARE(runKeychainJob(KeychainJob::Operation::Read, service(), account(0).id()).error.kind(), onboard::ErrorKind::NoAccount);
        seed(1, 3600);
        r = run({QStringLiteral("forget")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.err.contains("Connected apps") || r.out.contains("Connected apps"), r.describe().constData());
        QCOMPARE(run({QStringLiteral("token")}).exitCode, 5);
    }

    void importRefusesAClientId()
    {
        const Result r = run({QStringLiteral("import"), QStringLiteral("--client-id"), SandboxServer::demoClientId()});
        QCOMPARE(r.exitCode, 64);
        const Result both = run({QStringLiteral("status"), QStringLiteral("--key"), QString(32, QLatin1Char('a')),
                                 QStringLiteral("--client-id"), QStringLiteral("abc")});
        QCOMPARE(both.exitCode, 64);
    }

    // Last: no access or refresh token in any file of the session (the keychain's own encrypted
    // file aside), nor in anything the children printed but `token`'s and exec's own output.
    void tokensNeverLeak()
    {
        QVERIFY(m_secrets.size() > 10);
        for (const QString &secret : std::as_const(m_secrets)) {
            const QStringList files = onboard::test::filesContaining(onboard::test::sessionRoot(), secret.toLatin1());
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1String(", "))));
            for (const QByteArray &output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(secret.toLatin1()), output.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestOAuthCommands)
#include "tst_oauthcommands.moc"
