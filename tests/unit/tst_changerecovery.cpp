// ChangeRecovery (stores and removals; tst_rotatetokenjob has the rotations) against the real
// Secret Service of the test session: each state an interrupted store or removal can leave behind
// is put right, and a locked keychain leaves the record for the next start without losing anything.
#include "changes/ChangeJournal.h"
#include "changes/ChangeRecovery.h"
#include "accounts/SettingsFile.h"
#include "accounts/ChangeLock.h"
#include "accounts/Workspace.h"
#include "SessionKeyring.h"
#include "RunKeychainJob.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"

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

class TestChangeRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_profile = Workspace::real().withSettingsPath(m_dir.filePath(QStringLiteral("accounts.json")));

    QString service() const { return m_profile.keychainService(); }
    ChangeJournal journal() const { return ChangeJournal(m_profile); }

    // Names a change in the journal, as an interrupted command would have left it.
    bool journal(ChangeJournal::Kind kind, const QString &id, const Account &a = {})
    {
        const auto held = test::heldLock(m_profile.settingsPath());
        return held && !journal().add(*held, {kind, id, a, {}});
    }

    Error keychain(KeychainJob::Operation operation, const QString &key, const QString &value = {}, QString *read = nullptr)
    {
        const test::KeychainAnswer answer = test::runKeychainJob(operation, service(), key, value);
        if (read)
            *read = answer.token;
        return answer.error;
    }

    QList<Account> accounts() const
    {
        SettingsFile registry(m_profile.settingsPath());
        registry.load();
        return registry.accounts();
    }

    void record(const Account &a)
    {
        const auto held = test::heldLock(m_profile.settingsPath());
        QVERIFY(held);
        QVERIFY(!SettingsFile(m_profile.settingsPath()).modify(*held, [&a](QList<Account> &list) { list.append(a); }));
    }

    ChangeRecovery::Outcome recover(const QString &id, QStringList *reports = nullptr)
    {
        ChangeRecovery recovery(m_profile);
        test::runJob(recovery);
        if (reports)
            *reports = recovery.reports();
        return recovery.outcomes().value(id, ChangeRecovery::Outcome::Undecided);
    }

    bool journalNames(const QString &id) const
    {
        QList<ChangeJournal::Entry> entries;
        journal().read(&entries);
        return std::any_of(entries.begin(), entries.end(), [&id](const auto &e) { return e.accountId == id; });
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_profile.settingsPath());
        QFile::remove(ChangeJournal::pathFor(m_profile.settingsPath()));
    }

    void storeCutShortAfterTheKeychainWriteIsRecorded()
    {
        const Account a = account(QStringLiteral("m1"));
        QVERIFY(journal(ChangeJournal::Kind::Store, a.id(), a));
        QVERIFY(!keychain(KeychainJob::Operation::Write, a.id(), token('1')));
        QStringList reports;
        QCOMPARE(recover(a.id(), &reports), ChangeRecovery::Outcome::Completed);
        QCOMPARE(accounts().size(), 1);
        QCOMPARE(accounts().at(0).id(), a.id());
        QVERIFY(reports.join(QLatin1Char(' ')).contains(a.username));
        QVERIFY(!journalNames(a.id()));
        QVERIFY(!QFile::exists(journal().path()));
        QVERIFY(!keychain(KeychainJob::Operation::Remove, a.id()));
    }

    void storeCutShortBeforeTheKeychainWriteLeavesNothing()
    {
        const Account a = account(QStringLiteral("m2"));
        QVERIFY(journal(ChangeJournal::Kind::Store, a.id(), a));
        QCOMPARE(recover(a.id()), ChangeRecovery::Outcome::NothingToDo);
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
        QVERIFY(journal(ChangeJournal::Kind::Store, a.id(), newer));
        QCOMPARE(recover(a.id()), ChangeRecovery::Outcome::NothingToDo);
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
        QVERIFY(!keychain(KeychainJob::Operation::Write, other.id(), token('5')));
        if (keychainEntryLeft)
            QVERIFY(!keychain(KeychainJob::Operation::Write, a.id(), token('4')));
        QVERIFY(journal(ChangeJournal::Kind::Remove, a.id()));
        QCOMPARE(recover(a.id()), ChangeRecovery::Outcome::Completed);
        QCOMPARE(accounts().size(), 1);
        QCOMPARE(accounts().at(0).id(), other.id());
        QCOMPARE(keychain(KeychainJob::Operation::Read, a.id()).kind(), ErrorKind::NoAccount);
        QString kept;
        QVERIFY(!keychain(KeychainJob::Operation::Read, other.id(), {}, &kept));
        QCOMPARE(kept, token('5'));
        QVERIFY(!journalNames(a.id()));
        QVERIFY(!keychain(KeychainJob::Operation::Remove, other.id()));
    }

    void lockedKeychainLeavesTheRecordForLater()
    {
        const Account stored = account(QStringLiteral("m6"));
        const Account removed = account(QStringLiteral("m7"));
        record(removed);
        QVERIFY(!keychain(KeychainJob::Operation::Write, stored.id(), token('6')));
        QVERIFY(!keychain(KeychainJob::Operation::Write, removed.id(), token('7')));
        QVERIFY(journal(ChangeJournal::Kind::Store, stored.id(), stored));
        QVERIFY(journal(ChangeJournal::Kind::Remove, removed.id()));

        QVERIFY(test::SessionKeyring::lock());
        auto unlock = qScopeGuard([] { test::SessionKeyring::unlock(); });
        QStringList reports;
        QCOMPARE(recover(stored.id(), &reports), ChangeRecovery::Outcome::Undecided);
        QVERIFY2(reports.join(QLatin1Char(' ')).contains(QLatin1String("locked")), qPrintable(reports.join(QLatin1Char('|'))));
        QVERIFY(journalNames(stored.id()));
        QVERIFY(journalNames(removed.id()));
        QCOMPARE(accounts().size(), 1); // nothing recorded, nothing removed

        QVERIFY(test::SessionKeyring::unlock());
        unlock.dismiss();
        ChangeRecovery startup(m_profile);
        QVERIFY(ChangeRecovery::needed(m_profile));
        QVERIFY(test::runJob(startup));
        QCOMPARE(accounts().size(), 1);
        QCOMPARE(accounts().at(0).id(), stored.id());
        QCOMPARE(keychain(KeychainJob::Operation::Read, removed.id()).kind(), ErrorKind::NoAccount);
        QVERIFY(!ChangeRecovery::needed(m_profile));
        QVERIFY(!keychain(KeychainJob::Operation::Remove, stored.id()));
    }

    void startupRecoveryAlwaysFinishesFromTheEventLoop()
    {
        // The lock is taken and recovery gives up at once: finished() still comes later, never
        // from inside start(), whose caller may not run its event loop yet.
        QVERIFY(journal(ChangeJournal::Kind::Remove, QStringLiteral("k:gone")));
        QLockFile busy(ChangeLock::pathFor(m_profile.settingsPath()));
        QVERIFY(busy.tryLock(0));
        ChangeRecovery startup(m_profile);
        startup.setLockWaitMs(0);
        QSignalSpy done(&startup, &ChangeRecovery::finished);
        startup.start();
        QCOMPARE(done.count(), 0);
        QVERIFY(done.wait(test::WaitMs));
        QCOMPARE(startup.reports().size(), 1);
        QVERIFY(journalNames(QStringLiteral("k:gone"))); // left for the next start
        busy.unlock();
        const auto held = test::heldLock(m_profile.settingsPath());
        QVERIFY(held && !journal().remove(*held, QStringLiteral("k:gone"), ChangeJournal::Kind::Remove));
    }

    void startupRecoveryWithNothingToDo()
    {
        QVERIFY(!ChangeRecovery::needed(m_profile));
        ChangeRecovery startup(m_profile);
        QSignalSpy done(&startup, &ChangeRecovery::finished);
        startup.start();
        QCOMPARE(done.count(), 0);
        QVERIFY(done.wait(test::WaitMs));
        QVERIFY(startup.reports().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangeRecovery)
#include "tst_changerecovery.moc"
