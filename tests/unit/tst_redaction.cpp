#include "common/Redaction.h"

#include <QTest>

using namespace onboard;

namespace {
const QString Token = QStringLiteral("ATTA") + QString(64, QLatin1Char('a')) + QStringLiteral("ABCDEF12");
}

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenQueryItemIsMasked()
    {
        const QUrl url(QStringLiteral("https://api.trello.com/1/members/me?key=0123&token=") + Token);
        const QString shown = Redaction::url(url);
        QVERIFY(!shown.contains(Token));
        QVERIFY2(shown.contains(QStringLiteral("token=***")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("key=0123")));
    }

    void tokenInPathIsMasked()
    {
        const QUrl url(QStringLiteral("https://api.trello.com/1/tokens/") + Token + QStringLiteral("/?key=1"));
        const QString shown = Redaction::url(url, Token);
        QVERIFY(!shown.contains(Token));
        QVERIFY2(shown.contains(QStringLiteral("/tokens/***/")), qPrintable(shown));
    }

    void userInfoIsDropped()
    {
        const QString shown = Redaction::url(QUrl(QStringLiteral("https://user:secret@host.example/1")));
        QVERIFY(!shown.contains(QStringLiteral("secret")));
    }

    void textIsMaskedInAnyCase()
    {
        const QString text = QStringLiteral("server said: ") + Token.toLower() + QStringLiteral(" and ") + Token;
        const QString shown = Redaction::text(text, Token);
        QVERIFY(!shown.contains(Token, Qt::CaseInsensitive));
        QCOMPARE(shown.count(QStringLiteral("***")), 2);
        QCOMPARE(Redaction::text(QStringLiteral("nothing"), QString()), QStringLiteral("nothing"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
