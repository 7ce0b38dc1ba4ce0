// SettingsFile: the non-secret settings file (load, atomic save, corrupt files left alone,
// locked load-modify-save across processes, and the --account rule).
#include "RunKeychainJob.h"
#include "accounts/ChangeLock.h"
#include "accounts/SettingsFile.h"
#include "common/Job.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/stat.h>

using namespace onboard;

namespace {

const QString KeyA = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString KeyB = QStringLiteral("fedcba9876543210fedcba9876543210");

Account makeAccount(const QString &key, const QString &member, const QString &username)
{
    Account a;
    a.apiKey = key;
    a.memberId = member;
    a.username = username;
    a.fullName = username.toUpper();
    a.scopes = {QStringLiteral("read")};
    a.expiration = QStringLiteral("30days");
    a.lastChecked = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Child mode: appends `count` accounts "<prefix>NNN" to the registry at `path` with modify().
int runChild(const QStringList &args)
{
    if (args.size() != 3)
        return 2;
    const QString path = args.at(0);
    const QString prefix = args.at(1);
    const int count = args.at(2).toInt();
    SettingsFile registry(path);
    for (int i = 0; i < count; ++i) {
        const QString member = prefix + QString::number(i);
        // Every change to the settings file is made under the change lock, across processes.
        const std::unique_ptr<ChangeLock> lock = test::heldLock(path);
        const Error e = lock ? registry.modify(*lock, [&](QList<Account> &accounts) { accounts.append(makeAccount(KeyA, member, member)); })
                             : Error(ErrorKind::Keychain, QStringLiteral("the change lock was not free in time"));
        if (e) {
            QTextStream(stderr) << e.message() << '\n';
            return 1;
        }
    }
    return 0;
}

} // namespace

class TestSettingsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPath();
    void missingFile();
    void saveAndLoad();
    void fileFormat();
    void fileMode();
    void folderCreatedPrivate();
    void noTemporaryFilesLeft();
    void corrupt_data();
    void corrupt();
    void saveAfterFailedLoadRefuses();
    void invalidAccountIsNotSaved();
    void upsertAndRemove();
    void findByUsernameOrId();
    void resolveNone();
    void resolveOne();
    void resolveSeveral();
    void resolveSharedUsername();
    void modifyKeepsOthersChanges();
    void modifyFromTwoProcesses();
    void modifyWaitsForLockBounded();
    void staleLockIsTakenOver();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("config/accounts.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeLock> m_lock; // held during each test, as every change requires
};

void TestSettingsFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_lock = test::heldLock(path());
    QVERIFY(m_lock);
}

void TestSettingsFile::defaultPath()
{
    const QString appName = QCoreApplication::applicationName();
    const QString orgName = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("trello-onboard"));
    QCoreApplication::setOrganizationName(QString());
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(SettingsFile::defaultPath(false), config + QStringLiteral("/trello-onboard/accounts.json"));
    QCOMPARE(SettingsFile::defaultPath(true), config + QStringLiteral("/trello-onboard/accounts-demo.json"));
    QCoreApplication::setApplicationName(appName);
    QCoreApplication::setOrganizationName(orgName);
}

void TestSettingsFile::missingFile()
{
    SettingsFile registry(path());
    QVERIFY(!registry.load());
    QVERIFY(registry.accounts().isEmpty());
    QVERIFY(!QFileInfo::exists(path())); // loading creates nothing
}

