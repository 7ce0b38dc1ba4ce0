// Unit tests for CredentialFormat: the shapes of an API key and a token, and that no message
// ever repeats the token text.
#include "trello/CredentialFormat.h"

#include <QtTest>

using namespace onboard;

namespace {
const QString Key = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Hex64 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
// The current form: ATTA + 64 lowercase hex + 8 uppercase hex.
const QString Current = QStringLiteral("ATTA") + Hex64 + QStringLiteral("0A1B2C3D");
} // namespace

class TestCredentialFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodKeys_data();
    void goodKeys();
    void badKeys_data();
    void badKeys();
    void goodTokens_data();
    void goodTokens();
    void badTokens_data();
    void badTokens();
    void trimmedRemovesPasteNoiseOnly();
};

void TestCredentialFormat::goodKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("lowercase") << Key;
    QTest::newRow("uppercase") << Key.toUpper();
    QTest::newRow("mixed case") << QStringLiteral("0123456789ABCDEF0123456789abcdef");
    QTest::newRow("digits only") << QString(32, QLatin1Char('7'));
}

void TestCredentialFormat::goodKeys()
{
    QFETCH(QString, key);
    const Error e = CredentialFormat::checkKey(key);
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QCOMPARE(e.kind(), ErrorKind::None);
}

void TestCredentialFormat::badKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("31 chars") << Key.left(31);
    QTest::newRow("33 chars") << Key + QLatin1Char('0');
    QTest::newRow("non-hex letter") << Key.left(31) + QLatin1Char('g');
    QTest::newRow("space inside") << Key.left(16) + QLatin1Char(' ') + Key.mid(17);
    QTest::newRow("trailing newline") << Key + QLatin1Char('\n');
    QTest::newRow("leading space") << QLatin1Char(' ') + Key.left(31);
    QTest::newRow("fullwidth digit") << Key.left(31) + QChar(0xFF11);
    QTest::newRow("arabic-indic digit") << Key.left(31) + QChar(0x0661);
    QTest::newRow("NUL") << Key.left(31) + QChar(0);
    QTest::newRow("64 hex (a token)") << Hex64;
    QTest::newRow("current token") << Current;
}

void TestCredentialFormat::badKeys()
{
    QFETCH(QString, key);
    const Error e = CredentialFormat::checkKey(key);
    QVERIFY(e.isError());
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QCOMPARE(e.exitCode(), 64);
    QVERIFY(!e.message().isEmpty());
}

void TestCredentialFormat::goodTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("legacy lowercase") << Hex64;
    QTest::newRow("legacy uppercase") << Hex64.toUpper();
    QTest::newRow("legacy mixed") << QStringLiteral("0123456789ABCDEF") + Hex64.mid(16);
    QTest::newRow("current") << Current;
    QTest::newRow("current all lowercase hex") << QStringLiteral("ATTA") + Hex64 + QStringLiteral("0a1b2c3d");
    QTest::newRow("current all uppercase hex") << QStringLiteral("ATTA") + Hex64.toUpper() + QStringLiteral("0A1B2C3D");
}

void TestCredentialFormat::goodTokens()
{
    QFETCH(QString, token);
    const Error e = CredentialFormat::checkToken(token);
    QVERIFY2(!e.isError(), qPrintable(e.message()));
}

void TestCredentialFormat::badTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("legacy 63") << Hex64.left(63);
    QTest::newRow("legacy 65") << Hex64 + QLatin1Char('a');
    QTest::newRow("legacy with g") << Hex64.left(63) + QLatin1Char('g');
    QTest::newRow("current 75") << Current.left(75);
    QTest::newRow("current 77") << Current + QLatin1Char('A');
    QTest::newRow("current with z") << Current.left(75) + QLatin1Char('Z');
    QTest::newRow("current with space") << Current.left(40) + QLatin1Char(' ') + Current.mid(41);
    QTest::newRow("current trailing newline") << Current + QLatin1Char('\n');
    QTest::newRow("current leading space") << QLatin1Char(' ') + Current;
    QTest::newRow("lowercase prefix") << QStringLiteral("atta") + Current.mid(4);
    QTest::newRow("other prefix") << QStringLiteral("ATTB") + Current.mid(4);
    QTest::newRow("prefix without hex") << QStringLiteral("ATTA");
    QTest::newRow("ATTA + 64 hex (68)") << QStringLiteral("ATTA") + Hex64;
    QTest::newRow("76 hex, no prefix") << Hex64 + QStringLiteral("0123456789ab");
    QTest::newRow("72 hex, no prefix") << Hex64 + QStringLiteral("01234567");
    QTest::newRow("key, not a token") << Key;
    QTest::newRow("fullwidth digit") << Hex64.left(63) + QChar(0xFF10);
    QTest::newRow("URL with token") << QStringLiteral("http://localhost:17645/cb#token=") + Current;
}

void TestCredentialFormat::badTokens()
{
    QFETCH(QString, token);
    const Error e = CredentialFormat::checkToken(token);
    QVERIFY(e.isError());
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QVERIFY(!e.message().isEmpty());
    // The message never repeats the token, nor a long piece of it (a near-miss is most of a password).
    const QString stripped = token.trimmed();
    if (stripped.size() >= 16) {
        for (int i = 0; i + 16 <= stripped.size(); i += 8)
            QVERIFY2(!e.message().contains(stripped.mid(i, 16), Qt::CaseInsensitive), qPrintable(e.message()));
    }
}

void TestCredentialFormat::trimmedRemovesPasteNoiseOnly()
{
    QCOMPARE(CredentialFormat::trimmed(QStringLiteral("  \t") + Current + QStringLiteral("\r\n")), Current);
    QVERIFY(!CredentialFormat::checkToken(CredentialFormat::trimmed(Current + QStringLiteral("\n"))).isError());
    const QString inner = Current.left(10) + QLatin1Char(' ') + Current.mid(10);
    QCOMPARE(CredentialFormat::trimmed(inner), inner);
}

QTEST_GUILESS_MAIN(TestCredentialFormat)
#include "tst_credentialformat.moc"
