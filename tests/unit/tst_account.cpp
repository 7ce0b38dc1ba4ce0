// Account: the non-secret record of one stored account, and its JSON form in the settings file.
#include "accounts/Account.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace onboard;

Q_DECLARE_METATYPE(QJsonValue)

namespace {

Account fullAccount()
{
    Account a;
    a.apiKey = QStringLiteral("0123456789abcdef0123456789ABCDEF");
    a.memberId = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");
    a.username = QStringLiteral("jdoe");
    a.fullName = QStringLiteral("Jane Doe-Ünïcødé");
    a.scopes = {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("account")};
    a.expiration = QStringLiteral("30days");
    a.expires = QDateTime(QDate(2031, 5, 1), QTime(10, 20, 30, 456), Qt::UTC);
    a.endpoint.apiHost = QUrl(QStringLiteral("https://proxy.example.com:8443/trello/1"));
    a.endpoint.headers = {CustomHeader("X-Request-Id", "abc123"), CustomHeader("X-Team", "blue team")};
    a.endpoint.credentialsIn = ApiEndpoint::CredentialsIn::Header;
    a.endpoint.caFile = QStringLiteral("/etc/ssl/corp-ca.pem");
    a.appName = QStringLiteral("My Tool");
    a.authorizeUrl = QUrl(QStringLiteral("https://trello.example.com/1/authorize"));
    a.returnUrl = QUrl(QStringLiteral("http://127.0.0.1:9999/cb"));
    a.lastChecked = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    return a;
}

QJsonObject validJson()
{
    return fullAccount().toJson();
}

} // namespace

class TestAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void id();
    void defaults();
    void roundTrip();
    void roundTripMinimal();
    void roundTripThroughText();
    void jsonShape();
    void noTokenField();
    void optionalFieldsMayBeMissing();
    void nullTimesMeanNever();
    void timesAreUtc();
    void invalid_data();
    void invalid();
    void missingRequired_data();
    void missingRequired();
    void unknownKeysIgnored();
    void failureLeavesOutputUntouched();
    void fuzz();
    void secretHeaderValuesAreNeverWritten();
};

void TestAccount::id()
{
    Account a;
    a.apiKey = QStringLiteral("0123456789abcdef0123456789abcdef");
    a.memberId = QStringLiteral("abc");
    QCOMPARE(a.id(), QStringLiteral("0123456789abcdef0123456789abcdef:abc"));
}

void TestAccount::defaults()
{
    const Account a;
    QCOMPARE(a.appName, QStringLiteral("trello-onboard"));
    QCOMPARE(a.endpoint.apiHost, QUrl(QStringLiteral("https://api.trello.com/1")));
    QCOMPARE(a.authorizeUrl, QUrl(QStringLiteral("https://trello.com/1/authorize")));
    QVERIFY(!a.expires.isValid());
    QVERIFY(!a.lastChecked.isValid());
}

void TestAccount::roundTrip()
{
    const Account original = fullAccount();
    QVERIFY(!original.validate());
    Account parsed;
    const Error e = Account::fromJson(original.toJson(), &parsed);
    QVERIFY2(!e, qPrintable(e.message()));
    QCOMPARE(parsed.apiKey, original.apiKey);
    QCOMPARE(parsed.memberId, original.memberId);
    QCOMPARE(parsed.username, original.username);
    QCOMPARE(parsed.fullName, original.fullName);
    QCOMPARE(parsed.scopes, original.scopes);
    QCOMPARE(parsed.expiration, original.expiration);
    QCOMPARE(parsed.expires, original.expires);
    QCOMPARE(parsed.endpoint.apiHost, original.endpoint.apiHost);
    QVERIFY(parsed.endpoint.headers == original.endpoint.headers);
    QCOMPARE(parsed.endpoint.credentialsIn, original.endpoint.credentialsIn);
    QCOMPARE(parsed.endpoint.caFile, original.endpoint.caFile);
    QCOMPARE(parsed.appName, original.appName);
    QCOMPARE(parsed.authorizeUrl, original.authorizeUrl);
    QCOMPARE(parsed.returnUrl, original.returnUrl);
    QCOMPARE(parsed.lastChecked, original.lastChecked);
    QCOMPARE(parsed.id(), original.id());
    QVERIFY(parsed == original);
}

