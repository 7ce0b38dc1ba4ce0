// Unit tests for ApiEndpoint: the API host, the headers merged into every request, and where key
// and token travel.
#include "trello/ApiEndpoint.h"

#include <QtTest>

using namespace onboard;

class TestApiEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void goodHosts_data();
    void goodHosts();
    void badHosts_data();
    void badHosts();
    void headersAreChecked_data();
    void headersAreChecked();
    void credentialsIn_data();
    void credentialsIn();
    void equality();
};

void TestApiEndpoint::defaults()
{
    const ApiEndpoint endpoint;
    QCOMPARE(endpoint.apiHost, QUrl(QStringLiteral("https://api.trello.com/1")));
    QCOMPARE(ApiEndpoint::defaultApiHost(), QUrl(QStringLiteral("https://api.trello.com/1")));
    QVERIFY(endpoint.headers.isEmpty());
    QCOMPARE(endpoint.credentialsIn, ApiEndpoint::CredentialsIn::Query);
    QVERIFY(endpoint.caFile.isEmpty());
    QVERIFY(!endpoint.validate().isError());
}

void TestApiEndpoint::goodHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("trello") << QStringLiteral("https://api.trello.com/1");
    QTest::newRow("trailing slash") << QStringLiteral("https://api.trello.com/1/");
    QTest::newRow("proxy with port") << QStringLiteral("https://egress.corp.example:8443/trello/1");
    QTest::newRow("mock on loopback") << QStringLiteral("http://127.0.0.1:40001/1");
    QTest::newRow("mock on localhost") << QStringLiteral("http://localhost:40001/1");
    QTest::newRow("mock on ::1") << QStringLiteral("http://[::1]:40001/1");
}

void TestApiEndpoint::goodHosts()
{
    QFETCH(QString, host);
    ApiEndpoint endpoint;
    endpoint.apiHost = QUrl(host);
    const Error e = endpoint.validate();
    QVERIFY2(!e.isError(), qPrintable(e.message()));
}

void TestApiEndpoint::badHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("empty") << QString();
    QTest::newRow("no scheme") << QStringLiteral("api.trello.com/1");
    QTest::newRow("plain http") << QStringLiteral("http://api.trello.com/1");
    QTest::newRow("ftp") << QStringLiteral("ftp://api.trello.com/1");
    QTest::newRow("file") << QStringLiteral("file:///tmp/api");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@api.trello.com/1");
    QTest::newRow("loopback look-alike") << QStringLiteral("http://127.0.0.1.evil.com/1");
    QTest::newRow("userinfo trick") << QStringLiteral("http://127.0.0.1@evil.com/1");
    QTest::newRow("query") << QStringLiteral("https://api.trello.com/1?key=x");
    QTest::newRow("empty query") << QStringLiteral("https://api.trello.com/1?");
    QTest::newRow("fragment") << QStringLiteral("https://api.trello.com/1#x");
    QTest::newRow("empty fragment") << QStringLiteral("https://api.trello.com/1#");
}

void TestApiEndpoint::badHosts()
{
    QFETCH(QString, host);
    ApiEndpoint endpoint;
    endpoint.apiHost = QUrl(host);
    const Error e = endpoint.validate();
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QVERIFY(!e.message().isEmpty());
    QVERIFY(!e.message().contains(QStringLiteral("pw@")));
}

void TestApiEndpoint::headersAreChecked_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("good");
    QTest::newRow("good") << QByteArray("X-Request-Id") << QByteArray("abc 123") << true;
    QTest::newRow("empty value") << QByteArray("X-Empty") << QByteArray() << true;
    QTest::newRow("empty name") << QByteArray() << QByteArray("v") << false;
    QTest::newRow("space in name") << QByteArray("X A") << QByteArray("v") << false;
    QTest::newRow("CRLF in value") << QByteArray("X-A") << QByteArray("v\r\nHost: evil") << false;
    QTest::newRow("LF in value") << QByteArray("X-A") << QByteArray("v\nX: y") << false;
    QTest::newRow("NUL in value") << QByteArray("X-A") << QByteArray("v\0w", 3) << false;
    QTest::newRow("utf-8 in value") << QByteArray("X-A") << QByteArray("caf\xc3\xa9") << false;
    QTest::newRow("high byte in name") << QByteArray("X-\xe9") << QByteArray("v") << false;
    QTest::newRow("reserved") << QByteArray("Host") << QByteArray("evil.com") << false;
}

