// RotationJournal: the record of rotations in flight (account ids only), next to the settings file.
#include "RotationJournal.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;

class TestRotationJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathAndStashKey()
    {
        QCOMPARE(RotationJournal::pathFor(QStringLiteral("/c/accounts.json")),
                 QStringLiteral("/c/accounts.rotating.json"));
        QCOMPARE(RotationJournal::pathFor(QStringLiteral("/c/accounts-demo.json")),
                 QStringLiteral("/c/accounts-demo.rotating.json"));
        QCOMPARE(RotationJournal::stashKey(QStringLiteral("k:m")), QStringLiteral("k:m#rotating-old"));
    }

    void addAndRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/accounts.rotating.json"));
        RotationJournal journal(path);
        QStringList ids;
        QVERIFY(!journal.read(&ids));
        QVERIFY(ids.isEmpty());
        QVERIFY(!journal.add(QStringLiteral("a:1")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString firstStarted = QJsonDocument::fromJson(file.readAll())
                                         .object()
                                         .value(QStringLiteral("rotating"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("started"))
                                         .toString();
        file.close();
        QVERIFY(!firstStarted.isEmpty());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QTest::qWait(5);
        QVERIFY(!journal.add(QStringLiteral("b:2")));
        QVERIFY(!journal.add(QStringLiteral("a:1"))); // once only
        QVERIFY(!journal.read(&ids));
        QCOMPARE(ids, (QStringList{QStringLiteral("a:1"), QStringLiteral("b:2")}));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("rotating"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("started"))
                     .toString(),
                 firstStarted);
        file.close();
        QVERIFY(!journal.remove(QStringLiteral("a:1")));
        QVERIFY(!journal.read(&ids));
        QCOMPARE(ids, QStringList{QStringLiteral("b:2")});
        QVERIFY(!journal.remove(QStringLiteral("b:2")));
        QVERIFY(!QFile::exists(path)); // nothing in flight: no file
    }

    void unreadableFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.rotating.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        QStringList ids;
        QCOMPARE(RotationJournal(path).read(&ids).kind(), ErrorKind::BadInput);
        QCOMPARE(RotationJournal(path).add(QStringLiteral("a:1")).kind(), ErrorKind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestRotationJournal)
#include "tst_rotationjournal.moc"
