// Unit tests for TokenAnswer and OAuthGrant: what a token endpoint says is read with distrust, and
// the grant kept in the keychain survives a round trip and refuses anything else.
#include "oauth/OAuthGrant.h"
#include "oauth/TokenAnswer.h"

#include <QtTest>

using namespace onboard;

class TestTokenAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success()
    {
        TokenAnswer answer;
        const Error e = TokenAnswer::parse(200, R"({"access_token":"eyJ.a-b_c","refresh_token":"r.1","expires_in":3600,
            "scope":"read:board:trello offline_access","token_type":"Bearer"})", &answer);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(!answer.isError());
        QCOMPARE(answer.accessToken, QStringLiteral("eyJ.a-b_c"));
        QCOMPARE(answer.refreshToken, QStringLiteral("r.1"));
        QCOMPARE(answer.expiresIn, 3600);
        QCOMPARE(answer.scopes, (QStringList{QStringLiteral("read:board:trello"), QStringLiteral("offline_access")}));
    }

    void withoutRefreshTokenOrScope()
    {
        TokenAnswer answer;
        QVERIFY(!TokenAnswer::parse(200, R"({"access_token":"a","expires_in":60,"token_type":"bearer"})", &answer));
        QVERIFY(answer.refreshToken.isEmpty());
        QVERIFY(answer.scopes.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("ended");
        QTest::newRow("invalid_grant") << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"reused"})") << QStringLiteral("invalid_grant") << true;
        QTest::newRow("unauthorized_client 403") << 403 << QByteArray(R"({"error":"unauthorized_client"})") << QStringLiteral("unauthorized_client") << true;
        QTest::newRow("invalid_request") << 400 << QByteArray(R"({"error":"invalid_request"})") << QStringLiteral("invalid_request") << false;
        QTest::newRow("control characters") << 401 << QByteArray("{\"error\":\"x\\u0007y\",\"error_description\":\"a\\nb\"}") << QStringLiteral("x y") << false;
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(bool, ended);
        TokenAnswer answer;
        QVERIFY(!TokenAnswer::parse(status, body, &answer));
        QVERIFY(answer.isError());
        QCOMPARE(answer.errorCode, code);
        QCOMPARE(answer.grantEnded(), ended);
        QVERIFY(!answer.errorDescription.contains(QLatin1Char('\n')));
    }

    void garbage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << 200 << QByteArray("<html>hello</html>");
        QTest::newRow("array") << 200 << QByteArray("[]");
        QTest::newRow("no access token") << 200 << QByteArray(R"({"expires_in":60,"token_type":"Bearer"})");
        QTest::newRow("space in token") << 200 << QByteArray(R"({"access_token":"a b","expires_in":60,"token_type":"Bearer"})");
        QTest::newRow("number token") << 200 << QByteArray(R"({"access_token":5,"expires_in":60,"token_type":"Bearer"})");
        QTest::newRow("huge token") << 200 << QByteArray(R"({"access_token":")") + QByteArray(9000, 'a') + QByteArray(R"(","expires_in":60,"token_type":"Bearer"})");
        QTest::newRow("bad refresh") << 200 << QByteArray(R"({"access_token":"a","refresh_token":"a\u00e9","expires_in":60,"token_type":"Bearer"})");
        QTest::newRow("mac token") << 200 << QByteArray(R"({"access_token":"a","expires_in":60,"token_type":"mac"})");
        QTest::newRow("no lifetime") << 200 << QByteArray(R"({"access_token":"a","token_type":"Bearer"})");
        QTest::newRow("negative lifetime") << 200 << QByteArray(R"({"access_token":"a","expires_in":-5,"token_type":"Bearer"})");
        QTest::newRow("endless lifetime") << 200 << QByteArray(R"({"access_token":"a","expires_in":1e300,"token_type":"Bearer"})");
        QTest::newRow("scope number") << 200 << QByteArray(R"({"access_token":"a","expires_in":5,"token_type":"Bearer","scope":7})");
        QTest::newRow("400 without error") << 400 << QByteArray(R"({"message":"no"})");
        QTest::newRow("400 html") << 400 << QByteArray("<h1>Bad</h1>");
        // An error code of control characters only is no code (found by fuzz_tokenanswer).
        QTest::newRow("400 blank code") << 400 << QByteArray("{\"error\":\"\u0011\u0000 \"}");
        QTest::newRow("500") << 500 << QByteArray(R"({"error":"server_error"})");
        QTest::newRow("302") << 302 << QByteArray();
    }
    void garbage()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        TokenAnswer answer;
        answer.accessToken = QStringLiteral("untouched");
        const Error e = TokenAnswer::parse(status, body, &answer);
        QCOMPARE(e.kind(), ErrorKind::Network);
        QCOMPARE(answer.accessToken, QStringLiteral("untouched"));
        QVERIFY(!e.message().contains(QLatin1String("aaaaaaaa")));
    }

    void grantRoundTrip()
    {
        OAuthGrant grant;
        grant.accessToken = QStringLiteral("access.1");
        grant.refreshToken = QStringLiteral("refresh.1");
        grant.accessExpires = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        const QString text = grant.toText();
        QVERIFY(text.contains(QLatin1String("\"version\":1")));
        OAuthGrant read;
        QVERIFY(!OAuthGrant::fromText(text, &read));
        QCOMPARE(read, grant);
        QVERIFY(OAuthGrant::looksLikeGrant(text));
    }

    void grantFreshness()
    {
        OAuthGrant grant;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        grant.accessExpires = now.addSecs(OAuthGrant::RefreshMarginSeconds + 10);
        QVERIFY(grant.isFreshAt(now));
        grant.accessExpires = now.addSecs(OAuthGrant::RefreshMarginSeconds - 10);
        QVERIFY(!grant.isFreshAt(now));
        QVERIFY(!grant.canRefresh());
    }

    void grantRefusesOtherThings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("trello token") << QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        QTest::newRow("empty") << QString();
        QTest::newRow("newer version") << QStringLiteral(R"({"version":2,"refreshToken":"r","accessToken":"a","accessExpires":"2026-11-27T10:00:00.000Z"})");
        QTest::newRow("no access token") << QStringLiteral(R"({"version":1,"refreshToken":"r","accessExpires":"2026-11-27T10:00:00.000Z"})");
        QTest::newRow("no expiry") << QStringLiteral(R"({"version":1,"refreshToken":"r","accessToken":"a"})");
        QTest::newRow("space") << QStringLiteral(R"({"version":1,"refreshToken":"r r","accessToken":"a","accessExpires":"2026-11-27T10:00:00.000Z"})");
    }
    void grantRefusesOtherThings()
    {
        QFETCH(QString, text);
        OAuthGrant grant;
        grant.accessToken = QStringLiteral("untouched");
        const Error e = OAuthGrant::fromText(text, &grant);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QCOMPARE(grant.accessToken, QStringLiteral("untouched"));
    }
};

QTEST_GUILESS_MAIN(TestTokenAnswer)
#include "tst_tokenanswer.moc"
