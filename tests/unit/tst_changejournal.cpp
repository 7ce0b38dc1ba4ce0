// ChangeJournal: the one record of changes in flight (account records and ids, never tokens),
// next to the settings file, changed only under the change lock; and the files of the release
// before (version 1, rotations in their own file), read and emptied.
#include "RunKeychainJob.h"
#include "TestSupport.h"
#include "accounts/ChangeLock.h"
#include "changes/ChangeJournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;
using Kind = ChangeJournal::Kind;

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

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString startedOf(const QString &path, const QString &listKey, int index)
{
    return QJsonDocument::fromJson(contents(path))
        .object()
        .value(listKey)
        .toArray()
        .at(index)
        .toObject()
        .value(QStringLiteral("started"))
        .toString();
}
} // namespace

class TestChangeJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_folders = 0;
    QString m_settings;

    std::unique_ptr<ChangeLock> lock() { return test::heldLock(m_settings); }

private Q_SLOTS:
    void init()
    {
        m_settings = m_dir.filePath(QStringLiteral("f%1/accounts.json").arg(++m_folders));
    }

    void pathsAndStashKey()
    {
        QCOMPARE(ChangeJournal::pathFor(QStringLiteral("/c/accounts.json")), QStringLiteral("/c/accounts.changes.json"));
        QCOMPARE(ChangeJournal::pathFor(QStringLiteral("/c/accounts-demo.json")),
                 QStringLiteral("/c/accounts-demo.changes.json"));
        QCOMPARE(ChangeJournal::legacyRotationsPathFor(QStringLiteral("/c/accounts.json")),
                 QStringLiteral("/c/accounts.rotating.json"));
        QCOMPARE(ChangeJournal::legacyRotationsPathFor(QStringLiteral("/c/accounts-demo.json")),
                 QStringLiteral("/c/accounts-demo.rotating.json"));
        QCOMPARE(ChangeJournal::stashKey(QStringLiteral("k:m")), QStringLiteral("k:m#rotating-old"));
        QCOMPARE(ChangeLock::pathFor(QStringLiteral("/c/accounts.json")), QStringLiteral("/c/accounts.changes.lock"));
    }

    void addReadRemove()
    {
        ChangeJournal journal(m_settings);
        const auto held = lock();
        QVERIFY(held);
        QList<ChangeJournal::Entry> entries;
        QVERIFY(!journal.read(&entries));
        QVERIFY(entries.isEmpty());
        QVERIFY(!journal.exists());

        const Account a = sample(QStringLiteral("m1"));
        QVERIFY(!journal.add(*held, {Kind::Store, a.id(), a, {}}));
        QVERIFY(!journal.add(*held, {Kind::Remove, QStringLiteral("k:m2"), {}, {}}));
        QVERIFY(journal.exists());
        QVERIFY(!journal.read(&entries));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).accountId, a.id());
        QCOMPARE(entries.at(0).kind, Kind::Store);
        QCOMPARE(entries.at(0).account.username, QStringLiteral("jdoe"));
        QVERIFY(entries.at(0).started.isValid());
        QCOMPARE(entries.at(1).kind, Kind::Remove);
        QCOMPARE(QFile(journal.path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(QJsonDocument::fromJson(contents(journal.path())).object().value(QStringLiteral("version")).toInt(),
                 ChangeJournal::FormatVersion);
        QVERIFY(!contents(journal.path()).contains("\"token\""));

        // A removal of the same account takes the store's place.
        QVERIFY(!journal.add(*held, {Kind::Remove, a.id(), {}, {}}));
        QVERIFY(!journal.read(&entries));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).accountId, a.id());
        QCOMPARE(entries.at(1).kind, Kind::Remove);

        QVERIFY(!journal.remove(*held, a.id(), Kind::Remove));
        QVERIFY(!journal.remove(*held, QStringLiteral("k:m2"), Kind::Remove));
        QVERIFY(!QFile::exists(journal.path())); // empty: gone
    }

    void rotationsBesideRecords()
    {
        ChangeJournal journal(m_settings);
        const auto held = lock();
        QVERIFY(held);
        QVERIFY(!journal.add(*held, {Kind::Rotate, QStringLiteral("a:1"), {}, {}}));
        const QString firstStarted = startedOf(journal.path(), QStringLiteral("changes"), 0);
        QVERIFY(!firstStarted.isEmpty());
        QTest::qWait(5);
        QVERIFY(!journal.add(*held, {Kind::Rotate, QStringLiteral("b:2"), {}, {}}));
        QVERIFY(!journal.add(*held, {Kind::Rotate, QStringLiteral("a:1"), {}, {}})); // once only
        // A removal of a rotating account does not take the rotation's place: its stash stays named.
        QVERIFY(!journal.add(*held, {Kind::Remove, QStringLiteral("a:1"), {}, {}}));
        QList<ChangeJournal::Entry> entries;
        QVERIFY(!journal.read(&entries));
        QCOMPARE(entries.size(), 3);
        // Stores and removals first, then rotations: the order the recovery takes them in.
        QCOMPARE(entries.at(0).kind, Kind::Remove);
        QCOMPARE(entries.at(1).accountId, QStringLiteral("b:2"));
        QCOMPARE(entries.at(2).accountId, QStringLiteral("a:1"));
        QCOMPARE(entries.at(2).started.toString(Qt::ISODateWithMs), firstStarted);
        QVERIFY(journal.contains(QStringLiteral("a:1"), Kind::Rotate));
        QVERIFY(!journal.contains(QStringLiteral("a:1"), Kind::Store));
        QVERIFY(!journal.remove(*held, QStringLiteral("a:1"), Kind::Rotate));
        QVERIFY(!journal.contains(QStringLiteral("a:1"), Kind::Rotate));
        QVERIFY(journal.contains(QStringLiteral("a:1"), Kind::Remove));
    }

    void changedOnlyUnderTheLock()
    {
        ChangeJournal journal(m_settings);
        ChangeLock notHeld(m_settings);
        QCOMPARE(journal.add(notHeld, {Kind::Remove, QStringLiteral("a:1"), {}, {}}).kind(), ErrorKind::LocalStore);
        QVERIFY(!journal.exists());
    }

    void entriesThatCannotBeUnderstoodAreSkippedAndKept()
    {
        QDir().mkpath(QFileInfo(m_settings).absolutePath());
        const QString path = ChangeJournal::pathFor(m_settings);
        write(path, "{\"version\":2,\"changes\":["
                    "{\"accountId\":\"a:1\",\"change\":\"store\",\"account\":{\"apiKey\":\"x\"}},"
                    "{\"accountId\":\"a:2\",\"change\":\"explode\"},{\"change\":\"remove\"},"
                    "{\"accountId\":\"a:3\",\"change\":\"remove\"}]}");
        QList<ChangeJournal::Entry> entries;
        QVERIFY(!ChangeJournal(m_settings).read(&entries));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).accountId, QStringLiteral("a:3"));
        // Settling one entry leaves the ones this release does not understand as they are.
        const auto held = lock();
        QVERIFY(!ChangeJournal(m_settings).remove(*held, QStringLiteral("a:3"), Kind::Remove));
        QVERIFY(contents(path).contains("explode"));
    }

    void garbageFileIsAnErrorAndNotOverwritten()
    {
        QDir().mkpath(QFileInfo(m_settings).absolutePath());
        const QString path = ChangeJournal::pathFor(m_settings);
        write(path, "\x01\x02 not json");
        const auto held = lock();
        QList<ChangeJournal::Entry> entries;
        QCOMPARE(ChangeJournal(m_settings).read(&entries).kind(), ErrorKind::BadInput);
        QCOMPARE(ChangeJournal(m_settings).remove(*held, QStringLiteral("a:1"), Kind::Remove).kind(), ErrorKind::BadInput);
        QCOMPARE(ChangeJournal(m_settings).add(*held, {Kind::Rotate, QStringLiteral("a:1"), {}, {}}).kind(),
                 ErrorKind::BadInput);
        QCOMPARE(contents(path), QByteArray("\x01\x02 not json"));
    }

    void newerVersionIsLeftAlone()
    {
        QDir().mkpath(QFileInfo(m_settings).absolutePath());
        const QString path = ChangeJournal::pathFor(m_settings);
        write(path, "{\"version\":3,\"changes\":[{\"accountId\":\"a:3\",\"change\":\"remove\"}]}");
        QList<ChangeJournal::Entry> entries;
        const Error e = ChangeJournal(m_settings).read(&entries);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY(e.message().contains(QStringLiteral("newer")));
    }

    // The release before this one: version 1 of this file (stores and removals), and rotations in
    // accounts.rotating.json. Both are read, and settling their entries empties and removes them.
    void filesOfTheReleaseBeforeAreReadAndEmptied()
    {
        QDir().mkpath(QFileInfo(m_settings).absolutePath());
        const Account a = sample(QStringLiteral("m1"));
        const QString changes = ChangeJournal::pathFor(m_settings);
        const QString rotations = ChangeJournal::legacyRotationsPathFor(m_settings);
        write(changes, QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                 {QStringLiteral("changes"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("accountId"), a.id()},
                                                                         {QStringLiteral("change"), QStringLiteral("store")},
                                                                         {QStringLiteral("account"), a.toJson()},
                                                                         {QStringLiteral("started"), QStringLiteral("2026-11-20T10:00:00.000Z")}}}}})
                               .toJson());
        write(rotations, "{\"version\":1,\"rotating\":[{\"accountId\":\"b:2\",\"started\":\"2026-11-20T10:00:01.000Z\"},"
                         "{\"accountId\":\"c:3\",\"started\":\"2026-11-20T10:00:02.000Z\"}]}");
        ChangeJournal journal(m_settings);
        QVERIFY(journal.exists());
        QList<ChangeJournal::Entry> entries;
        QVERIFY(!journal.read(&entries));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).kind, Kind::Store);
        QCOMPARE(entries.at(0).account, a);
        QCOMPARE(entries.at(1).kind, Kind::Rotate);
        QCOMPARE(entries.at(1).accountId, QStringLiteral("b:2"));
        QCOMPARE(entries.at(2).accountId, QStringLiteral("c:3"));

        const auto held = lock();
        QVERIFY(!journal.remove(*held, QStringLiteral("b:2"), Kind::Rotate));
        QVERIFY(contents(rotations).contains("c:3"));
        QVERIFY(!contents(rotations).contains("b:2"));
        QVERIFY(!journal.remove(*held, QStringLiteral("c:3"), Kind::Rotate));
        QVERIFY(!QFile::exists(rotations)); // never written anew
        QVERIFY(!journal.remove(*held, a.id(), Kind::Store));
        QVERIFY(!journal.exists());
    }
};

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
