// Unit tests for RedirectReader: only a navigation to the return URL itself is read, and what it
// carries is read carefully.
#include "trello/RedirectReader.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace onboard;

using Outcome = RedirectReader::Outcome;
Q_DECLARE_METATYPE(RedirectReader::Outcome)

namespace {
const QString Return = QStringLiteral("http://localhost:17645/trello-onboard/callback");
const QString Hex64 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("ATTA") + Hex64 + QStringLiteral("0A1B2C3D");

QUrl at(const QString &text)
{
    return QUrl(text);
}
} // namespace

class TestRedirectReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnUrlItself_data();
    void returnUrlItself();
    void lookAlikes_data();
    void lookAlikes();
    void encodedUnreservedIsTheSameUrl();
    void answers_data();
    void answers();
    void deniedMessageIsCleaned_data();
    void deniedMessageIsCleaned();
    void malformedNeverEchoesToken_data();
    void malformedNeverEchoesToken();
    void hugeFragmentIsRefusedQuickly();
    void returnUrlWithQuery();
    void invalidReturnUrlMatchesNothing();
    void explicitDefaultPortIsTheSamePort();
};

void TestRedirectReader::returnUrlItself_data()
{
    QTest::addColumn<QString>("navigation");
    QTest::newRow("bare") << Return;
    QTest::newRow("with token") << Return + QStringLiteral("#token=") + Token;
    QTest::newRow("empty fragment") << Return + QStringLiteral("#");
    QTest::newRow("host case") << QStringLiteral("http://LocalHost:17645/trello-onboard/callback#token=") + Token;
    QTest::newRow("scheme case") << QStringLiteral("HTTP://localhost:17645/trello-onboard/callback#token=") + Token;
}

void TestRedirectReader::returnUrlItself()
{
    QFETCH(QString, navigation);
    const RedirectReader reader(at(Return));
    QVERIFY(reader.isReturnUrl(at(navigation)));
}

void TestRedirectReader::lookAlikes_data()
{
    QTest::addColumn<QUrl>("navigation");
    const QString f = QStringLiteral("#token=") + Token;
    const auto row = [&](const char *name, const QString &url) { QTest::newRow(name) << at(url + f); };
    row("other port", QStringLiteral("http://localhost:17646/trello-onboard/callback"));
    row("default port", QStringLiteral("http://localhost/trello-onboard/callback"));
    row("explicit port 80", QStringLiteral("http://localhost:80/trello-onboard/callback"));
    row("https", QStringLiteral("https://localhost:17645/trello-onboard/callback"));
    row("other scheme", QStringLiteral("ws://localhost:17645/trello-onboard/callback"));
    row("other path", QStringLiteral("http://localhost:17645/trello-onboard/other"));
    row("path prefix", QStringLiteral("http://localhost:17645/trello-onboard/callbac"));
    row("path suffix", QStringLiteral("http://localhost:17645/trello-onboard/callbackx"));
    row("path below", QStringLiteral("http://localhost:17645/trello-onboard/callback/x"));
    row("path above", QStringLiteral("http://localhost:17645/x/trello-onboard/callback"));
    row("trailing slash", QStringLiteral("http://localhost:17645/trello-onboard/callback/"));
    row("double slash", QStringLiteral("http://localhost:17645//trello-onboard/callback"));
    row("dot segment", QStringLiteral("http://localhost:17645/trello-onboard/./callback"));
    row("dot-dot segment", QStringLiteral("http://localhost:17645/trello-onboard/x/../callback"));
    row("encoded dot segment", QStringLiteral("http://localhost:17645/trello-onboard/x/%2E%2E/callback"));
    row("upper case path", QStringLiteral("http://localhost:17645/trello-onboard/Callback"));
    row("all upper path", QStringLiteral("http://localhost:17645/TRELLO-ONBOARD/CALLBACK"));
    row("encoded slash", QStringLiteral("http://localhost:17645/trello-onboard%2Fcallback"));
    row("encoded slash lower", QStringLiteral("http://localhost:17645/trello-onboard%2fcallback"));
    row("double-encoded t", QStringLiteral("http://localhost:17645/%2574rello-onboard/callback"));
    row("encoded trailing slash", QStringLiteral("http://localhost:17645/trello-onboard/callback%2F"));
    row("encoded NUL", QStringLiteral("http://localhost:17645/trello-onboard/callback%00"));
    row("127.0.0.1 for localhost", QStringLiteral("http://127.0.0.1:17645/trello-onboard/callback"));
    row("::1 for localhost", QStringLiteral("http://[::1]:17645/trello-onboard/callback"));
    row("trailing dot host", QStringLiteral("http://localhost.:17645/trello-onboard/callback"));
    row("host suffix", QStringLiteral("http://localhost.evil.com:17645/trello-onboard/callback"));
    row("userinfo trick", QStringLiteral("http://localhost:17645@evil.com/trello-onboard/callback"));
    row("user info", QStringLiteral("http://evil.com@localhost:17645/trello-onboard/callback"));
    row("user and password", QStringLiteral("http://a:b@localhost:17645/trello-onboard/callback"));
    row("empty user info", QStringLiteral("http://@localhost:17645/trello-onboard/callback"));
    row("colon user info", QStringLiteral("http://:@localhost:17645/trello-onboard/callback"));
    row("evil host", QStringLiteral("https://evil.com/trello-onboard/callback"));
    row("return url in query", QStringLiteral("https://evil.com/?r=http://localhost:17645/trello-onboard/callback"));
    row("javascript", QStringLiteral("javascript:location='http://localhost:17645/trello-onboard/callback'"));

    // Built by hand, so that QUrl keeps the escapes as they are.
    QUrl literal(Return);
    literal.setPath(QStringLiteral("/%74rello-onboard/callback"), QUrl::DecodedMode);
    literal.setFragment(QStringLiteral("token=") + Token);
    QTest::newRow("literal %74 in decoded path") << literal;
    QUrl dash(Return);
    dash.setPath(QStringLiteral("/trello%2Donboard/callback"), QUrl::DecodedMode);
    dash.setFragment(QStringLiteral("token=") + Token);
    QTest::newRow("literal %2D in decoded path") << dash;
    QTest::newRow("empty url") << QUrl();
}