void TestAccount::roundTripMinimal()
{
    Account a;
    a.apiKey = QStringLiteral("0123456789abcdef0123456789abcdef");
    a.memberId = QStringLiteral("m1");
    a.username = QStringLiteral("someone");
    a.scopes = {QStringLiteral("read")};
    a.expiration = QStringLiteral("never");
    Account parsed;
    QVERIFY(!Account::fromJson(a.toJson(), &parsed));
    QVERIFY(parsed == a);
    QVERIFY(!parsed.expires.isValid());
    QVERIFY(parsed.endpoint.headers.isEmpty());
}

void TestAccount::roundTripThroughText()
{
    const QByteArray text = QJsonDocument(fullAccount().toJson()).toJson();
    Account parsed;
    QVERIFY(!Account::fromJson(QJsonDocument::fromJson(text).object(), &parsed));
    QVERIFY(parsed == fullAccount());
}

void TestAccount::jsonShape()
{
    // Other programs read these names (PRODUCT.md, "Storage").
    const QJsonObject json = fullAccount().toJson();
    QCOMPARE(json.value(QStringLiteral("id")).toString(), fullAccount().id());
    QCOMPARE(json.value(QStringLiteral("apiKey")).toString(), fullAccount().apiKey);
    QCOMPARE(json.value(QStringLiteral("memberId")).toString(), fullAccount().memberId);
    QCOMPARE(json.value(QStringLiteral("scopes")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("expires")).toString(), QStringLiteral("2031-05-01T10:20:30.456Z"));
    QCOMPARE(json.value(QStringLiteral("apiHost")).toString(),
             QStringLiteral("https://proxy.example.com:8443/trello/1"));
    QCOMPARE(json.value(QStringLiteral("credentialsIn")).toString(), QStringLiteral("header"));
    QCOMPARE(json.value(QStringLiteral("headers")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("X-Request-Id"));
    Account never = fullAccount();
    never.expires = QDateTime();
    QVERIFY(never.toJson().value(QStringLiteral("expires")).isNull());
}

void TestAccount::noTokenField()
{
    const QJsonObject json = fullAccount().toJson();
    for (auto it = json.begin(); it != json.end(); ++it)
        QVERIFY2(!it.key().contains(QStringLiteral("token"), Qt::CaseInsensitive), qPrintable(it.key()));
}

void TestAccount::optionalFieldsMayBeMissing()
{
    QJsonObject json = validJson();
    for (const char *optional : {"id", "fullName", "expires", "apiHost", "headers", "credentialsIn", "caFile",
                                 "appName", "authorizeUrl", "returnUrl", "lastChecked"})
        json.remove(QLatin1String(optional));
    Account parsed;
    const Error e = Account::fromJson(json, &parsed);
    QVERIFY2(!e, qPrintable(e.message()));
    const Account defaults;
    QCOMPARE(parsed.endpoint.apiHost, defaults.endpoint.apiHost);
    QCOMPARE(parsed.endpoint.credentialsIn, ApiEndpoint::CredentialsIn::Query);
    QCOMPARE(parsed.appName, defaults.appName);
    QCOMPARE(parsed.returnUrl, defaults.returnUrl);
    QVERIFY(!parsed.expires.isValid());
    QVERIFY(parsed.fullName.isEmpty());
}

void TestAccount::nullTimesMeanNever()
{
    QJsonObject json = validJson();
    json.insert(QStringLiteral("expires"), QJsonValue::Null);
    json.insert(QStringLiteral("lastChecked"), QJsonValue::Null);
    Account parsed;
    QVERIFY(!Account::fromJson(json, &parsed));
    QVERIFY(!parsed.expires.isValid());
    QVERIFY(!parsed.lastChecked.isValid());
}

void TestAccount::timesAreUtc()
{
    QJsonObject json = validJson();
    json.insert(QStringLiteral("expires"), QStringLiteral("2031-05-01T12:20:30+02:00"));
    Account parsed;
    QVERIFY(!Account::fromJson(json, &parsed));
    QCOMPARE(parsed.expires, QDateTime(QDate(2031, 5, 1), QTime(10, 20, 30), Qt::UTC));
    QCOMPARE(parsed.expires.timeSpec(), Qt::UTC);
}

void TestAccount::invalid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    const auto row = [](const char *name, const char *field, const QJsonValue &value) {
        QTest::newRow(name) << QString::fromLatin1(field) << value;
    };
    row("key short", "apiKey", QStringLiteral("0123"));
    row("key not hex", "apiKey", QStringLiteral("0123456789abcdef0123456789abcdeg"));
    row("key number", "apiKey", 12345);
    row("key null", "apiKey", QJsonValue::Null);
    row("member empty", "memberId", QString());
    row("member colon", "memberId", QStringLiteral("a:b"));
    row("member space", "memberId", QStringLiteral("a b"));
    row("member too long", "memberId", QString(65, QLatin1Char('a')));
    row("member array", "memberId", QJsonArray{QStringLiteral("x")});
    row("id mismatch", "id", QStringLiteral("0123456789abcdef0123456789ABCDEF:other"));
    row("id number", "id", 1);
    row("username empty", "username", QString());
    row("username blank", "username", QStringLiteral("   "));
    row("username control", "username", QStringLiteral("a\nb"));
    row("username bool", "username", true);
    row("full name control", "fullName", QStringLiteral("Jane\a"));
    row("full name object", "fullName", QJsonObject());
    row("scopes string", "scopes", QStringLiteral("read"));
    row("scopes empty", "scopes", QJsonArray());
    row("scopes unknown", "scopes", QJsonArray{QStringLiteral("admin")});
    row("scopes twice", "scopes", QJsonArray{QStringLiteral("read"), QStringLiteral("read")});
    row("scopes comma", "scopes", QJsonArray{QStringLiteral("read,write")});
    row("scopes blank element", "scopes", QJsonArray{QStringLiteral("read"), QString()});
    row("scopes number element", "scopes", QJsonArray{QStringLiteral("read"), 3});
    row("expiration unknown", "expiration", QStringLiteral("2days"));
    row("expiration number", "expiration", 30);
    row("expires garbage", "expires", QStringLiteral("next tuesday"));
    row("expires number", "expires", 1700000000);
    row("lastChecked garbage", "lastChecked", QStringLiteral("2030-13-45T99:00:00Z"));
    row("lastChecked object", "lastChecked", QJsonObject());
    row("apiHost ftp", "apiHost", QStringLiteral("ftp://api.trello.com/1"));
    row("apiHost http remote", "apiHost", QStringLiteral("http://api.trello.com/1"));
    row("apiHost user info", "apiHost", QStringLiteral("https://api.trello.com@evil.example/1"));
    row("apiHost query", "apiHost", QStringLiteral("https://api.trello.com/1?x=y"));
    row("apiHost empty", "apiHost", QString());
    row("apiHost relative", "apiHost", QStringLiteral("api.trello.com"));
    row("apiHost number", "apiHost", 443);
    row("headers object", "headers", QJsonObject{{QStringLiteral("X-A"), QStringLiteral("b")}});
    row("headers string", "headers", QStringLiteral("X-A: b"));
    row("header bad name", "headers",
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X A")},
                               {QStringLiteral("value"), QStringLiteral("b")}}});
    row("header CRLF value", "headers",
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-A")},
                               {QStringLiteral("value"), QStringLiteral("b\r\nHost: evil")}}});
    row("header reserved", "headers",
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Host")},
                               {QStringLiteral("value"), QStringLiteral("x")}}});
    row("header non-ascii", "headers",
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-A")},
                               {QStringLiteral("value"), QStringLiteral("é")}}});
    row("header missing value", "headers", QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-A")}}});
    row("header value number", "headers",
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-A")}, {QStringLiteral("value"), 1}}});
    row("header element string", "headers", QJsonArray{QStringLiteral("X-A: b")});
    row("credentialsIn unknown", "credentialsIn", QStringLiteral("body"));
    row("credentialsIn null", "credentialsIn", QJsonValue::Null);
    row("caFile number", "caFile", 1);
    row("caFile control", "caFile", QStringLiteral("/tmp/a\nb"));
    row("appName empty", "appName", QString());
    row("appName too long", "appName", QString(101, QLatin1Char('x')));
    row("appName array", "appName", QJsonArray());
    row("authorizeUrl javascript", "authorizeUrl", QStringLiteral("javascript:alert(1)"));
    row("authorizeUrl number", "authorizeUrl", 1);
    row("returnUrl fragment", "returnUrl", QStringLiteral("http://localhost:1/cb#x"));
    row("returnUrl http remote", "returnUrl", QStringLiteral("http://example.com/cb"));
}

void TestAccount::invalid()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = validJson();
    json.insert(field, value);
    const Error e = Account::fromJson(json, nullptr);
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QVERIFY(!e.message().isEmpty());
}

