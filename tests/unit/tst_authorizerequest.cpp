// Unit tests for AuthorizeRequest: scopes, expiration, app name, and the consent URLs it builds.
#include "trello/AuthorizeRequest.h"

#include <QUrlQuery>
#include <QtTest>

using namespace onboard;

namespace {
const QString Key = QStringLiteral("0123456789abcdef0123456789abcdef");

AuthorizeRequest goodRequest()
{
    AuthorizeRequest request;
    request.apiKey = Key;
    return request;
}

QString item(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

class TestAuthorizeRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void scopesGood_data();
    void scopesGood();
    void scopesBad_data();
    void scopesBad();
    void expiration_data();
    void expiration();
    void appName_data();
    void appName();
    void validate_data();
    void validate();
    void consentUrl();
    void consentUrlRoundTrip_data();
    void consentUrlRoundTrip();
    void consentUrlSurvivesFormDecoding();
    void manualConsentUrl();
    void browserConsentUrl();
    void browserReturnUrl_data();
    void browserReturnUrl();
    void customAuthorizeUrlKeepsItsQuery();
};

void TestAuthorizeRequest::defaults()
{
    const AuthorizeRequest request;
    QCOMPARE(request.appName, QStringLiteral("trello-onboard"));
    QCOMPARE(request.scopes, QStringList{QStringLiteral("read")});
    QCOMPARE(request.expiration, QStringLiteral("30days"));
    QCOMPARE(request.authorizeUrl, QUrl(QStringLiteral("https://trello.com/1/authorize")));
    QCOMPARE(request.returnUrl.scheme(), QStringLiteral("http"));
    QCOMPARE(AuthorizeRequest::knownExpirations(),
             (QStringList{QStringLiteral("1hour"), QStringLiteral("1day"), QStringLiteral("30days"), QStringLiteral("never")}));
    QVERIFY(!goodRequest().validate().isError());
    QCOMPARE(AuthorizeRequest().validate().kind(), ErrorKind::BadInput); // no key
}

void TestAuthorizeRequest::scopesGood_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("scopes");
    const QString r = QStringLiteral("read"), w = QStringLiteral("write"), a = QStringLiteral("account");
    QTest::newRow("read") << QStringLiteral("read") << QStringList{r};
    QTest::newRow("write") << QStringLiteral("write") << QStringList{w};
    QTest::newRow("read,write") << QStringLiteral("read,write") << QStringList{r, w};
    QTest::newRow("canonical order") << QStringLiteral("account,write,read") << QStringList{r, w, a};
    QTest::newRow("spaces") << QStringLiteral(" read , account ") << QStringList{r, a};
    QTest::newRow("trailing comma") << QStringLiteral("read,") << QStringList{r};
}

void TestAuthorizeRequest::scopesGood()
{
    QFETCH(QString, text);
    QFETCH(QStringList, scopes);
    QStringList parsed;
    const Error e = AuthorizeRequest::parseScopes(text, &parsed);
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QCOMPARE(parsed, scopes);
}

void TestAuthorizeRequest::scopesBad_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("commas") << QStringLiteral(",,");
    QTest::newRow("unknown") << QStringLiteral("read,admin");
    QTest::newRow("uppercase") << QStringLiteral("READ");
    QTest::newRow("repeated") << QStringLiteral("read,read");
    QTest::newRow("semicolon") << QStringLiteral("read;write");
    QTest::newRow("space separated") << QStringLiteral("read write");
}

void TestAuthorizeRequest::scopesBad()
{
    QFETCH(QString, text);
    QStringList parsed{QStringLiteral("untouched")};
    const Error e = AuthorizeRequest::parseScopes(text, &parsed);
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QVERIFY(!e.message().isEmpty());
    QCOMPARE(parsed, QStringList{QStringLiteral("untouched")});
}

void TestAuthorizeRequest::expiration_data()
{
    QTest::addColumn<QString>("expiration");
    QTest::addColumn<bool>("good");
    QTest::newRow("1hour") << QStringLiteral("1hour") << true;
    QTest::newRow("1day") << QStringLiteral("1day") << true;
    QTest::newRow("30days") << QStringLiteral("30days") << true;
    QTest::newRow("never") << QStringLiteral("never") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("2days") << QStringLiteral("2days") << false;
    QTest::newRow("Never") << QStringLiteral("Never") << false;
    QTest::newRow("30 days") << QStringLiteral("30 days") << false;
    QTest::newRow("padded") << QStringLiteral(" never") << false;
}

void TestAuthorizeRequest::expiration()
{
    QFETCH(QString, expiration);
    QFETCH(bool, good);
    const Error e = AuthorizeRequest::checkExpiration(expiration);
    QCOMPARE(e.isError(), !good);
    if (!good)
        QCOMPARE(e.kind(), ErrorKind::BadInput);
}