void TestRedirectReader::lookAlikes()
{
    QFETCH(QUrl, navigation);
    const RedirectReader reader(at(Return));
    QVERIFY2(!reader.isReturnUrl(navigation), qPrintable(navigation.toString(QUrl::FullyEncoded)));
    const RedirectReader::Answer answer = reader.read(navigation);
    QCOMPARE(answer.outcome, Outcome::NotTheAnswer);
    QVERIFY(answer.token.isEmpty());
}

// QUrl (like Chromium, which hands the navigation over) normalises percent-encoded unreserved
// characters when it parses a URL (RFC 3986, 6.2.2.2): "/%74rello-onboard" is the same URL as
// "/trello-onboard" before the reader ever sees it, and no information is left to tell them apart.
// Every escape that survives parsing (reserved characters, "%25", a literal "%" set in decoded
// mode) is another path and refused above.
void TestRedirectReader::encodedUnreservedIsTheSameUrl()
{
    const QUrl t(QStringLiteral("http://localhost:17645/%74rello-onboard/callback"));
    const QUrl dash(QStringLiteral("http://localhost:17645/trello%2Donboard/callback"));
    QCOMPARE(t, at(Return));
    QCOMPARE(dash, at(Return));
    QCOMPARE(t.toString(QUrl::FullyEncoded), Return);
}

void TestRedirectReader::answers_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message"); // exact, when not empty

    QTest::newRow("current token") << QStringLiteral("token=") + Token << Outcome::Token << Token << QString();
    QTest::newRow("legacy token") << QStringLiteral("token=") + Hex64 << Outcome::Token << Hex64 << QString();
    QTest::newRow("token and other items") << QStringLiteral("state=1&token=") + Token + QStringLiteral("&x=y") << Outcome::Token << Token
                                           << QString();
    QTest::newRow("denied with message") << QStringLiteral("token=&error=Token%20request%20rejected") << Outcome::Denied << QString()
                                         << QStringLiteral("Token request rejected");
    QTest::newRow("denied, error first") << QStringLiteral("error=Token%20request%20rejected&token=") << Outcome::Denied << QString()
                                         << QStringLiteral("Token request rejected");
    QTest::newRow("denied, no message") << QStringLiteral("token=") << Outcome::Denied << QString()
                                        << QStringLiteral("Access was denied on the consent page.");
    QTest::newRow("denied, empty error") << QStringLiteral("token=&error=") << Outcome::Denied << QString()
                                         << QStringLiteral("Access was denied on the consent page.");
    QTest::newRow("denied, blank error") << QStringLiteral("token=&error=%20%0A%09") << Outcome::Denied << QString()
                                         << QStringLiteral("Access was denied on the consent page.");
    QTest::newRow("denied, non-ascii") << QStringLiteral("token=&error=Zugriff%20verweigert%20%E2%9C%8B") << Outcome::Denied << QString()
                                       << QStringLiteral("Zugriff verweigert \u270b");
    QTest::newRow("two tokens") << QStringLiteral("token=") + Token + QStringLiteral("&token=") + Token << Outcome::Malformed << QString()
                                << QString();
    QTest::newRow("token and empty token") << QStringLiteral("token=&token=") + Token << Outcome::Malformed << QString() << QString();
    QTest::newRow("no token item") << QStringLiteral("error=nope") << Outcome::Malformed << QString() << QString();
    QTest::newRow("other key case") << QStringLiteral("TOKEN=") + Token << Outcome::Malformed << QString() << QString();
    QTest::newRow("garbage") << QStringLiteral("%%%") << Outcome::Malformed << QString() << QString();
    QTest::newRow("short token") << QStringLiteral("token=") + Token.left(75) << Outcome::Malformed << QString() << QString();
    QTest::newRow("long token") << QStringLiteral("token=") + Token + QStringLiteral("A") << Outcome::Malformed << QString() << QString();
    QTest::newRow("token with space") << QStringLiteral("token=%20") + Token << Outcome::Malformed << QString() << QString();
    QTest::newRow("token with plus") << QStringLiteral("token=") + Token.left(75) + QStringLiteral("+") << Outcome::Malformed << QString()
                                     << QString();
    QTest::newRow("encoded token") << QStringLiteral("token=%41TTA") + Token.mid(4) << Outcome::Token << Token << QString();
}

