// Unit tests for CustomHeader: "Name: value" lines that cannot split a request or smuggle a header.
#include "trello/CustomHeader.h"

#include <QtTest>

using namespace onboard;

class TestCustomHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseGood_data();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void checkEveryTchar();
    void checkEveryAsciiInName();
    void checkEveryByteInValue();
    void messagesStayOnOneLine();
    void toLine();
    void secretNames();
    void headerCarryingATokenIsRefused();
};

void TestCustomHeader::parseGood_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("simple") << QStringLiteral("X-Request-Id: abc123") << QByteArray("X-Request-Id") << QByteArray("abc123");
    QTest::newRow("no space") << QStringLiteral("X-A:b") << QByteArray("X-A") << QByteArray("b");
    QTest::newRow("ows trimmed") << QStringLiteral("X-A: \t value \t ") << QByteArray("X-A") << QByteArray("value");
    QTest::newRow("inner spaces kept") << QStringLiteral("X-A:  a  b\tc ") << QByteArray("X-A") << QByteArray("a  b\tc");
    QTest::newRow("empty value") << QStringLiteral("X-Empty:") << QByteArray("X-Empty") << QByteArray();
    QTest::newRow("blank value") << QStringLiteral("X-Empty:   ") << QByteArray("X-Empty") << QByteArray();
    QTest::newRow("colon in value") << QStringLiteral("X-Url: https://a.example:8443/x") << QByteArray("X-Url")
                                    << QByteArray("https://a.example:8443/x");
    QTest::newRow("all tchars") << QStringLiteral("!#$%&'*+-.^_`|~09azAZ: v") << QByteArray("!#$%&'*+-.^_`|~09azAZ") << QByteArray("v");
    QTest::newRow("visible ascii value") << QStringLiteral("X-V: !\"#$%&'()*+,-./0-9:;<=>?@A-Z[\\]^_`a-z{|}~")
                                         << QByteArray("X-V") << QByteArray("!\"#$%&'()*+,-./0-9:;<=>?@A-Z[\\]^_`a-z{|}~");
    QTest::newRow("authorization-like") << QStringLiteral("Proxy-Authorization: Basic dXNlcjpwYXNz")
                                        << QByteArray("Proxy-Authorization") << QByteArray("Basic dXNlcjpwYXNz");
}

void TestCustomHeader::parseGood()
{
    QFETCH(QString, line);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    CustomHeader header;
    const Error e = CustomHeader::parse(line, &header);
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QCOMPARE(header.name(), name);
    QCOMPARE(header.value(), value);
    QVERIFY(!CustomHeader::check(QString::fromLatin1(name), QString::fromLatin1(value)).isError());
}

void TestCustomHeader::parseBad_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("empty") << QString();
    QTest::newRow("no colon") << QStringLiteral("X-Request-Id abc");
    QTest::newRow("no colon, equals") << QStringLiteral("X-Request-Id=abc");
    QTest::newRow("empty name") << QStringLiteral(": value");
    QTest::newRow("space before colon") << QStringLiteral("X-A : value");
    QTest::newRow("leading space") << QStringLiteral(" X-A: value");
    QTest::newRow("space in name") << QStringLiteral("X A: value");
    QTest::newRow("tab in name") << QStringLiteral("X\tA: value");
    QTest::newRow("separator in name") << QStringLiteral("X(A): value");
    QTest::newRow("slash in name") << QStringLiteral("X/A: value");
    QTest::newRow("non-ascii name") << QStringLiteral("X-Caf\u00e9: value");
    QTest::newRow("CR in value") << QStringLiteral("X-A: a\rInjected: 1");
    QTest::newRow("LF in value") << QStringLiteral("X-A: a\nInjected: 1");
    QTest::newRow("CRLF in value") << QStringLiteral("X-A: a\r\nInjected: 1");
    QTest::newRow("trailing CRLF") << QStringLiteral("X-A: a\r\n");
    QTest::newRow("NUL in value") << QStringLiteral("X-A: a") + QChar(0) + QStringLiteral("b");
    QTest::newRow("BEL in value") << QStringLiteral("X-A: a\ab");
    QTest::newRow("ESC in value") << QStringLiteral("X-A: a\x1b[31m");
    QTest::newRow("DEL in value") << QStringLiteral("X-A: a\x7f");
    QTest::newRow("latin-1 in value") << QStringLiteral("X-A: caf\u00e9");
    QTest::newRow("unicode in value") << QStringLiteral("X-A: \u2603");
    QTest::newRow("unicode line separator") << QStringLiteral("X-A: a\u2028b");
    QTest::newRow("NEL in value") << QStringLiteral("X-A: a\u0085b");
    QTest::newRow("reserved host") << QStringLiteral("Host: evil.com");
    QTest::newRow("reserved HOST") << QStringLiteral("HOST: evil.com");
    QTest::newRow("reserved content-length") << QStringLiteral("Content-Length: 0");
    QTest::newRow("reserved transfer-encoding") << QStringLiteral("Transfer-Encoding: chunked");
    QTest::newRow("reserved connection") << QStringLiteral("Connection: close");
    QTest::newRow("reserved upgrade") << QStringLiteral("Upgrade: websocket");
    QTest::newRow("reserved te") << QStringLiteral("TE: trailers");
    QTest::newRow("reserved trailer") << QStringLiteral("Trailer: X");
    QTest::newRow("reserved keep-alive") << QStringLiteral("Keep-Alive: 5");
    QTest::newRow("reserved proxy-connection") << QStringLiteral("Proxy-Connection: close");
}