void TestSettingsFile::saveAndLoad()
{
    SettingsFile registry(path());
    QVERIFY(!registry.load());
    Account full = makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice"));
    full.endpoint.headers = {CustomHeader("X-Team", "blue")};
    full.expires = QDateTime(QDate(2031, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
    registry.upsert(full);
    registry.upsert(makeAccount(KeyB, QStringLiteral("m2"), QStringLiteral("bob")));
    const Error e = registry.save(*m_lock);
    QVERIFY2(!e, qPrintable(e.message()));

    SettingsFile again(path());
    QVERIFY(!again.load());
    QCOMPARE(again.accounts().size(), 2);
    QVERIFY(again.accounts().at(0) == full);
    QCOMPARE(again.accounts().at(1).username, QStringLiteral("bob"));
}

void TestSettingsFile::fileFormat()
{
    SettingsFile registry(path());
    registry.upsert(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    QVERIFY(!registry.save(*m_lock));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("id")).toString(), KeyA + QStringLiteral(":m1"));
    QVERIFY(!readAll(path()).contains("token"));
}

void TestSettingsFile::fileMode()
{
    SettingsFile registry(path());
    registry.upsert(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    QVERIFY(!registry.save(*m_lock));
    QCOMPARE(modeOf(path()), 0600);
    // A file someone made readable to all is tightened on the next save.
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup));
    QCOMPARE(modeOf(path()), 0644);
    QVERIFY(!registry.modify(*m_lock, [](QList<Account> &) {}));
    QCOMPARE(modeOf(path()), 0600);
}

void TestSettingsFile::folderCreatedPrivate()
{
    const QString deep = m_dir->filePath(QStringLiteral("a/b/trello-onboard/accounts.json"));
    SettingsFile registry(deep);
    registry.upsert(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    QVERIFY(!registry.save(*m_lock));
    QCOMPARE(modeOf(QFileInfo(deep).absolutePath()), 0700);
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("a/b"))).isDir());
}

void TestSettingsFile::noTemporaryFilesLeft()
{
    SettingsFile registry(path());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!registry.modify(*m_lock, [i](QList<Account> &accounts) {
            accounts.append(makeAccount(KeyA, QStringLiteral("m%1").arg(i), QStringLiteral("user%1").arg(i)));
        }));
    }
    registry.upsert(makeAccount(KeyB, QStringLiteral("x"), QStringLiteral("x")));
    QVERIFY(!registry.save(*m_lock));
    // Besides the file, only this test's own change lock.
    const QStringList files =
        QDir(QFileInfo(path()).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(files, (QStringList{QStringLiteral("accounts.changes.lock"), QStringLiteral("accounts.json")}));
}

void TestSettingsFile::corrupt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("accounts"),
                           QJsonArray{makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("a")).toJson()}},
                      })
            .toJson();
    QTest::newRow("garbage bytes") << QByteArray("\x00\xff\xfe garbage \x01\x02", 14);
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("array root") << QByteArray("[]");
    QTest::newRow("string root") << QByteArray("\"accounts\"");
    QTest::newRow("no version") << QByteArray("{\"accounts\":[]}");
    QTest::newRow("version string") << QByteArray("{\"version\":\"1\",\"accounts\":[]}");
    QTest::newRow("version 1.5") << QByteArray("{\"version\":1.5,\"accounts\":[]}");
    QTest::newRow("version 0") << QByteArray("{\"version\":0,\"accounts\":[]}");
    QTest::newRow("version 2 (newer)") << QByteArray("{\"version\":2,\"accounts\":[]}");
    QTest::newRow("no accounts") << QByteArray("{\"version\":1}");
    QTest::newRow("accounts object") << QByteArray("{\"version\":1,\"accounts\":{}}");
    QTest::newRow("account not object") << QByteArray("{\"version\":1,\"accounts\":[1]}");
    QTest::newRow("account invalid") << QByteArray("{\"version\":1,\"accounts\":[{\"apiKey\":\"nope\"}]}");
    QJsonObject twice{{QStringLiteral("version"), 1},
                      {QStringLiteral("accounts"),
                       QJsonArray{makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("a")).toJson(),
                                  makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("b")).toJson()}}};
    QTest::newRow("duplicate id") << QJsonDocument(twice).toJson();
}