void TestRedirectReader::answers()
{
    QFETCH(QString, fragment);
    QFETCH(Outcome, outcome);
    QFETCH(QString, token);
    QFETCH(QString, message);
    const RedirectReader reader(at(Return));
    const QUrl navigation(Return + QLatin1Char('#') + fragment);
    QVERIFY(reader.isReturnUrl(navigation));
    const RedirectReader::Answer answer = reader.read(navigation);
    QCOMPARE(answer.outcome, outcome);
    QCOMPARE(answer.token, token);
    if (outcome == Outcome::Token)
        QVERIFY(answer.message.isEmpty());
    else
        QVERIFY(!answer.message.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(answer.message, message);
}

void TestRedirectReader::deniedMessageIsCleaned_data()
{
    QTest::addColumn<QString>("error");    // encoded, as in the fragment
    QTest::addColumn<QString>("expected"); // exact, or empty to check only the shape
    QTest::newRow("newlines") << QStringLiteral("Line%201%0D%0ALine%202%0A") << QStringLiteral("Line 1 Line 2");
    QTest::newRow("controls") << QStringLiteral("a%00b%07c%1B%5B31md%7F") << QStringLiteral("a b c [31md");
    QTest::newRow("tabs and runs of spaces") << QStringLiteral("%09a%20%20%20b%09") << QStringLiteral("a b");
    QTest::newRow("NEL") << QStringLiteral("a%C2%85b") << QStringLiteral("a b");
    QTest::newRow("line separator") << QStringLiteral("a%E2%80%A8b%E2%80%A9c") << QStringLiteral("a b c");
    QTest::newRow("bidi override") << QStringLiteral("safe%E2%80%AEtxt.exe") << QStringLiteral("safe txt.exe");
    QTest::newRow("long") << QString(1000, QLatin1Char('x')) << QString();
    QTest::newRow("long with surrogates") << QStringLiteral("x") + QString(300, QLatin1Char('-')).replace(QLatin1Char('-'), QStringLiteral("%F0%9F%98%80"))
                                          << QString();
}

void TestRedirectReader::deniedMessageIsCleaned()
{
    QFETCH(QString, error);
    QFETCH(QString, expected);
    const RedirectReader reader(at(Return));
    const RedirectReader::Answer answer = reader.read(QUrl(Return + QStringLiteral("#token=&error=") + error));
    QCOMPARE(answer.outcome, Outcome::Denied);
    const QString message = answer.message;
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.size() <= 201, qPrintable(QString::number(message.size())));
    for (QChar c : message) {
        QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format
                     && c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph,
                 qPrintable(QString::number(c.unicode(), 16)));
    }
    QVERIFY(!message.at(message.size() - 1).isHighSurrogate());
    QVERIFY(message.isValidUtf16());
    if (!expected.isEmpty())
        QCOMPARE(message, expected);
}

void TestRedirectReader::malformedNeverEchoesToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("75") << Token.left(75);
    QTest::newRow("77") << Token + QStringLiteral("F");
    QTest::newRow("non-hex") << Token.left(75) + QStringLiteral("G");
    QTest::newRow("65") << Hex64 + QStringLiteral("a");
}

void TestRedirectReader::malformedNeverEchoesToken()
{
    QFETCH(QString, token);
    const RedirectReader reader(at(Return));
    const RedirectReader::Answer answer = reader.read(QUrl(Return + QStringLiteral("#token=") + token));
    QCOMPARE(answer.outcome, Outcome::Malformed);
    QVERIFY(answer.token.isEmpty());
    QVERIFY(!answer.message.isEmpty());
    for (int i = 0; i + 16 <= token.size(); i += 8)
        QVERIFY2(!answer.message.contains(token.mid(i, 16), Qt::CaseInsensitive), qPrintable(answer.message));
}