void TestCustomHeader::parseBad()
{
    QFETCH(QString, line);
    CustomHeader header(QByteArrayLiteral("Old"), QByteArrayLiteral("kept"));
    const Error e = CustomHeader::parse(line, &header);
    QVERIFY(e.isError());
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QVERIFY(!e.message().isEmpty());
    // Nothing is written on failure.
    QCOMPARE(header.name(), QByteArray("Old"));
    QCOMPARE(header.value(), QByteArray("kept"));
}

void TestCustomHeader::checkEveryTchar()
{
    const QString tchars = QStringLiteral("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    for (QChar c : tchars) {
        const QString name = QStringLiteral("X") + c;
        QVERIFY2(!CustomHeader::check(name, QStringLiteral("v")).isError(), qPrintable(name));
    }
}

void TestCustomHeader::checkEveryAsciiInName()
{
    const QString tchars = QStringLiteral("!#$%&'*+-.^_`|~");
    for (int u = 0; u < 0x100; ++u) {
        const QChar c(u);
        const bool alnum = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        const bool allowed = u < 0x80 && (alnum || tchars.contains(c));
        const Error e = CustomHeader::check(QStringLiteral("X-") + c, QStringLiteral("v"));
        QVERIFY2(e.isError() != allowed, qPrintable(QString::number(u)));
        if (e.isError())
            QCOMPARE(e.kind(), ErrorKind::BadInput);
    }
}

void TestCustomHeader::checkEveryByteInValue()
{
    for (int u = 0; u < 0x100; ++u) {
        const bool allowed = u == '\t' || (u >= 0x20 && u < 0x7f);
        const Error e = CustomHeader::check(QStringLiteral("X-A"), QStringLiteral("a") + QChar(u) + QStringLiteral("b"));
        QVERIFY2(e.isError() != allowed, qPrintable(QString::number(u)));
        if (e.isError())
            QCOMPARE(e.kind(), ErrorKind::BadInput);
    }
}

void TestCustomHeader::messagesStayOnOneLine()
{
    const QStringList lines{QStringLiteral("X\r\nEvil: 1: v"), QStringLiteral("X\nA: v"), QStringLiteral("X-A: a\r\nB: c"),
                            QStringLiteral("Ho\nst: v"), QStringLiteral("X\u2028Evil: v"), QStringLiteral("X\u0085Evil: v"),
                            QString(5000, QLatin1Char(' ')) + QStringLiteral(": v")};
    for (const QString &line : lines) {
        CustomHeader header;
        const Error e = CustomHeader::parse(line, &header);
        QVERIFY(e.isError());
        for (QChar c : e.message()) {
            QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Separator_Line, qPrintable(e.message()));
        }
        QVERIFY2(e.message().size() < 300, qPrintable(e.message()));
    }
    // A value may be secret: the message does not repeat it.
    CustomHeader header;
    const Error e = CustomHeader::parse(QStringLiteral("X-Api-Secret: s3cr3t-value\n"), &header);
    QVERIFY(e.isError());
    QVERIFY(!e.message().contains(QStringLiteral("s3cr3t")));
}

void TestCustomHeader::secretNames()
{
    for (const char *name : {"Authorization", "proxy-authorization", "COOKIE", "X-Api-Key", "X-Auth-User", "X-Session-Id",
                             "X-Client-Secret", "X-Password", "X-Access-Token", "X-Monkey"})
        QVERIFY2(CustomHeader::isSecretName(QLatin1String(name)), name);
    for (const char *name : {"X-Team", "X-Request-Id", "Accept-Language", "X-Egress-Tag"})
        QVERIFY2(!CustomHeader::isSecretName(QLatin1String(name)), name);
    QVERIFY(CustomHeader("X-Api-Key", "v").isSecret());
    QVERIFY(!CustomHeader("X-Api-Key", "v").isValueKept());
    const CustomHeader kept = CustomHeader::keptInKeychain("Cookie");
    QVERIFY(kept.isValueKept() && kept.value().isEmpty());
    QVERIFY(!(kept == CustomHeader("Cookie", "")));
}

void TestCustomHeader::headerCarryingATokenIsRefused()
{
    const QString legacy(64, QLatin1Char('a'));
    const QString current = QStringLiteral("ATTA") + QString(64, QLatin1Char('b')) + QStringLiteral("0A1B2C3D");
    for (const QString &value : {QStringLiteral("OAuth oauth_consumer_key=\"k\", oauth_token=\"%1\"").arg(legacy),
                                 QStringLiteral("Bearer ") + current, current}) {
        QVERIFY(CustomHeader::carriesAToken(value));
        CustomHeader header;
        const Error e = CustomHeader::parse(QStringLiteral("Authorization: ") + value, &header);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(QStringLiteral("--credentials-in header")), qPrintable(e.message()));
        QVERIFY(!e.message().contains(legacy) && !e.message().contains(current));
        QCOMPARE(CustomHeader::fromEntry(QStringLiteral("X-Token"), value, &header).kind(), ErrorKind::BadInput);
    }
    // 63 hex digits are not a token; other secrets pass.
    QVERIFY(!CustomHeader::carriesAToken(QString(63, QLatin1Char('f'))));
    CustomHeader header;
    QVERIFY(!CustomHeader::parse(QStringLiteral("Authorization: Bearer egress-1234"), &header));
}

void TestCustomHeader::toLine()
{
    CustomHeader header;
    QVERIFY(!CustomHeader::parse(QStringLiteral("X-Request-Id:\tabc 123 "), &header).isError());
    QCOMPARE(header.toLine(), QStringLiteral("X-Request-Id: abc 123"));
    CustomHeader again;
    QVERIFY(!CustomHeader::parse(header.toLine(), &again).isError());
    QCOMPARE(again, header);
}

QTEST_GUILESS_MAIN(TestCustomHeader)
#include "tst_customheader.moc"
