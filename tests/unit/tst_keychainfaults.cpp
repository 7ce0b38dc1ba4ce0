#include "accounts/SettingsFile.h"
#include "operations/RotateTokenJob.h"
#include "changes/ChangeJournal.h"
#include "SandboxServer.h"
#include "SessionKeyring.h"
#include "operations/StoreTokenJob.h"
#include "RunKeychainJob.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;
using onboard::sandbox::SandboxServer;

// Real keychain faults in the middle of a flow: the session's Secret Service stops while the
// token is being verified, so the keychain write that follows fails. Afterwards the keychain is
// started again on the same files and read with secret-tool (a fresh client: this process's own
// client saw the service go away), and the settings file is read: whatever was stored before is
// still there, nothing new is half-stored. One executable of its own, since the session's
// keychain is restarted under it.
class TestKeychainFaults : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    QStringList m_tokens;
    const QString m_service = KeychainJob::serviceName(true);

    QString registryPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral("/accounts-demo.json")); }
    Workspace profile(const QString &name) const { return Workspace::demo(m_sandbox.apiRoot()).withSettingsPath(registryPath(name)); }

    QString issue()
    {
        m_tokens.append(m_sandbox.issueToken(0, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("30days")));
        return m_tokens.last();
    }

    QString accountId() const { return SandboxServer::demoKey() + QLatin1Char(':') + SandboxServer::members().at(0).id; }

    QString lookup(const QString &key) const
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                                                  QStringLiteral("user"), key});
        tool.waitForFinished(test::WaitMs);
        return QString::fromLatin1(tool.readAllStandardOutput()).trimmed();
    }

    QList<Account> accounts(const QString &name) const
    {
        SettingsFile registry(registryPath(name));
        registry.load();
        return registry.accounts();
    }

    static Error store(const Workspace &profile, const QString &token, Account *account = nullptr)
    {
        SetupOptions options;
        options.request.apiKey = SandboxServer::demoKey();
        StoreTokenJob operation(profile, options, token);
        if (!test::runJob(operation))
            return {ErrorKind::Cancelled, QStringLiteral("test: the store did not finish in time")};
        if (account)
            *account = operation.account();
        return operation.error();
    }

    // Stops the Secret Service the first time the sandbox is asked who the token belongs to.
    QMetaObject::Connection stopKeychainDuringVerify(bool *stopped)
    {
        *stopped = false;
        return connect(&m_sandbox, &SandboxServer::requestReceived, this, [stopped](const HttpRequest &request) {
            if (!*stopped && request.path == QLatin1String("/1/members/me"))
                *stopped = test::SessionKeyring::stop();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen());
    }

    // Rotation: keeping the old token aside (its first write) fails; the old token stays.
    void keychainStopsDuringARotation()
    {
        const QString oldToken = issue();
        Account account;
        const Error stored = store(profile(QStringLiteral("rotate")), oldToken, &account);
        QVERIFY2(!stored, qPrintable(stored.message()));
        const QString newToken = issue();

        test::SessionKeyring keyring;
        bool stopped = false;
        const auto connection = stopKeychainDuringVerify(&stopped);
        RotateTokenJob rotation(profile(QStringLiteral("rotate")), account, account.setupOptions(), newToken);
        QVERIFY(test::runJob(rotation));
        disconnect(connection);
        QVERIFY(stopped);
        QCOMPARE(rotation.error().kind(), ErrorKind::Keychain);
        QVERIFY(!m_sandbox.isRevoked(oldToken));

        QVERIFY(test::SessionKeyring::stop()); // whatever the bus started on demand meanwhile
        QVERIFY(keyring.start());
        QCOMPARE(lookup(account.id()), oldToken);
        QCOMPARE(lookup(ChangeJournal::stashKey(account.id())), QString());
        QVERIFY(!ChangeJournal(registryPath(QStringLiteral("rotate"))).exists());
        QCOMPARE(accounts(QStringLiteral("rotate")).size(), 1);
    }

    // Setup or import: the write fails; no account is recorded and no token half-stored.
    void keychainStopsDuringAStore()
    {
        test::SessionKeyring keyring;
        QVERIFY(test::SessionKeyring::stop()); // the previous test's daemon: a fresh client below
        QVERIFY(keyring.start());
        QCOMPARE(lookup(accountId()), m_tokens.first()); // the earlier account, still there

        const QString token = issue();
        bool stopped = false;
        const auto connection = stopKeychainDuringVerify(&stopped);
        const Error error = store(profile(QStringLiteral("store")), token);
        disconnect(connection);
        QVERIFY(stopped);
        QCOMPARE(error.kind(), ErrorKind::Keychain);

        QVERIFY(test::SessionKeyring::stop());
        test::SessionKeyring again;
        QVERIFY(again.start());
        QCOMPARE(lookup(accountId()), m_tokens.first()); // not replaced by the new token
        QVERIFY(accounts(QStringLiteral("store")).isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString &token : std::as_const(m_tokens))
            QVERIFY2(test::filesContaining(test::sessionRoot(), token.toLatin1()).isEmpty(), "a token in a file");
    }
};

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