void TestSettingsFile::corrupt()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QVERIFY(writeAll(path(), bytes));

    SettingsFile registry(path());
    const Error e = registry.load();
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QCOMPARE(e.exitCode(), 64);
    QVERIFY2(e.message().contains(path()), qPrintable(e.message()));
    QVERIFY(registry.accounts().isEmpty());

    // Nothing overwrites it: not save(), not modify().
    registry.upsert(makeAccount(KeyB, QStringLiteral("new"), QStringLiteral("new")));
    QCOMPARE(registry.save(*m_lock).kind(), ErrorKind::BadInput);
    QCOMPARE(readAll(path()), bytes);
    SettingsFile other(path());
    bool called = false;
    QCOMPARE(other.modify(*m_lock, [&called](QList<Account> &) { called = true; }).kind(), ErrorKind::BadInput);
    QVERIFY(!called);
    QCOMPARE(readAll(path()), bytes);
    // Besides the file, only this test's own change lock.
    QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("accounts.changes.lock"), QStringLiteral("accounts.json")}));
}

void TestSettingsFile::saveAfterFailedLoadRefuses()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QVERIFY(writeAll(path(), "{not json"));
    SettingsFile registry(path());
    QVERIFY(registry.load());
    QVERIFY(registry.save(*m_lock));
    // Once the person fixed the file, the registry works again.
    QVERIFY(writeAll(path(), "{\"version\":1,\"accounts\":[]}"));
    QVERIFY(!registry.load());
    registry.upsert(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    QVERIFY(!registry.save(*m_lock));
}