void TestRedirectReader::hugeFragmentIsRefusedQuickly()
{
    const RedirectReader reader(at(Return));
    const QUrl navigation(Return + QStringLiteral("#token=") + Token + QStringLiteral("&pad=") + QString(8 * 1024 * 1024, QLatin1Char('a')));
    QVERIFY(navigation.isValid());
    QElapsedTimer timer;
    timer.start();
    const RedirectReader::Answer answer = reader.read(navigation);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(answer.outcome, Outcome::Malformed);
    QVERIFY(answer.token.isEmpty());
    QVERIFY(!answer.message.isEmpty());

    // Just over the limit is refused, at the limit read.
    QString fragment = QStringLiteral("token=") + Token + QStringLiteral("&pad=");
    fragment += QString(RedirectReader::MaxFragmentLength - fragment.size(), QLatin1Char('a'));
    QCOMPARE(reader.read(QUrl(Return + QLatin1Char('#') + fragment)).outcome, Outcome::Token);
    QCOMPARE(reader.read(QUrl(Return + QLatin1Char('#') + fragment + QLatin1Char('a'))).outcome, Outcome::Malformed);
}

void TestRedirectReader::returnUrlWithQuery()
{
    const QString withQuery = QStringLiteral("http://127.0.0.1:9999/cb?a=1&b=2");
    const RedirectReader reader(at(withQuery));
    const RedirectReader::Answer answer = reader.read(QUrl(withQuery + QStringLiteral("#token=") + Token));
    QCOMPARE(answer.outcome, Outcome::Token);
    QCOMPARE(answer.token, Token);
    QCOMPARE(reader.read(QUrl(QStringLiteral("http://127.0.0.1:9998/cb?a=1&b=2#token=") + Token)).outcome, Outcome::NotTheAnswer);

    const RedirectReader https(at(QStringLiteral("https://example.com/cb")));
    QCOMPARE(https.read(QUrl(QStringLiteral("https://example.com/cb#token=") + Token)).outcome, Outcome::Token);
    QCOMPARE(https.read(QUrl(QStringLiteral("http://example.com/cb#token=") + Token)).outcome, Outcome::NotTheAnswer);
    QCOMPARE(https.read(QUrl(QStringLiteral("https://example.com:8443/cb#token=") + Token)).outcome, Outcome::NotTheAnswer);
    QCOMPARE(https.read(QUrl(QStringLiteral("https://example.com/cb/#token=") + Token)).outcome, Outcome::NotTheAnswer);
}

void TestRedirectReader::invalidReturnUrlMatchesNothing()
{
    const RedirectReader reader{QUrl()};
    QCOMPARE(reader.read(QUrl(Return + QStringLiteral("#token=") + Token)).outcome, Outcome::NotTheAnswer);
    QVERIFY(!reader.isReturnUrl(QUrl()));
}

// A port is compared as the port the connection would use: Chromium drops an explicit default port
// from the URL it navigates to, so a return URL written "http://localhost:80/cb" must still match
// the navigation "http://localhost/cb". Any other port, or the default port in place of the
// configured one, is a look-alike (see lookAlikes: "default port", "explicit port 80").
void TestRedirectReader::explicitDefaultPortIsTheSamePort()
{
    const RedirectReader http(at(QStringLiteral("http://localhost:80/cb")));
    QCOMPARE(http.read(QUrl(QStringLiteral("http://localhost/cb#token=") + Token)).outcome, Outcome::Token);
    QCOMPARE(http.read(QUrl(QStringLiteral("http://localhost:8080/cb#token=") + Token)).outcome, Outcome::NotTheAnswer);
    QCOMPARE(http.read(QUrl(QStringLiteral("https://localhost/cb#token=") + Token)).outcome, Outcome::NotTheAnswer);
    QCOMPARE(http.read(QUrl(QStringLiteral("https://localhost:80/cb#token=") + Token)).outcome, Outcome::NotTheAnswer);
    const RedirectReader https(at(QStringLiteral("https://example.com/cb")));
    QCOMPARE(https.read(QUrl(QStringLiteral("https://example.com:443/cb#token=") + Token)).outcome, Outcome::Token);
    QCOMPARE(https.read(QUrl(QStringLiteral("http://example.com:443/cb#token=") + Token)).outcome, Outcome::NotTheAnswer);
}

QTEST_GUILESS_MAIN(TestRedirectReader)
#include "tst_redirectreader.moc"
