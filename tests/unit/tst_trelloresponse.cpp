#include "trello/TrelloResponse.h"

#include <QTest>

using namespace onboard;

class TestTrelloResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memberIsRead()
    {
        MemberInfo member;
        const Error e = TrelloResponse::parseMember(
            "{\"id\":\"5f1a2b3c4d5e6f7a8b9c0d1e\",\"username\":\"ada\",\"fullName\":\"Ada Lovelace\",\"extra\":[1,2]}", &member);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(member.id, QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e"));
        QCOMPARE(member.username, QStringLiteral("ada"));
        QCOMPARE(member.fullName, QStringLiteral("Ada Lovelace"));
    }

    void memberNamesAreCleaned()
    {
        MemberInfo member;
        QVERIFY(!TrelloResponse::parseMember("{\"id\":\"abc123\",\"username\":\"ada\",\"fullName\":\"Ada\\n\\u0007Love\\tlace\"}", &member));
        QCOMPARE(member.fullName, QStringLiteral("Ada Love lace"));
        QVERIFY(!TrelloResponse::parseMember("{\"id\":\"abc123\",\"username\":\"ada\"}", &member));
        QCOMPARE(member.fullName, QString());
    }

    // Found by fuzz_trelloresponse: a long name cut at 200 characters could end with a space or
    // with half of a surrogate pair; separators and bidi overrides went through.
    void longAndTrickyNamesAreCutCleanly()
    {
        MemberInfo member;
        const QByteArray spaceAtCut = "{\"id\":\"abc123\",\"username\":\"" + QByteArray(199, 'a') + " bbb\"}";
        QVERIFY(!TrelloResponse::parseMember(spaceAtCut, &member));
        QCOMPARE(member.username, QString(199, QLatin1Char('a')) + QChar(0x2026)); // a cut is shown as such
        const QByteArray pairAtCut = "{\"id\":\"abc123\",\"username\":\"ada\",\"fullName\":\"" + QByteArray(199, 'a')
                                     + "\\ud83d\\ude00\"}";
        QVERIFY(!TrelloResponse::parseMember(pairAtCut, &member));
        QCOMPARE(member.fullName, QString(199, QLatin1Char('a')) + QChar(0x2026));
        QVERIFY(!TrelloResponse::parseMember("{\"id\":\"abc123\",\"username\":\"demo\\u202enimda\",\"fullName\":\"A\\u2028B\"}", &member));
        QCOMPARE(member.username, QStringLiteral("demo nimda"));
        QCOMPARE(member.fullName, QStringLiteral("A B"));
        QVERIFY(!TrelloResponse::parseMember("{\"id\":\"abc123\",\"username\":\"a\\ud800b\\udc00\"}", &member));
        QCOMPARE(member.username, QStringLiteral("a\ufffdb\ufffd"));
    }

    void badMember_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("<html>proxy login</html>");
        QTest::newRow("array") << QByteArray("[{\"id\":\"abc\"}]");
        QTest::newRow("no id") << QByteArray("{\"username\":\"ada\"}");
        QTest::newRow("empty id") << QByteArray("{\"id\":\"\",\"username\":\"ada\"}");
        QTest::newRow("numeric id") << QByteArray("{\"id\":12345,\"username\":\"ada\"}");
        QTest::newRow("id with colon") << QByteArray("{\"id\":\"abc:def\",\"username\":\"ada\"}");
        QTest::newRow("id with slash") << QByteArray("{\"id\":\"../../etc\",\"username\":\"ada\"}");
        QTest::newRow("huge id") << (QByteArray("{\"id\":\"") + QByteArray(5000, 'a') + QByteArray("\",\"username\":\"ada\"}"));
        QTest::newRow("no username") << QByteArray("{\"id\":\"abc123\"}");
        QTest::newRow("blank username") << QByteArray("{\"id\":\"abc123\",\"username\":\" \\n \"}");
        QTest::newRow("object fullName") << QByteArray("{\"id\":\"abc123\",\"username\":\"ada\",\"fullName\":{}}");
        QTest::newRow("truncated") << QByteArray("{\"id\":\"abc123\",\"user");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5);
    }

    void badMember()
    {
        QFETCH(QByteArray, body);
        MemberInfo member;
        member.id = QStringLiteral("untouched");
        const Error e = TrelloResponse::parseMember(body, &member);
        QVERIFY(e);
        QCOMPARE(e.kind(), ErrorKind::Network);
        QVERIFY(!e.message().isEmpty());
        QCOMPARE(member.id, QStringLiteral("untouched"));
    }

    void tokenScopes_data()
    {
        QTest::addColumn<QByteArray>("permissions");
        QTest::addColumn<QStringList>("scopes");
        QTest::newRow("read") << QByteArray("[{\"idModel\":\"*\",\"modelType\":\"Board\",\"read\":true,\"write\":false}]")
                              << QStringList{QStringLiteral("read")};
        QTest::newRow("read,write")
            << QByteArray("[{\"idModel\":\"*\",\"modelType\":\"Board\",\"read\":true,\"write\":true},{\"idModel\":\"*\",\"modelType\":\"Organization\",\"read\":true,\"write\":true}]")
            << QStringList{QStringLiteral("read"), QStringLiteral("write")};
        QTest::newRow("account")
            << QByteArray("[{\"modelType\":\"Board\",\"read\":true,\"write\":false},{\"idModel\":\"m1\",\"modelType\":\"Member\",\"read\":true,\"write\":true}]")
            << QStringList{QStringLiteral("read"), QStringLiteral("account")};
        QTest::newRow("none") << QByteArray("[]") << QStringList{};
        QTest::newRow("non-bool flags") << QByteArray("[{\"modelType\":\"Board\",\"read\":\"yes\",\"write\":1}]") << QStringList{};
    }

    void tokenScopes()
    {
        QFETCH(QByteArray, permissions);
        QFETCH(QStringList, scopes);
        const QByteArray body = "{\"id\":\"t1\",\"idMember\":\"abc123\",\"dateCreated\":\"2026-11-01T10:00:00.000Z\",\"dateExpires\":null,\"permissions\":"
                                + permissions + "}";
        TokenInfo info;
        const Error e = TrelloResponse::parseToken(body, &info);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(info.scopes, scopes);
        QCOMPARE(info.memberId, QStringLiteral("abc123"));
        QVERIFY(!info.expires.isValid());
        QCOMPARE(info.created, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
    }

    void tokenExpiry()
    {
        TokenInfo info;
        QVERIFY(!TrelloResponse::parseToken(
            "{\"idMember\":\"abc123\",\"dateCreated\":\"2026-11-01T10:00:00.000Z\",\"dateExpires\":\"2026-12-01T10:00:00.123Z\",\"permissions\":[]}", &info));
        QCOMPARE(info.expires, QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 123), Qt::UTC));
    }

    void badToken_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("invalid token");
        QTest::newRow("no member") << QByteArray("{\"permissions\":[]}");
        QTest::newRow("bad member") << QByteArray("{\"idMember\":\"a b\",\"permissions\":[]}");
        QTest::newRow("no permissions") << QByteArray("{\"idMember\":\"abc\"}");
        QTest::newRow("permissions object") << QByteArray("{\"idMember\":\"abc\",\"permissions\":{}}");
        QTest::newRow("permission not object") << QByteArray("{\"idMember\":\"abc\",\"permissions\":[1]}");
        QTest::newRow("bad date") << QByteArray("{\"idMember\":\"abc\",\"dateExpires\":\"tomorrow\",\"permissions\":[]}");
        QTest::newRow("numeric date") << QByteArray("{\"idMember\":\"abc\",\"dateCreated\":17,\"permissions\":[]}");
    }

    void badToken()
    {
        QFETCH(QByteArray, body);
        TokenInfo info;
        const Error e = TrelloResponse::parseToken(body, &info);
        QVERIFY(e);
        QCOMPARE(e.kind(), ErrorKind::Network);
    }
};

QTEST_GUILESS_MAIN(TestTrelloResponse)
#include "tst_trelloresponse.moc"
