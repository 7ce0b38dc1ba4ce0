// AccountChangeRecovery and StartupRecovery against the real Secret Service of the test session:
// each state an interrupted store or removal can leave behind is put right, and a locked keychain
// leaves the record for the next start without losing anything.
#include "AccountChangeJournal.h"
#include "AccountChangeRecovery.h"
#include "AccountRegistry.h"
#include "ChangeLock.h"
#include "Profile.h"
#include "SessionKeyring.h"
#include "StartupRecovery.h"
#include "KeychainJob.h"
#include "TestSupport.h"
#include "TokenStoreJob.h"

#include <QLockFile>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;

namespace {
const QString Key = QStringLiteral("0123456789abcdef0123456789abcdef");

QString token(char fill)
{
    return QStringLiteral("ATTA") + QString(64, QLatin1Char(fill)) + QStringLiteral("0A1B2C3D");
}

Account account(const QString &member)
{
    Account a;
    a.apiKey = Key;
    a.memberId = member;
    a.username = QStringLiteral("user-") + member;
    a.scopes = {QStringLiteral("read")};
    a.expiration = QStringLiteral("30days");
    return a;
}
} // namespace

class TestAccountChangeRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Profile m_profile = Profile::real().withRegistryPath(m_dir.filePath(QStringLiteral("accounts.json")));

    QString service() const { return m_profile.keychainService(); }
    AccountChangeJournal journal() const { return AccountChangeJournal(AccountChangeJournal::pathFor(m_profile.registryPath())); }

    Error keychain(TokenStoreJob::Operation operation, const QString &key, const QString &value = {}, QString *read = nullptr)
    {
        const test::KeychainAnswer answer = test::runKeychainJob(operation, service(), key, value);
        if (read)
            *read = answer.token;
        return answer.error;
    }

    QList<Account> accounts() const
    {
        AccountRegistry registry(m_profile.registryPath());
        registry.load();
        return registry.accounts();
    }

    void record(const Account &a)
    {
        AccountRegistry(m_profile.registryPath()).modify([&a](QList<Account> &list) { list.append(a); });
    }

    AccountChangeRecovery::Outcome recover(const QString &id, QStringList *reports = nullptr)
    {
        AccountChangeRecovery recovery(m_profile);
        QSignalSpy done(&recovery, &AccountChangeRecovery::finished);
        recovery.start();
        done.wait(test::WaitMs);
        if (reports)
            *reports = recovery.reports();
        return recovery.outcomes().value(id, AccountChangeRecovery::Outcome::Undecided);
    }

    bool journalNames(const QString &id) const
    {
        QList<AccountChangeJournal::Entry> entries;
        journal().read(&entries);
        return std::any_of(entries.begin(), entries.end(), [&id](const auto &e) { return e.accountId == id; });
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_profile.registryPath());
        QFile::remove(AccountChangeJournal::pathFor(m_profile.registryPath()));
    }

    void storeCutShortAfterTheKeychainWriteIsRecorded()
    {
        const Account a = account(QStringLiteral("m1"));
        QVERIFY(!journal().add({a.id(), AccountChangeJournal::Change::Store, a}));
        QVERIFY(!keychain(TokenStoreJob::Operation::Write, a.id(), token('1')));
        QStringList reports;
        QCOMPARE(recover(a.id(), &reports), AccountChangeRecovery::Outcome::Completed);
        QCOMPARE(accounts().size(), 1);
        QCOMPARE(accounts().at(0).id(), a.id());
        QVERIFY(reports.join(QLatin1Char(' ')).contains(a.username));
        QVERIFY(!journalNames(a.id()));
        QVERIFY(!QFile::exists(journal().path()));
        QVERIFY(!keychain(TokenStoreJob::Operation::Remove, a.id()));
    }

    void storeCutShortBeforeTheKeychainWriteLeavesNothing()
    {
        const Account a = account(QStringLiteral("m2"));
        QVERIFY(!journal().add({a.id(), AccountChangeJournal::Change::Store, a}));
        QCOMPARE(recover(a.id()), AccountChangeRecovery::Outcome::NothingToDo);
        QVERIFY(accounts().isEmpty());
        QVERIFY(!journalNames(a.id()));
    }

    void storeOfARecordedAccountIsLeftAlone()
    {
        Account a = account(QStringLiteral("m3"));
        a.fullName = QStringLiteral("Recorded Before");
        record(a);
        Account newer = a;
        newer.fullName = QStringLiteral("From The Journal");
        QVERIFY(!journal().add({a.id(), AccountChangeJournal::Change::Store, newer}));
        QCOMPARE(recover(a.id()), AccountChangeRecovery::Outcome::NothingToDo);
        QCOMPARE(accounts().size(), 1);
        QCOMPARE(accounts().at(0).fullName, QStringLiteral("Recorded Before"));
    }

    void removalIsCompleted_data()
    {
        QTest::addColumn<bool>("keychainEntryLeft");
        QTest::newRow("killed before the keychain removal") << true;
        QTest::newRow("killed after the keychain removal") << false;
    }

    void removalIsCompleted()
    {
        QFETCH(bool, keychainEntryLeft);
        const Account a = account(QStringLiteral("m4"));
        const Account other = account(QStringLiteral("m5"));
        record(a);
        record(other);
        QVERIFY(!keychain(TokenStoreJob::Operation::Write, other.id(), token('5')));
        if (keychainEntryLeft)
            QVERIFY(!keychain(TokenStoreJob::Operation::Write, a.id(), token('4')));
        QVERIFY(!journal().add({a.id(), AccountChangeJournal::Change::Remove, {}}));
        QCOMPARE(recover(a.id()), AccountChangeRecovery::Outcome::Completed);
        QCOMPARE(accounts().size(), 1);
        QCOMPARE(accounts().at(0).id(), other.id());
        QCOMPARE(keychain(TokenStoreJob::Operation::Read, a.id()).kind(), ErrorKind::NoAccount);
        QString kept;
        QVERIFY(!keychain(TokenStoreJob::Operation::Read, other.id(), {}, &kept));
        QCOMPARE(kept, token('5'));
        QVERIFY(!journalNames(a.id()));
        QVERIFY(!keychain(TokenStoreJob::Operation::Remove, other.id()));
    }

    void lockedKeychainLeavesTheRecordForLater()
    {
        const Account stored = account(QStringLiteral("m6"));
        const Account removed = account(QStringLiteral("m7"));
        record(removed);
        QVERIFY(!keychain(TokenStoreJob::Operation::Write, stored.id(), token('6')));
        QVERIFY(!keychain(TokenStoreJob::Operation::Write, removed.id(), token('7')));
        QVERIFY(!journal().add({stored.id(), AccountChangeJournal::Change::Store, stored}));
        QVERIFY(!journal().add({removed.id(), AccountChangeJournal::Change::Remove, {}}));

        QVERIFY(test::SessionKeyring::lock());
        auto unlock = qScopeGuard([] { test::SessionKeyring::unlock(); });
        QStringList reports;
        QCOMPARE(recover(stored.id(), &reports), AccountChangeRecovery::Outcome::Undecided);
        QVERIFY2(reports.join(QLatin1Char(' ')).contains(QLatin1String("locked")), qPrintable(reports.join(QLatin1Char('|'))));
        QVERIFY(journalNames(stored.id()));
        QVERIFY(journalNames(removed.id()));
        QCOMPARE(accounts().size(), 1); // nothing recorded, nothing removed

        QVERIFY(test::SessionKeyring::unlock());
        unlock.dismiss();
        StartupRecovery startup(m_profile);
        QVERIFY(StartupRecovery::needed(m_profile));
        QSignalSpy done(&startup, &StartupRecovery::finished);
        startup.start();
        QVERIFY(done.wait(test::WaitMs));
        QCOMPARE(accounts().size(), 1);
        QCOMPARE(accounts().at(0).id(), stored.id());
        QCOMPARE(keychain(TokenStoreJob::Operation::Read, removed.id()).kind(), ErrorKind::NoAccount);
        QVERIFY(!StartupRecovery::needed(m_profile));
        QVERIFY(!keychain(TokenStoreJob::Operation::Remove, stored.id()));
    }

    void startupRecoveryAlwaysFinishesFromTheEventLoop()
    {
        // The lock is taken and recovery gives up at once: finished() still comes later, never
        // from inside start(), whose caller may not run its event loop yet.
        QVERIFY(!journal().add({QStringLiteral("k:gone"), AccountChangeJournal::Change::Remove, {}}));
        QLockFile busy(ChangeLock::pathFor(m_profile.registryPath()));
        QVERIFY(busy.tryLock(0));
        StartupRecovery startup(m_profile);
        startup.setLockWaitMs(0);
        QSignalSpy done(&startup, &StartupRecovery::finished);
        startup.start();
        QCOMPARE(done.count(), 0);
        QVERIFY(done.wait(test::WaitMs));
        QCOMPARE(startup.reports().size(), 1);
        QVERIFY(journalNames(QStringLiteral("k:gone"))); // left for the next start
        busy.unlock();
        QVERIFY(!journal().remove(QStringLiteral("k:gone")));
    }

    void startupRecoveryWithNothingToDo()
    {
        QVERIFY(!StartupRecovery::needed(m_profile));
        StartupRecovery startup(m_profile);
        QSignalSpy done(&startup, &StartupRecovery::finished);
        startup.start();
        QVERIFY(done.wait(test::WaitMs));
        QVERIFY(startup.reports().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountChangeRecovery)
#include "tst_accountchangerecovery.moc"