void TestAccount::missingRequired_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : {"apiKey", "memberId", "username", "scopes", "expiration"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TestAccount::missingRequired()
{
    QFETCH(QString, field);
    QJsonObject json = validJson();
    json.remove(field);
    const Error e = Account::fromJson(json, nullptr);
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QVERIFY2(e.message().contains(field), qPrintable(e.message()));
}

void TestAccount::unknownKeysIgnored()
{
    QJsonObject json = validJson();
    json.insert(QStringLiteral("addedInVersion9"), QJsonArray{1, 2, 3});
    Account parsed;
    QVERIFY(!Account::fromJson(json, &parsed));
    QVERIFY(parsed == fullAccount());
}

void TestAccount::failureLeavesOutputUntouched()
{
    Account out = fullAccount();
    QJsonObject json = validJson();
    json.insert(QStringLiteral("username"), QString());
    json.insert(QStringLiteral("memberId"), QStringLiteral("other"));
    QVERIFY(Account::fromJson(json, &out));
    QVERIFY(out == fullAccount());
}

void TestAccount::secretHeaderValuesAreNeverWritten()
{
    Account a = fullAccount();
    a.endpoint.headers = {CustomHeader("X-Team", "blue"), CustomHeader("X-Api-Key", "s3cret"), CustomHeader("Cookie", "c=1")};
    const QJsonObject json = a.toJson();
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY2(!text.contains("s3cret") && !text.contains("c=1"), text.constData());
    QVERIFY(text.contains("blue"));
    QVERIFY(!a.hasUnmovedSecretValues());
    QVERIFY(!a.hasKeptHeaders());
    // Read back: the secret headers' values are kept in the keychain, not read yet.
    Account back;
    QVERIFY(!Account::fromJson(json, &back));
    QCOMPARE(back.endpoint.headers.size(), 3);
    QCOMPARE(back.endpoint.headers.at(0), CustomHeader("X-Team", "blue"));
    QVERIFY(back.endpoint.headers.at(1).isValueKept());
    QCOMPARE(back.endpoint.headers.at(1).name(), QByteArray("X-Api-Key"));
    QVERIFY(back.hasKeptHeaders());
    QVERIFY(!back.hasUnmovedSecretValues());
    QCOMPARE(back.toJson(), json); // a fixed point
    // "secret" on a header whose name is not a secret header's is refused.
    QJsonObject forged = json;
    forged.insert(QStringLiteral("headers"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Team")},
                                                                    {QStringLiteral("secret"), true}}});
    QCOMPARE(Account::fromJson(forged, &back).kind(), ErrorKind::BadInput);
    // An earlier release wrote the value: read as it is, and written back as it was (any write of
    // the settings file keeps it) until it is moved to the keychain.
    QJsonObject legacy = json;
    legacy.insert(QStringLiteral("headers"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Cookie")},
                                                                    {QStringLiteral("value"), QStringLiteral("c=1")}}});
    QVERIFY(!Account::fromJson(legacy, &back));
    QVERIFY(back.hasUnmovedSecretValues());
    QCOMPARE(back.endpoint.headers.first().value(), QByteArray("c=1"));
    QCOMPARE(back.toJson().value(QStringLiteral("headers")), legacy.value(QStringLiteral("headers")));
    const Account moved = back.withSecretValuesKept();
    QVERIFY(!moved.hasUnmovedSecretValues());
    QVERIFY(moved.endpoint.headers.first().isValueKept());
    QVERIFY(!QJsonDocument(moved.toJson()).toJson().contains("c=1"));
}

