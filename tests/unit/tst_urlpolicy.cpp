// Unit tests for UrlPolicy: https anywhere, plain http only to this machine, never user info.
#include "trello/UrlPolicy.h"

#include <QtTest>

using namespace onboard;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void checkRefusesBuiltUrls();
    void loopback_data();
    void loopback();
    void sameOrigin_data();
    void sameOrigin();
    void origin_data();
    void origin();
};

void TestUrlPolicy::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the parsed URL, FullyEncoded
    QTest::newRow("trello api") << QStringLiteral("https://api.trello.com/1") << QStringLiteral("https://api.trello.com/1");
    QTest::newRow("https with port") << QStringLiteral("https://proxy.example:8443/trello/1") << QStringLiteral("https://proxy.example:8443/trello/1");
    QTest::newRow("https to loopback") << QStringLiteral("https://127.0.0.1:9000/1") << QStringLiteral("https://127.0.0.1:9000/1");
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:17645/trello-onboard/callback")
                                    << QStringLiteral("http://localhost:17645/trello-onboard/callback");
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8080/") << QStringLiteral("http://localhost:8080/");
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/1") << QStringLiteral("http://127.0.0.1:8080/1");
    QTest::newRow("http 127.255.0.9") << QStringLiteral("http://127.255.0.9/") << QStringLiteral("http://127.255.0.9/");
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/1") << QStringLiteral("http://[::1]:8080/1");
    QTest::newRow("surrounding blanks") << QStringLiteral("  https://api.trello.com/1\n") << QStringLiteral("https://api.trello.com/1");
    QTest::newRow("uppercase scheme") << QStringLiteral("HTTPS://api.trello.com/1") << QStringLiteral("https://api.trello.com/1");
}

void TestUrlPolicy::accepted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QUrl url;
    const Error e = UrlPolicy::parse(text, QStringLiteral("API host"), &url);
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    QVERIFY(!UrlPolicy::check(url, QStringLiteral("API host")).isError());
}

void TestUrlPolicy::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hint"); // a word the message must contain, naming what is wrong

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("no scheme") << QStringLiteral("api.trello.com/1") << QStringLiteral("full");
    QTest::newRow("relative path") << QStringLiteral("/1/authorize") << QStringLiteral("full");
    QTest::newRow("ftp") << QStringLiteral("ftp://api.trello.com/1") << QStringLiteral("https://");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QStringLiteral("https://");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("https://");
    QTest::newRow("data") << QStringLiteral("data:text/html,hello") << QStringLiteral("https://");
    QTest::newRow("ws") << QStringLiteral("ws://localhost:8080/") << QStringLiteral("https://");
    QTest::newRow("http public host") << QStringLiteral("http://api.trello.com/1") << QStringLiteral("plain http");
    QTest::newRow("http public ip") << QStringLiteral("http://8.8.8.8/") << QStringLiteral("plain http");
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:8080/") << QStringLiteral("plain http");
    QTest::newRow("http private ip") << QStringLiteral("http://192.168.1.10/") << QStringLiteral("plain http");
    QTest::newRow("http 127.0.0.1.evil.com") << QStringLiteral("http://127.0.0.1.evil.com/") << QStringLiteral("plain http");
    QTest::newRow("http localhost.evil.com") << QStringLiteral("http://localhost.evil.com/") << QStringLiteral("plain http");
    QTest::newRow("http evil-localhost") << QStringLiteral("http://evillocalhost/") << QStringLiteral("plain http");
    QTest::newRow("http 127.0.0.1@evil.com") << QStringLiteral("http://127.0.0.1@evil.com/") << QStringLiteral("user name");
    QTest::newRow("http localhost@evil.com") << QStringLiteral("http://localhost:80@evil.com/") << QStringLiteral("user name");
    QTest::newRow("https user@host") << QStringLiteral("https://user@api.trello.com/1") << QStringLiteral("user name");
    QTest::newRow("https user:pass@host") << QStringLiteral("https://user:secret@api.trello.com/1") << QStringLiteral("user name");
    QTest::newRow("https :@host") << QStringLiteral("https://:@api.trello.com/1") << QStringLiteral("user name");
    QTest::newRow("https @host") << QStringLiteral("https://@api.trello.com/1") << QStringLiteral("user name");
    QTest::newRow("https no host") << QStringLiteral("https:///1") << QStringLiteral("host");
    QTest::newRow("https bad port") << QStringLiteral("https://api.trello.com:99999/1") << QStringLiteral("URL");
    QTest::newRow("space in host") << QStringLiteral("https://api trello.com/1") << QStringLiteral("URL");
    QTest::newRow("newline inside") << QStringLiteral("https://api.trello.com/\n1") << QStringLiteral("URL");
}

void TestUrlPolicy::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, hint);
    QUrl url(QStringLiteral("https://untouched.example/"));
    const Error e = UrlPolicy::parse(text, QStringLiteral("API host"), &url);
    QVERIFY(e.isError());
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    // One sentence that names the URL's role and what is wrong with it, on one line.
    QVERIFY2(e.message().contains(QStringLiteral("API host")), qPrintable(e.message()));
    QVERIFY2(e.message().contains(hint, Qt::CaseInsensitive), qPrintable(e.message()));
    QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
    QVERIFY2(!e.message().contains(QStringLiteral("secret")), qPrintable(e.message()));
    // The output is left alone on failure.
    QCOMPARE(url, QUrl(QStringLiteral("https://untouched.example/")));
}

