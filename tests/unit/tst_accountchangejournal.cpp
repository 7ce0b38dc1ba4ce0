// AccountChangeJournal: the record of stores and removals in flight (account records, never
// tokens), next to the settings file.
#include "AccountChangeJournal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;

namespace {
Account sample(const QString &member)
{
    Account a;
    a.apiKey = QStringLiteral("0123456789abcdef0123456789abcdef");
    a.memberId = member;
    a.username = QStringLiteral("jdoe");
    a.scopes = {QStringLiteral("read")};
    a.expiration = QStringLiteral("30days");
    return a;
}
} // namespace

class TestAccountChangeJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathNextToTheSettingsFile()
    {
        QCOMPARE(AccountChangeJournal::pathFor(QStringLiteral("/c/accounts.json")), QStringLiteral("/c/accounts.changes.json"));
    }

    void addReadRemove()
    {
        QTemporaryDir dir;
        AccountChangeJournal journal(dir.filePath(QStringLiteral("accounts.changes.json")));
        QList<AccountChangeJournal::Entry> entries;
        QVERIFY(!journal.read(&entries));
        QVERIFY(entries.isEmpty());

        const Account a = sample(QStringLiteral("m1"));
        QVERIFY(!journal.add({a.id(), AccountChangeJournal::Change::Store, a}));
        QVERIFY(!journal.add({QStringLiteral("k:m2"), AccountChangeJournal::Change::Remove, {}}));
        QVERIFY(!journal.read(&entries));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).accountId, a.id());
        QCOMPARE(entries.at(0).change, AccountChangeJournal::Change::Store);
        QCOMPARE(entries.at(0).account.username, QStringLiteral("jdoe"));
        QCOMPARE(entries.at(1).change, AccountChangeJournal::Change::Remove);
        QCOMPARE(QFile(journal.path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // A second change of the same account replaces the first.
        QVERIFY(!journal.add({a.id(), AccountChangeJournal::Change::Remove, {}}));
        QVERIFY(!journal.read(&entries));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).accountId, a.id());
        QCOMPARE(entries.at(1).change, AccountChangeJournal::Change::Remove);

        QVERIFY(!journal.remove(a.id()));
        QVERIFY(!journal.remove(QStringLiteral("k:m2")));
        QVERIFY(!QFile::exists(journal.path())); // empty: gone
    }

    void entriesThatCannotBeUnderstoodAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.changes.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\":1,\"changes\":["
                   "{\"accountId\":\"a:1\",\"change\":\"store\",\"account\":{\"apiKey\":\"x\"}},"
                   "{\"accountId\":\"a:2\",\"change\":\"explode\"},{\"change\":\"remove\"},"
                   "{\"accountId\":\"a:3\",\"change\":\"remove\"}]}");
        file.close();
        QList<AccountChangeJournal::Entry> entries;
        QVERIFY(!AccountChangeJournal(path).read(&entries));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).accountId, QStringLiteral("a:3"));
    }

    void garbageFileIsAnErrorAndNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.changes.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x01\x02 not json");
        file.close();
        QList<AccountChangeJournal::Entry> entries;
        QCOMPARE(AccountChangeJournal(path).read(&entries).kind(), ErrorKind::BadInput);
        QCOMPARE(AccountChangeJournal(path).remove(QStringLiteral("a:1")).kind(), ErrorKind::BadInput);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\x01\x02 not json"));
    }
};

QTEST_GUILESS_MAIN(TestAccountChangeJournal)
#include "tst_accountchangejournal.moc"