void TestAuthorizeRequest::appName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("good");
    QTest::newRow("default") << QStringLiteral("trello-onboard") << true;
    QTest::newRow("spaces and symbols") << QStringLiteral("My App & Co #1 = best") << true;
    QTest::newRow("non-ascii") << QStringLiteral("Caf\u00e9 \u2603 \u65e5\u672c") << true;
    QTest::newRow("100 chars") << QString(100, QLatin1Char('a')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("  \t ") << false;
    QTest::newRow("101 chars") << QString(101, QLatin1Char('a')) << false;
    QTest::newRow("newline") << QStringLiteral("App\nEvil") << false;
    QTest::newRow("CR") << QStringLiteral("App\r") << false;
    QTest::newRow("NUL") << QStringLiteral("App") + QChar(0) << false;
    QTest::newRow("ESC") << QStringLiteral("App\x1b[2J") << false;
}

void TestAuthorizeRequest::appName()
{
    QFETCH(QString, name);
    QFETCH(bool, good);
    const Error e = AuthorizeRequest::checkAppName(name);
    QVERIFY2(e.isError() != good, qPrintable(e.message()));
    if (!good)
        QCOMPARE(e.kind(), ErrorKind::BadInput);
}

void TestAuthorizeRequest::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("short key") << QStringLiteral("key") << Key.left(31);
    QTest::newRow("empty app name") << QStringLiteral("appName") << QString();
    QTest::newRow("unknown scope") << QStringLiteral("scopes") << QStringLiteral("read,admin");
    QTest::newRow("no scope") << QStringLiteral("scopes") << QString();
    QTest::newRow("bad expiration") << QStringLiteral("expiration") << QStringLiteral("forever");
    QTest::newRow("http authorize url") << QStringLiteral("authorizeUrl") << QStringLiteral("http://trello.com/1/authorize");
    QTest::newRow("authorize url with user") << QStringLiteral("authorizeUrl") << QStringLiteral("https://trello.com@evil.com/1/authorize");
    QTest::newRow("http public return url") << QStringLiteral("returnUrl") << QStringLiteral("http://example.com/cb");
    QTest::newRow("return url with fragment") << QStringLiteral("returnUrl") << QStringLiteral("http://localhost:17645/cb#x");
    QTest::newRow("return url with user") << QStringLiteral("returnUrl") << QStringLiteral("http://evil.com@localhost:17645/cb");
    QTest::newRow("javascript return url") << QStringLiteral("returnUrl") << QStringLiteral("javascript:alert(1)");
}

void TestAuthorizeRequest::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    AuthorizeRequest request = goodRequest();
    if (field == QLatin1String("key"))
        request.apiKey = value;
    else if (field == QLatin1String("appName"))
        request.appName = value;
    else if (field == QLatin1String("scopes"))
        request.scopes = value.isEmpty() ? QStringList() : value.split(QLatin1Char(','));
    else if (field == QLatin1String("expiration"))
        request.expiration = value;
    else if (field == QLatin1String("authorizeUrl"))
        request.authorizeUrl = QUrl(value);
    else if (field == QLatin1String("returnUrl"))
        request.returnUrl = QUrl(value);
    const Error e = request.validate();
    QVERIFY(e.isError());
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QVERIFY(!e.message().isEmpty());
}

void TestAuthorizeRequest::consentUrl()
{
    AuthorizeRequest request = goodRequest();
    request.scopes = {QStringLiteral("read"), QStringLiteral("write")};
    request.expiration = QStringLiteral("never");
    const QUrl url = request.consentUrl();
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("trello.com"));
    QCOMPARE(url.path(), QStringLiteral("/1/authorize"));
    QVERIFY(!url.hasFragment());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItems().size(), 7);
    QCOMPARE(item(url, QStringLiteral("key")), Key);
    QCOMPARE(item(url, QStringLiteral("name")), QStringLiteral("trello-onboard"));
    QCOMPARE(item(url, QStringLiteral("scope")), QStringLiteral("read,write"));
    QCOMPARE(item(url, QStringLiteral("expiration")), QStringLiteral("never"));
    QCOMPARE(item(url, QStringLiteral("response_type")), QStringLiteral("token"));
    QCOMPARE(item(url, QStringLiteral("callback_method")), QStringLiteral("fragment"));
    QCOMPARE(item(url, QStringLiteral("return_url")), QStringLiteral("http://localhost:17645/trello-onboard/callback"));
    // As Trello's documentation writes it.
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://trello.com/1/authorize?key=") + Key
                 + QStringLiteral("&name=trello-onboard&scope=read,write&expiration=never&response_type=token"
                                  "&callback_method=fragment&return_url=http://localhost:17645/trello-onboard/callback"));
}