void TestUrlPolicy::checkRefusesBuiltUrls()
{
    const QString what = QStringLiteral("return URL");
    QCOMPARE(UrlPolicy::check(QUrl(), what).kind(), ErrorKind::BadInput);
    QCOMPARE(UrlPolicy::check(QUrl(QStringLiteral("relative/path")), what).kind(), ErrorKind::BadInput);
    QUrl withUser(QStringLiteral("http://localhost:17645/cb"));
    withUser.setUserName(QStringLiteral("evil.com"));
    QCOMPARE(UrlPolicy::check(withUser, what).kind(), ErrorKind::BadInput);
    QUrl withPassword(QStringLiteral("https://api.trello.com/1"));
    withPassword.setPassword(QStringLiteral("hunter2"));
    const Error e = UrlPolicy::check(withPassword, what);
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QVERIFY(!e.message().contains(QStringLiteral("hunter2")));
    QVERIFY(!UrlPolicy::check(QUrl(QStringLiteral("http://[::1]/")), what).isError());
}

void TestUrlPolicy::loopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << QStringLiteral("http://localhost/") << true;
    QTest::newRow("LocalHost") << QStringLiteral("http://LocalHost:1/") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1/") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3/") << true;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:80/") << true;
    QTest::newRow("128.0.0.1") << QStringLiteral("http://128.0.0.1/") << false;
    QTest::newRow("126.255.255.255") << QStringLiteral("http://126.255.255.255/") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("http://0.0.0.0/") << false;
    QTest::newRow("::") << QStringLiteral("http://[::]/") << false;
    QTest::newRow("127.0.0.1.evil.com") << QStringLiteral("http://127.0.0.1.evil.com/") << false;
    QTest::newRow("localhost.evil.com") << QStringLiteral("http://localhost.evil.com/") << false;
    QTest::newRow("userinfo trick") << QStringLiteral("http://127.0.0.1@evil.com/") << false;
    QTest::newRow("public") << QStringLiteral("https://trello.com/") << false;
    QTest::newRow("no host") << QStringLiteral("file:///tmp/x") << false;
}

void TestUrlPolicy::loopback()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QCOMPARE(UrlPolicy::isLoopback(QUrl(url)), loopback);
}

void TestUrlPolicy::sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << QStringLiteral("https://trello.com/1") << QStringLiteral("https://trello.com/2?x#y") << true;
    QTest::newRow("explicit https port") << QStringLiteral("https://trello.com:443/") << QStringLiteral("https://trello.com/") << true;
    QTest::newRow("explicit http port") << QStringLiteral("http://localhost:80/") << QStringLiteral("http://localhost/") << true;
    QTest::newRow("host case") << QStringLiteral("https://Trello.COM/") << QStringLiteral("https://trello.com/") << true;
    QTest::newRow("other scheme") << QStringLiteral("http://localhost/") << QStringLiteral("https://localhost/") << false;
    QTest::newRow("http vs https default ports") << QStringLiteral("http://localhost:443/") << QStringLiteral("https://localhost/") << false;
    QTest::newRow("other port") << QStringLiteral("http://localhost:17645/") << QStringLiteral("http://localhost:17646/") << false;
    QTest::newRow("default vs explicit other") << QStringLiteral("http://localhost/") << QStringLiteral("http://localhost:17645/") << false;
    QTest::newRow("other host") << QStringLiteral("https://trello.com/") << QStringLiteral("https://trello.com.evil.com/") << false;
    QTest::newRow("subdomain") << QStringLiteral("https://trello.com/") << QStringLiteral("https://api.trello.com/") << false;
    QTest::newRow("localhost vs 127.0.0.1") << QStringLiteral("http://localhost/") << QStringLiteral("http://127.0.0.1/") << false;
}

void TestUrlPolicy::sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(UrlPolicy::sameOrigin(QUrl(a), QUrl(b)), same);
    QCOMPARE(UrlPolicy::sameOrigin(QUrl(b), QUrl(a)), same);
}

void TestUrlPolicy::origin_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");
    QTest::newRow("default return url") << QStringLiteral("http://localhost:17645/trello-onboard/callback?a=1#b")
                                        << QStringLiteral("http://localhost:17645");
    QTest::newRow("https no port") << QStringLiteral("https://example.com/cb") << QStringLiteral("https://example.com");
    QTest::newRow("https default port dropped") << QStringLiteral("https://example.com:443/cb") << QStringLiteral("https://example.com");
    QTest::newRow("http default port dropped") << QStringLiteral("http://localhost:80/cb") << QStringLiteral("http://localhost");
    QTest::newRow("user info dropped") << QStringLiteral("https://u:p@example.com:8443/") << QStringLiteral("https://example.com:8443");
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:8080/x") << QStringLiteral("http://[::1]:8080");
    QTest::newRow("host lowercased") << QStringLiteral("HTTPS://Example.COM/") << QStringLiteral("https://example.com");
}

void TestUrlPolicy::origin()
{
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QCOMPARE(UrlPolicy::origin(QUrl(url)), origin);
}

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