void TestSettingsFile::invalidAccountIsNotSaved()
{
    SettingsFile registry(path());
    QVERIFY(!registry.modify(*m_lock, [](QList<Account> &accounts) {
        accounts.append(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    }));
    const QByteArray before = readAll(path());
    Account bad = makeAccount(KeyA, QStringLiteral("m2"), QStringLiteral("bob"));
    bad.expiration = QStringLiteral("forever");
    QCOMPARE(registry.modify(*m_lock, [&bad](QList<Account> &accounts) { accounts.append(bad); }).kind(), ErrorKind::BadInput);
    QCOMPARE(readAll(path()), before);
    QCOMPARE(registry.accounts().size(), 1);
    // A duplicate id is refused too.
    QCOMPARE(registry
                 .modify(*m_lock, [](QList<Account> &accounts) {
                     accounts.append(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice2")));
                 })
                 .kind(),
             ErrorKind::BadInput);
    QCOMPARE(readAll(path()), before);
}

void TestSettingsFile::upsertAndRemove()
{
    SettingsFile registry(path());
    registry.upsert(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    registry.upsert(makeAccount(KeyA, QStringLiteral("m2"), QStringLiteral("bob")));
    Account renamed = makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice-new"));
    registry.upsert(renamed);
    QCOMPARE(registry.accounts().size(), 2);
    QCOMPARE(registry.accounts().at(0).username, QStringLiteral("alice-new"));
    QVERIFY(registry.remove(KeyA + QStringLiteral(":m1")));
    QVERIFY(!registry.remove(KeyA + QStringLiteral(":m1")));
    QCOMPARE(registry.accounts().size(), 1);
    QVERIFY(!registry.remove(QStringLiteral("bob"))); // by id only
}

void TestSettingsFile::findByUsernameOrId()
{
    SettingsFile registry(path());
    registry.upsert(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("Alice")));
    registry.upsert(makeAccount(KeyB, QStringLiteral("m2"), QStringLiteral("bob")));
    QVERIFY(registry.find(QStringLiteral("alice")));
    QCOMPARE(registry.find(QStringLiteral("ALICE"))->memberId, QStringLiteral("m1"));
    QCOMPARE(registry.find(KeyB + QStringLiteral(":m2"))->username, QStringLiteral("bob"));
    QVERIFY(!registry.find(KeyB + QStringLiteral(":M2"))); // ids are exact
    QVERIFY(!registry.find(QStringLiteral("carol")));
    QVERIFY(!registry.find(QString()));
}

void TestSettingsFile::resolveNone()
{
    SettingsFile registry(path());
    Account out;
    Error e = registry.resolve(QString(), &out);
    QCOMPARE(e.kind(), ErrorKind::NoAccount);
    QVERIFY(e.message().contains(QStringLiteral("trello-onboard setup")));
    e = registry.resolve(QStringLiteral("alice"), &out);
    QCOMPARE(e.kind(), ErrorKind::NoAccount);
    QVERIFY(e.message().contains(QStringLiteral("alice")));
}

void TestSettingsFile::resolveOne()
{
    SettingsFile registry(path());
    registry.upsert(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("Alice")));
    Account out;
    QVERIFY(!registry.resolve(QString(), &out));
    QCOMPARE(out.username, QStringLiteral("Alice"));
    QVERIFY(!registry.resolve(QStringLiteral("  "), &out));
    out = Account();
    QVERIFY(!registry.resolve(QStringLiteral("aLiCe"), &out));
    QCOMPARE(out.memberId, QStringLiteral("m1"));
    out = Account();
    QVERIFY(!registry.resolve(KeyA + QStringLiteral(":m1"), &out));
    QCOMPARE(out.memberId, QStringLiteral("m1"));
    const Error e = registry.resolve(QStringLiteral("carol"), &out);
    QCOMPARE(e.kind(), ErrorKind::NoAccount);
    QVERIFY(e.message().contains(QStringLiteral("carol")));

    // A token given where the account belongs is not repeated.
    const QString token = QStringLiteral("ATTA") + QString(64, QLatin1Char('c')) + QStringLiteral("0A1B2C3D");
    const Error tokenError = registry.resolve(token, &out);
    QCOMPARE(tokenError.kind(), ErrorKind::NoAccount);
    QVERIFY(!tokenError.message().contains(token.left(16)));
}

void TestSettingsFile::resolveSeveral()
{
    SettingsFile registry(path());
    registry.upsert(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    registry.upsert(makeAccount(KeyA, QStringLiteral("m2"), QStringLiteral("bob")));
    Account out;
    const Error e = registry.resolve(QString(), &out);
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    for (const QString &part :
         {QStringLiteral("alice"), QStringLiteral("bob"), KeyA + QStringLiteral(":m1"), KeyA + QStringLiteral(":m2")})
        QVERIFY2(e.message().contains(part), qPrintable(e.message()));
    QVERIFY(!registry.resolve(QStringLiteral("BOB"), &out));
    QCOMPARE(out.memberId, QStringLiteral("m2"));
    QCOMPARE(registry.resolve(QStringLiteral("carol"), &out).kind(), ErrorKind::NoAccount);
}

void TestSettingsFile::resolveSharedUsername()
{
    // The same member under two API keys: the username alone is ambiguous, the id is not.
    SettingsFile registry(path());
    registry.upsert(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    registry.upsert(makeAccount(KeyB, QStringLiteral("m1"), QStringLiteral("alice")));
    Account out;
    const Error e = registry.resolve(QStringLiteral("Alice"), &out);
    QCOMPARE(e.kind(), ErrorKind::BadInput);
    QVERIFY(e.message().contains(KeyA + QStringLiteral(":m1")));
    QVERIFY(e.message().contains(KeyB + QStringLiteral(":m1")));
    QVERIFY(!registry.resolve(KeyB + QStringLiteral(":m1"), &out));
    QCOMPARE(out.apiKey, KeyB);
}

void TestSettingsFile::modifyKeepsOthersChanges()
{
    // Two registries on one file, each holding an old view: modify() reloads under the lock.
    SettingsFile first(path());
    SettingsFile second(path());
    QVERIFY(!first.load());
    QVERIFY(!second.load());
    QVERIFY(!first.modify(*m_lock, [](QList<Account> &accounts) {
        accounts.append(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    }));
    QVERIFY(!second.modify(*m_lock, [](QList<Account> &accounts) {
        accounts.append(makeAccount(KeyA, QStringLiteral("m2"), QStringLiteral("bob")));
    }));
    QCOMPARE(second.accounts().size(), 2);
    QVERIFY(!first.modify(*m_lock, [](QList<Account> &accounts) {
        accounts.removeIf([](const Account &a) { return a.memberId == QLatin1String("m1"); });
    }));
    SettingsFile check(path());
    QVERIFY(!check.load());
    QCOMPARE(check.accounts().size(), 1);
    QCOMPARE(check.accounts().at(0).username, QStringLiteral("bob"));
}

void TestSettingsFile::modifyFromTwoProcesses()
{
    m_lock->release(); // the children take it, change by change
    constexpr int PerChild = 25;
    QList<QProcess *> children;
    for (const QString &prefix : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        auto *child = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRELLO_TEST_REGISTRY_CHILD"), QStringLiteral("1"));
        child->setProcessEnvironment(env);
        child->setProcessChannelMode(QProcess::ForwardedChannels);
        child->start(QCoreApplication::applicationFilePath(), {path(), prefix, QString::number(PerChild)});
        children.append(child);
    }
    for (QProcess *child : children) {
        QVERIFY(child->waitForStarted(test::WaitMs));
        QVERIFY(child->waitForFinished(4 * test::WaitMs));
        QCOMPARE(child->exitStatus(), QProcess::NormalExit);
        QCOMPARE(child->exitCode(), 0);
        delete child;
    }
    SettingsFile registry(path());
    QVERIFY(!registry.load());
    QCOMPARE(registry.accounts().size(), 3 * PerChild);
    for (const QString &prefix : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        for (int i = 0; i < PerChild; ++i)
            QVERIFY(registry.find(prefix + QString::number(i)));
    }
    QVERIFY(!QFileInfo::exists(ChangeLock::pathFor(path())));
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral(".lock"))); // the one lock is the change lock
}

void TestSettingsFile::modifyWaitsForLockBounded()
{
    // Another holder of the change lock (here: this test's own): a change waits for it, bounded,
    // and without it nothing is written.
    SettingsFile registry(path());
    ChangeLock waiting(path());
    waiting.setWaitMs(1000);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Job> acquire(waiting.acquire());
    QVERIFY(test::runJob(*acquire));
    QCOMPARE(acquire->error().kind(), ErrorKind::Keychain);
    QVERIFY(timer.elapsed() >= 1000 - 100);
    QVERIFY(timer.elapsed() < test::WaitMs);
    const Error e = registry.modify(waiting, [](QList<Account> &accounts) {
        accounts.append(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    });
    QCOMPARE(e.kind(), ErrorKind::LocalStore);
    QVERIFY(e.message().contains(path()));
    QVERIFY(!QFileInfo::exists(path()));
    m_lock->release();
    std::unique_ptr<Job> again(waiting.acquire());
    QVERIFY(test::runJob(*again) && !again->error());
    QVERIFY(!registry.modify(waiting, [](QList<Account> &) {}));
}

void TestSettingsFile::staleLockIsTakenOver()
{
    // A lock left by a process that no longer runs: taken over at once.
    m_lock.reset();
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QProcess gone;
    gone.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(gone.waitForStarted(test::WaitMs));
    const qint64 deadPid = gone.processId();
    QVERIFY(deadPid > 0);
    gone.kill();
    QVERIFY(gone.waitForFinished(test::WaitMs));
    // QLockFile's format: pid, application name, host name.
    QVERIFY(writeAll(ChangeLock::pathFor(path()), QByteArray::number(deadPid) + "\nunit_settingsfile\n" +
                                                      QSysInfo::machineHostName().toUtf8() + "\n"));
    SettingsFile registry(path());
    QElapsedTimer timer;
    timer.start();
    m_lock = test::heldLock(path());
    QVERIFY(m_lock);
    const Error e = registry.modify(*m_lock, [](QList<Account> &accounts) {
        accounts.append(makeAccount(KeyA, QStringLiteral("m1"), QStringLiteral("alice")));
    });
    QVERIFY2(!e, qPrintable(e.message()));
    QVERIFY(timer.elapsed() < 1000);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("TRELLO_TEST_REGISTRY_CHILD"))
        return runChild(app.arguments().mid(1));
    TestSettingsFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsfile.moc"