void TestApiEndpoint::headersAreChecked()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, good);
    ApiEndpoint endpoint;
    endpoint.headers = {CustomHeader(QByteArrayLiteral("X-First"), QByteArrayLiteral("ok")), CustomHeader(name, value)};
    const Error e = endpoint.validate();
    QVERIFY2(e.isError() != good, qPrintable(e.message()));
    if (!good)
        QCOMPARE(e.kind(), ErrorKind::BadInput);
}

void TestApiEndpoint::credentialsIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("good");
    QTest::addColumn<ApiEndpoint::CredentialsIn>("where");
    QTest::newRow("query") << QStringLiteral("query") << true << ApiEndpoint::CredentialsIn::Query;
    QTest::newRow("header") << QStringLiteral("header") << true << ApiEndpoint::CredentialsIn::Header;
    QTest::newRow("empty") << QString() << false << ApiEndpoint::CredentialsIn::Query;
    QTest::newRow("Header") << QStringLiteral("Header") << false << ApiEndpoint::CredentialsIn::Query;
    QTest::newRow("headers") << QStringLiteral("headers") << false << ApiEndpoint::CredentialsIn::Query;
    QTest::newRow("body") << QStringLiteral("body") << false << ApiEndpoint::CredentialsIn::Query;
    QTest::newRow("padded") << QStringLiteral(" query") << false << ApiEndpoint::CredentialsIn::Query;
    QTest::newRow("newline") << QStringLiteral("query\nheader") << false << ApiEndpoint::CredentialsIn::Query;
    QTest::newRow("long") << QString(10000, QLatin1Char('q')) << false << ApiEndpoint::CredentialsIn::Query;
}

void TestApiEndpoint::credentialsIn()
{
    QFETCH(QString, text);
    QFETCH(bool, good);
    QFETCH(ApiEndpoint::CredentialsIn, where);
    // Start from the other value so that a success must write.
    ApiEndpoint::CredentialsIn parsed =
        where == ApiEndpoint::CredentialsIn::Query ? ApiEndpoint::CredentialsIn::Header : ApiEndpoint::CredentialsIn::Query;
    const ApiEndpoint::CredentialsIn before = parsed;
    const Error e = ApiEndpoint::parseCredentialsIn(text, &parsed);
    if (good) {
        QVERIFY(!e.isError());
        QCOMPARE(parsed, where);
        QCOMPARE(ApiEndpoint::credentialsInName(parsed), text);
    } else {
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY(e.message().contains(QStringLiteral("query")) && e.message().contains(QStringLiteral("header")));
        QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
        QVERIFY(e.message().size() < 200);
        QCOMPARE(parsed, before);
    }
}

void TestApiEndpoint::equality()
{
    ApiEndpoint a, b;
    QVERIFY(a == b);
    b.headers.append(CustomHeader(QByteArrayLiteral("X-A"), QByteArrayLiteral("1")));
    QVERIFY(!(a == b));
    a.headers = b.headers;
    QVERIFY(a == b);
    a.credentialsIn = ApiEndpoint::CredentialsIn::Header;
    QVERIFY(!(a == b));
    b.credentialsIn = ApiEndpoint::CredentialsIn::Header;
    b.caFile = QStringLiteral("/etc/ssl/corp.pem");
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestApiEndpoint)
#include "tst_apiendpoint.moc"