void TestAccount::fuzz()
{
    // Random values of every JSON type in every field (and unknown ones): fromJson either accepts
    // the object or says BadInput; it never crashes and never reports another kind.
    QRandomGenerator random(20240501);
    const QStringList fields = validJson().keys() + QStringList{QStringLiteral("extra")};
    const auto randomValue = [&random](auto &self, int depth) -> QJsonValue {
        switch (random.bounded(depth > 2 ? 6 : 8)) {
        case 0:
            return QJsonValue::Null;
        case 1:
            return random.bounded(2) == 1;
        case 2:
            return random.generateDouble() * 1e12 - 5e11;
        case 3: {
            QString s;
            const int length = random.bounded(0, 120);
            for (int i = 0; i < length; ++i)
                s.append(QChar(char16_t(random.bounded(1, 0xD7FF))));
            return s;
        }
        case 4: {
            const char *samples[] = {"read",
                                     "write",
                                     "never",
                                     "30days",
                                     "https://a.example/1",
                                     "http://localhost:1/",
                                     "0123456789abcdef0123456789abcdef",
                                     "",
                                     ":",
                                     "1970-01-01T00:00:00Z"};
            return QString::fromLatin1(samples[random.bounded(int(std::size(samples)))]);
        }
        case 5:
            return QString(random.bounded(0, 70000), QLatin1Char('a'));
        case 6: {
            QJsonArray array;
            const int n = random.bounded(0, 5);
            for (int i = 0; i < n; ++i)
                array.append(self(self, depth + 1));
            return array;
        }
        default: {
            QJsonObject object;
            const int n = random.bounded(0, 4);
            for (int i = 0; i < n; ++i) {
                const char *names[] = {"name", "value", "x", ""};
                object.insert(QString::fromLatin1(names[random.bounded(4)]), self(self, depth + 1));
            }
            return object;
        }
        }
    };
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QJsonObject json = validJson();
        const int changes = random.bounded(1, 4);
        for (int i = 0; i < changes; ++i) {
            const QString field = fields.at(random.bounded(int(fields.size())));
            if (random.bounded(5) == 0)
                json.remove(field);
            else
                json.insert(field, randomValue(randomValue, 0));
        }
        Account parsed;
        const Error e = Account::fromJson(json, &parsed);
        if (e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
        } else {
            ++accepted;
            // Whatever is accepted survives its own round trip.
            Account again;
            QVERIFY(!Account::fromJson(parsed.toJson(), &again));
            QVERIFY(again == parsed);
        }
    }
    qInfo("%d of 3000 mutated objects were accepted", accepted);
    // Whole documents of garbage.
    for (int round = 0; round < 500; ++round) {
        const QJsonValue value = randomValue(randomValue, 0);
        QVERIFY(Account::fromJson(value.toObject(), nullptr));
    }
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
