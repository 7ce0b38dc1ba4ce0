// AccountAttention: the one rule for who needs the person after a check (PRODUCT.md, "Keeping
// tokens alive"): a token that expires within a week or has expired (never a 1hour or 1day
// token), a token Trello refuses, an OAuth 2.0 grant that ended. The record's dates count with or
// without the network; a network failure or a locked keychain alone is no reason.
#include "operations/AccountAttention.h"

#include <QTest>

using namespace onboard;

Q_DECLARE_METATYPE(AccountAttention::Reason)

namespace {
const QDateTime Now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

Account trelloAccount(const QString &expiration, const QDateTime &expires)
{
    Account a;
    a.apiKey = QString(32, QLatin1Char('a'));
    a.memberId = QStringLiteral("5f0000000000000000000001");
    a.username = QStringLiteral("demo");
    a.expiration = expiration;
    a.expires = expires;
    return a;
}

Account oauthAccount(const QDateTime &renewed)
{
    Account a = trelloAccount(QString(), Now.addSecs(600)); // the access token's short life
    a.apiKey.clear();
    a.clientId = QStringLiteral("client");
    a.grantRenewed = renewed;
    return a;
}
} // namespace

class TestAccountAttention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasons_data()
    {
        const Error none;
        const Error refused(ErrorKind::TokenRefused, QStringLiteral("expired token"));
        const Error network(ErrorKind::Network, QStringLiteral("unreachable"));
        const Error keychain(ErrorKind::Keychain, QStringLiteral("locked"));
        QTest::addColumn<Account>("account");
        QTest::addColumn<Error>("checkError");
        QTest::addColumn<AccountAttention::Reason>("reason");
        QTest::addColumn<QString>("sentence"); // a part of it

        using R = AccountAttention::Reason;
        QTest::newRow("fine") << trelloAccount(QStringLiteral("30days"), Now.addDays(20)) << none << R::None << QString();
        QTest::newRow("never expires") << trelloAccount(QStringLiteral("never"), QDateTime()) << none << R::None << QString();
        QTest::newRow("in 5 days") << trelloAccount(QStringLiteral("30days"), Now.addDays(5).addSecs(60)) << none
                                   << R::ExpiresSoon << QStringLiteral("expires in 5 days (2026-12-02)");
        QTest::newRow("tomorrow") << trelloAccount(QStringLiteral("30days"), Now.addDays(1).addSecs(60)) << none
                                  << R::ExpiresSoon << QStringLiteral("expires tomorrow");
        QTest::newRow("in 7 days is not yet") << trelloAccount(QStringLiteral("30days"), Now.addDays(7).addSecs(60)) << none
                                              << R::None << QString();
        QTest::newRow("soon, network down") << trelloAccount(QStringLiteral("30days"), Now.addDays(3).addSecs(60)) << network
                                            << R::ExpiresSoon << QStringLiteral("expires in 3 days");
        QTest::newRow("soon, keychain locked") << trelloAccount(QStringLiteral("30days"), Now.addDays(3).addSecs(60)) << keychain
                                               << R::ExpiresSoon << QStringLiteral("expires in 3 days");
        QTest::newRow("1day token ends today") << trelloAccount(QStringLiteral("1day"), Now.addSecs(3600)) << none << R::None << QString();
        QTest::newRow("expired, Trello says so") << trelloAccount(QStringLiteral("30days"), Now.addDays(-2)) << refused
                                                 << R::Expired << QStringLiteral("expired on 2026-11-25; get a new one: trello-onboard rotate --account demo");
        QTest::newRow("expired, network down") << trelloAccount(QStringLiteral("30days"), Now.addDays(-2)) << network
                                               << R::Expired << QStringLiteral("expired on 2026-11-25");
        QTest::newRow("expired by the record, Trello takes it") << trelloAccount(QStringLiteral("30days"), Now.addDays(-2)) << none
                                                                << R::None << QString();
        QTest::newRow("expired 1hour token") << trelloAccount(QStringLiteral("1hour"), Now.addDays(-1)) << refused << R::None << QString();
        QTest::newRow("refused before its date") << trelloAccount(QStringLiteral("30days"), Now.addDays(20)) << refused
                                                 << R::Refused << QStringLiteral("Trello refuses the token of demo");
        QTest::newRow("refused, never expires") << trelloAccount(QStringLiteral("never"), QDateTime()) << refused
                                                << R::Refused << QStringLiteral("Trello refuses");
        QTest::newRow("network down alone") << trelloAccount(QStringLiteral("30days"), Now.addDays(20)) << network << R::None << QString();
        QTest::newRow("grant young") << oauthAccount(Now.addDays(-1)) << none << R::None << QString();
        QTest::newRow("grant lapses in 3 days") << oauthAccount(Now.addDays(-Account::GrantIdleDays + 3).addSecs(60)) << none
                                                << R::ExpiresSoon << QStringLiteral("lapses in 3 days");
        QTest::newRow("grant ended") << oauthAccount(Now.addDays(-1)) << refused << R::GrantEnded
                                     << QStringLiteral("could not be kept alive; sign in again");
        QTest::newRow("access token past, network down") << oauthAccount(Now.addDays(-1)) << network << R::None << QString();
    }

    void reasons()
    {
        QFETCH(Account, account);
        QFETCH(Error, checkError);
        QFETCH(AccountAttention::Reason, reason);
        QFETCH(QString, sentence);
        const AccountAttention attention = AccountAttention::of(account, checkError, Now);
        QCOMPARE(attention.reason(), reason);
        QCOMPARE(attention.needed(), reason != AccountAttention::Reason::None);
        QVERIFY2(attention.sentence().contains(sentence), qPrintable(attention.sentence()));
        QCOMPARE(attention.sentence().isEmpty(), reason == AccountAttention::Reason::None);
    }

    void names()
    {
        QCOMPARE(AccountAttention::of(trelloAccount(QStringLiteral("30days"), Now.addDays(2)), {}, Now).name(), QStringLiteral("expires-soon"));
        QCOMPARE(AccountAttention::of(trelloAccount(QStringLiteral("30days"), Now.addDays(-2)), Error(ErrorKind::TokenRefused, QString()), Now).name(),
                 QStringLiteral("expired"));
        QCOMPARE(AccountAttention::of(trelloAccount(QStringLiteral("never"), {}), Error(ErrorKind::TokenRefused, QString()), Now).name(),
                 QStringLiteral("refused"));
        QCOMPARE(AccountAttention::of(oauthAccount(Now), Error(ErrorKind::TokenRefused, QString()), Now).name(), QStringLiteral("grant-ended"));
        QVERIFY(AccountAttention::of(trelloAccount(QStringLiteral("never"), {}), {}, Now).name().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountAttention)
#include "tst_accountattention.moc"