void TestAuthorizeRequest::consentUrlRoundTrip_data()
{
    QTest::addColumn<QString>("appName");
    QTest::addColumn<QString>("returnUrl");
    QTest::newRow("plain") << QStringLiteral("trello-onboard") << QStringLiteral("http://localhost:17645/trello-onboard/callback");
    QTest::newRow("query in return url") << QStringLiteral("My App") << QStringLiteral("http://localhost:17645/cb?a=1&b=2");
    QTest::newRow("delimiters in name") << QStringLiteral("A & B # c = d ? e / f ; g") << QStringLiteral("https://example.com/cb?x=y");
    QTest::newRow("plus and percent") << QStringLiteral("C++ 100% %41 %2B") << QStringLiteral("http://127.0.0.1:9/cb?q=a+b&p=%2B&s=%20");
    QTest::newRow("non-ascii") << QStringLiteral("Caf\u00e9 \u65e5\u672c \u2603") << QStringLiteral("http://[::1]:8080/r\u00fcck?n=\u00e9");
    QTest::newRow("encoded space in path") << QStringLiteral("x") << QStringLiteral("http://localhost:17645/a%20b/c");
    QTest::newRow("encoded slash in path") << QStringLiteral("x") << QStringLiteral("http://localhost:17645/a%2Fb");
    QTest::newRow("encoded ampersand in query") << QStringLiteral("x") << QStringLiteral("http://localhost:17645/cb?a=%26&b=%3D");
}

void TestAuthorizeRequest::consentUrlRoundTrip()
{
    QFETCH(QString, appName);
    QFETCH(QString, returnUrl);
    AuthorizeRequest request = goodRequest();
    request.appName = appName;
    request.returnUrl = QUrl(returnUrl);
    QVERIFY2(!request.validate().isError(), qPrintable(request.validate().message()));

    // Through the string a browser would load, and back.
    const QUrl url(request.consentUrl().toString(QUrl::FullyEncoded), QUrl::StrictMode);
    QVERIFY(url.isValid());
    QCOMPARE(item(url, QStringLiteral("name")), appName);
    const QString back = item(url, QStringLiteral("return_url"));
    QCOMPARE(back, request.returnUrl.toString(QUrl::FullyEncoded));
    QCOMPARE(QUrl(back), request.returnUrl);
    QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("return_url")).size(), 1);
    QCOMPARE(item(url, QStringLiteral("key")), Key);
    QCOMPARE(item(url, QStringLiteral("response_type")), QStringLiteral("token"));
    QCOMPARE(item(url, QStringLiteral("callback_method")), QStringLiteral("fragment"));
}

// Trello's server decodes the query as a form: "+" is a space there. Every value must come back
// unchanged when decoded that way too.
void TestAuthorizeRequest::consentUrlSurvivesFormDecoding()
{
    AuthorizeRequest request = goodRequest();
    request.appName = QStringLiteral("C++ & Co");
    request.returnUrl = QUrl(QStringLiteral("http://localhost:17645/cb?q=a+b"));
    const QString query = request.consentUrl().query(QUrl::FullyEncoded);
    QMap<QString, QString> form;
    for (const QString &pair : query.split(QLatin1Char('&'))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        QVERIFY(eq > 0);
        QString value = pair.mid(eq + 1);
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        form.insert(pair.left(eq), QUrl::fromPercentEncoding(value.toLatin1()));
    }
    QCOMPARE(form.value(QStringLiteral("name")), QStringLiteral("C++ & Co"));
    QCOMPARE(form.value(QStringLiteral("return_url")), QStringLiteral("http://localhost:17645/cb?q=a+b"));
}

void TestAuthorizeRequest::browserConsentUrl()
{
    // Trello posts the token to the opener at return_url's origin: only the origin is sent.
    const QUrl url = goodRequest().browserConsentUrl();
    QCOMPARE(item(url, QStringLiteral("callback_method")), QStringLiteral("postMessage"));
    QCOMPARE(item(url, QStringLiteral("return_url")), QStringLiteral("http://localhost:17645"));
    QCOMPARE(item(url, QStringLiteral("key")), Key);
    QCOMPARE(QUrlQuery(url).queryItems().size(), 7);
}

void TestAuthorizeRequest::browserReturnUrl_data()
{
    QTest::addColumn<QString>("returnUrl");
    QTest::addColumn<bool>("accepted");
    // The receiver listens on 127.0.0.1 and ::1 at the given port: only names that reach it.
    QTest::newRow("default") << "http://localhost:17645/trello-onboard/callback" << true;
    QTest::newRow("upper case") << "http://LOCALHOST:9000/" << true;
    QTest::newRow("v4") << "http://127.0.0.1:1/cb" << true;
    QTest::newRow("v6") << "http://[::1]:65535/cb" << true;
    QTest::newRow("explicit 80") << "http://localhost:80/cb" << true;
    QTest::newRow("no port") << "http://localhost/cb" << false;
    QTest::newRow("https") << "https://localhost:17645/cb" << false;
    QTest::newRow("other loopback") << "http://127.0.0.2:17645/cb" << false;
    QTest::newRow("remote https") << "https://example.com:8443/cb" << false;
    QTest::newRow("lookalike") << "http://localhost.example.com:17645/cb" << false;
}

void TestAuthorizeRequest::browserReturnUrl()
{
    QFETCH(QString, returnUrl);
    QFETCH(bool, accepted);
    const Error e = AuthorizeRequest::checkBrowserReturnUrl(QUrl(returnUrl));
    QCOMPARE(!e, accepted);
    if (e) {
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(QStringLiteral("http://localhost:17645")), qPrintable(e.message()));
    }
    if (accepted && returnUrl.contains(QStringLiteral(":80/"))) {
        // An origin as browsers write it, without the scheme's default port: Trello compares it.
        AuthorizeRequest request = goodRequest();
        request.returnUrl = QUrl(returnUrl);
        QCOMPARE(item(request.browserConsentUrl(), QStringLiteral("return_url")), QStringLiteral("http://localhost"));
    }
}

void TestAuthorizeRequest::manualConsentUrl()
{
    AuthorizeRequest request = goodRequest();
    request.appName = QStringLiteral("A & B");
    const QUrl url = request.manualConsentUrl();
    const QUrlQuery query(url);
    QVERIFY(!query.hasQueryItem(QStringLiteral("return_url")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("callback_method")));
    QCOMPARE(item(url, QStringLiteral("key")), Key);
    QCOMPARE(item(url, QStringLiteral("name")), QStringLiteral("A & B"));
    QCOMPARE(item(url, QStringLiteral("scope")), QStringLiteral("read"));
    QCOMPARE(item(url, QStringLiteral("expiration")), QStringLiteral("30days"));
    QCOMPARE(item(url, QStringLiteral("response_type")), QStringLiteral("token"));
    QVERIFY(!url.toString(QUrl::FullyEncoded).contains(QStringLiteral("17645")));
}

void TestAuthorizeRequest::customAuthorizeUrlKeepsItsQuery()
{
    AuthorizeRequest request = goodRequest();
    request.authorizeUrl = QUrl(QStringLiteral("https://proxy.example:8443/trello/1/authorize?tenant=a%26b&lang=en"));
    request.returnUrl = QUrl(QStringLiteral("http://127.0.0.1:9999/cb"));
    QVERIFY(!request.validate().isError());
    const QUrl url = request.consentUrl();
    QCOMPARE(url.host(), QStringLiteral("proxy.example"));
    QCOMPARE(url.port(), 8443);
    QCOMPARE(url.path(), QStringLiteral("/trello/1/authorize"));
    QCOMPARE(item(url, QStringLiteral("tenant")), QStringLiteral("a&b"));
    QCOMPARE(item(url, QStringLiteral("lang")), QStringLiteral("en"));
    QCOMPARE(item(url, QStringLiteral("return_url")), QStringLiteral("http://127.0.0.1:9999/cb"));
    QCOMPARE(item(url, QStringLiteral("key")), Key);

    const QUrl manual = request.manualConsentUrl();
    QCOMPARE(item(manual, QStringLiteral("tenant")), QStringLiteral("a&b"));
    QCOMPARE(item(manual, QStringLiteral("lang")), QStringLiteral("en"));
    QVERIFY(!QUrlQuery(manual).hasQueryItem(QStringLiteral("return_url")));

    // Items the program sets itself are not doubled by ones already in the authorize URL.
    request.authorizeUrl = QUrl(QStringLiteral("https://trello.com/1/authorize?return_url=https://evil.example/&scope=account&x=1"));
    const QUrlQuery query(request.consentUrl());
    QCOMPARE(query.allQueryItemValues(QStringLiteral("return_url"), QUrl::FullyDecoded), QStringList{QStringLiteral("http://127.0.0.1:9999/cb")});
    QCOMPARE(query.allQueryItemValues(QStringLiteral("scope"), QUrl::FullyDecoded), QStringList{QStringLiteral("read")});
    QCOMPARE(query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    const QUrlQuery manualQuery(request.manualConsentUrl());
    QVERIFY(!manualQuery.hasQueryItem(QStringLiteral("return_url")));
}

QTEST_GUILESS_MAIN(TestAuthorizeRequest)
#include "tst_authorizerequest.moc"
