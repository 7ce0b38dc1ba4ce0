#include "OAuthSeed.h"
#include "ProgramRun.h"
#include "RunKeychainJob.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include "accounts/Account.h"
#include "accounts/ChangeLock.h"
#include "accounts/SettingsFile.h"
#include "desktop/NotificationLog.h"
#include "oauth/OAuthGrant.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using onboard::Account;
using onboard::KeychainJob;
using onboard::OAuthGrant;
using onboard::sandbox::SandboxServer;
using onboard::test::runKeychainJob;

// `check` and `check --notify` as processes (PRODUCT.md, "Keeping tokens alive"): accounts whose
// token expires within a week, has expired, is refused, or is fine; a short-lived token that is
// not worth a warning; an OAuth 2.0 grant near its lapse, which check renews. Notifications go to a real
// org.freedesktop.Notifications server on the test's private bus (tests/support/
// notification-server.py, which records the calls and clicks like a person); the click starts
// `trello-onboard rotate` for the account. The same account is not notified twice a day; without
// a notification service check says so and exits as it would have.
class TestCheck : public QObject
{
    Q_OBJECT

private:
    using Result = onboard::test::ProgramRun::Result;
    SandboxServer m_sandbox;
    QStringList m_tokens;
    QList<QByteArray> m_outputs;
    QString m_soon, m_expired, m_fine, m_short, m_refused; // usernames are per member; account ids per token
    QDateTime m_expiredOn;
    QProcess m_server;

    static QString settingsPath()
    {
        return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/trello-onboard/accounts.json");
    }
    QString recordPath() const { return onboard::test::sessionRoot() + QStringLiteral("/notifications.jsonl"); }

    Result run(const QStringList &arguments, const QStringList &environment = {}, const QByteArray &input = {})
    {
        const Result r = onboard::test::ProgramRun{arguments, input, environment}.run();
        m_outputs << r.out << r.err;
        return r;
    }

    QString importToken(const QString &key, const QString &token)
    {
        m_tokens.append(token);
        const Result r = run({QStringLiteral("import"), QStringLiteral("--key"), key, QStringLiteral("--api-host"),
                              m_sandbox.apiRoot().toString(), QStringLiteral("--json")},
                             {}, token.toLatin1() + '\n');
        if (r.exitCode != 0)
            qWarning() << r.describe();
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("accountId")).toString();
    }

    void revokeOnTrello(const QString &key, const QString &token)
    {
        QNetworkAccessManager network;
        QUrl url = m_sandbox.apiRoot();
        url.setPath(url.path() + QStringLiteral("/tokens/") + token + QLatin1Char('/'));
        url.setQuery(QStringLiteral("key=") + key + QStringLiteral("&token=") + token);
        QNetworkReply *reply = network.deleteResource(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(onboard::test::WaitMs));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }

    // An account whose token expired two days ago, as a month-old setup leaves it. An expired
    // token cannot be imported (it is verified first), so a token is stored while valid, and then
    // the keychain item and the record are aged: an expired token in the keychain, the record's
    // expiry in the past.
    QString seedExpired(const QString &key)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString id = importToken(key, m_sandbox.issueTokenCreatedAt(0, {QStringLiteral("read")}, QStringLiteral("30days"), now.addDays(-25)));
        const QString expired = m_sandbox.issueTokenCreatedAt(0, {QStringLiteral("read")}, QStringLiteral("30days"), now.addDays(-32));
        m_tokens << expired;
        if (const onboard::Error e = runKeychainJob(KeychainJob::Operation::Write, KeychainJob::serviceName(false), id, expired).error) {
            qWarning() << e.message();
            return {};
        }
        onboard::SettingsFile settings(settingsPath());
        if (settings.load() || !settings.find(id))
            return {};
        Account aged = *settings.find(id);
        aged.expires = m_expiredOn = now.addDays(-2);
        std::unique_ptr<onboard::ChangeLock> lock = onboard::test::heldLock(settingsPath());
        if (!lock || settings.modify(*lock, onboard::SettingsFile::storing(aged)))
            return {};
        return id;
    }

    QString seedOAuth(int member, int grantAgeDays)
    {
        OAuthGrant grant;
        grant.refreshToken = m_sandbox.issueOAuthGrant(member, {QStringLiteral("read:member:trello")}, &grant.accessToken, 3600);
        grant.accessExpires = QDateTime::currentDateTimeUtc().addSecs(3600);
        m_tokens << grant.refreshToken << grant.accessToken;
        Account a = onboard::test::oauthAccount(member, m_sandbox.apiRoot(), m_sandbox.oauthTokenUrl(),
                                                {QStringLiteral("read:member:trello"), QStringLiteral("offline_access")});
        a.expires = grant.accessExpires;
        a.grantRenewed = QDateTime::currentDateTimeUtc().addDays(-grantAgeDays);
        if (const onboard::Error e = onboard::test::storeOAuthAccount(a, grant, settingsPath()))
            qWarning() << e.message();
        return a.id();
    }

    QList<QJsonObject> recorded() const
    {
        QList<QJsonObject> entries;
        QFile file(recordPath());
        if (!file.open(QIODevice::ReadOnly))
            return entries;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.isEmpty())
                entries.append(QJsonDocument::fromJson(line).object());
        return entries;
    }
    int notifies() const
    {
        int n = 0;
        for (const QJsonObject &entry : recorded())
            n += entry.value(QStringLiteral("method")).toString() == QLatin1String("Notify");
        return n;
    }

    void startServer(const QStringList &arguments)
    {
        stopServer();
        m_server.setProgram(QStringLiteral(TRELLO_ONBOARD_SOURCE_DIR "/tests/support/notification-server.py"));
        m_server.setArguments(QStringList{recordPath()} + arguments);
        m_server.start();
        QVERIFY(m_server.waitForStarted(onboard::test::WaitMs));
        QVERIFY(m_server.waitForReadyRead(onboard::test::WaitMs));
        QVERIFY(m_server.readAllStandardOutput().contains("ready"));
    }
    void stopServer()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(onboard::test::WaitMs);
        }
    }

    // The rotate processes a click started (trello-onboard replaces itself with the GUI, keeping
    // its arguments), found by their command line; they are ended here.
    QStringList rotateProcessesFor(const QString &accountId, bool kill)
    {
        QStringList found;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &pid : pids) {
            QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
            if (!cmdline.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> args = cmdline.readAll().split('\0');
            if (args.contains("rotate") && args.contains(accountId.toLatin1()) && args.value(0).contains("trello-onboard")) {
                found.append(pid);
                if (kill)
                    ::kill(pid.toInt(), SIGKILL);
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Four Trello tokens under four API keys (the sandbox has two members), one account each.
        const auto key = [](char c) { return QString(32, QLatin1Char(c)); };
        m_soon = importToken(key('1'), m_sandbox.issueTokenCreatedAt(0, {QStringLiteral("read")}, QStringLiteral("30days"), now.addDays(-25)));
        m_fine = importToken(key('2'), m_sandbox.issueToken(1, {QStringLiteral("read")}, QStringLiteral("never")));
        m_short = importToken(key('3'), m_sandbox.issueToken(0, {QStringLiteral("read")}, QStringLiteral("1day")));
        const QString refusedToken = m_sandbox.issueToken(1, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("30days"));
        m_refused = importToken(key('4'), refusedToken);
        m_expired = seedExpired(key('5'));
        for (const QString &id : {m_soon, m_expired, m_fine, m_short, m_refused})
            QVERIFY2(!id.isEmpty(), "an import failed");
        revokeOnTrello(key('4'), refusedToken);
    }

    void cleanupTestCase()
    {
        stopServer();
    }

    void checkNamesWhoNeedsThePerson()
    {
        const QString oauth = seedOAuth(0, 70); // the grant would lapse in 20 days
        const int refreshes = m_sandbox.oauthRefreshCount();
        const Result r = run({QStringLiteral("check"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 2, r.describe().constData()); // as status: the refused token is the worst
        QHash<QString, QJsonValue> attention;
        const QJsonArray accounts = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("accounts")).toArray();
        for (const QJsonValue &account : accounts)
            attention.insert(account.toObject().value(QStringLiteral("accountId")).toString(), account.toObject().value(QStringLiteral("attention")));
        QCOMPARE(attention.size(), 6);
        QCOMPARE(attention.value(m_soon).toString(), QStringLiteral("expires-soon"));
        QCOMPARE(attention.value(m_expired).toString(), QStringLiteral("expired"));
        QVERIFY(attention.value(m_fine).isNull());
        QVERIFY(attention.value(m_short).isNull()); // a 1day token is meant to be short
        QCOMPARE(attention.value(m_refused).toString(), QStringLiteral("refused"));
        QVERIFY(attention.value(oauth).isNull());
        // The grant near its lapse was renewed: one refresh, and the record says so.
        QCOMPARE(m_sandbox.oauthRefreshCount(), refreshes + 1);
        onboard::SettingsFile settings(settingsPath());
        QVERIFY(!settings.load());
        const Account *renewed = settings.find(oauth);
        QVERIFY(renewed && renewed->grantRenewed.daysTo(QDateTime::currentDateTimeUtc()) == 0);

        const Result text = run({QStringLiteral("check")});
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.out.contains("expires in 5 days") || text.out.contains("expires in 4 days"), text.out.constData());
        QVERIFY2(text.out.contains("trello-onboard rotate --account"), text.out.constData());
        const QString expiredOn = QStringLiteral("expired on ") + m_expiredOn.toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(text.out.contains(expiredOn.toLatin1()), text.out.constData());
        // No refresh this time: the grant is young again.
        QCOMPARE(m_sandbox.oauthRefreshCount(), refreshes + 1);
        QVERIFY(run({QStringLiteral("forget"), QStringLiteral("--account"), oauth}).exitCode == 0);
    }

    void notifiesOnceADayAndTheActionStartsRotate()
    {
        QFile::remove(onboard::NotificationLog::pathFor(settingsPath()));
        QFile::remove(recordPath());
        startServer({QStringLiteral("--click"), QStringLiteral("rotate")});
        const Result r = run({QStringLiteral("check"), QStringLiteral("--notify")}, {QStringLiteral("TRELLO_ONBOARD_NOTIFY_WAIT=30")});
        QVERIFY2(r.exitCode == 2, r.describe().constData()); // notifying changes nothing about the exit code
        QList<QJsonObject> notified;
        for (const QJsonObject &entry : recorded())
            if (entry.value(QStringLiteral("method")).toString() == QLatin1String("Notify"))
                notified.append(entry);
        QCOMPARE(notified.size(), 3); // the token that expires soon, the expired one, and the refused one
        QStringList summaries;
        for (const QJsonObject &n : notified) {
            QCOMPARE(n.value(QStringLiteral("app_name")).toString(), QStringLiteral("trello-onboard"));
            QVERIFY(n.value(QStringLiteral("actions")).toArray().contains(QStringLiteral("rotate")));
            QCOMPARE(n.value(QStringLiteral("hints")).toObject().value(QStringLiteral("desktop-entry")).toString(),
                     QStringLiteral("io.github.trelloonboard.TrelloOnboard"));
            summaries << n.value(QStringLiteral("summary")).toString() + n.value(QStringLiteral("body")).toString();
        }
        const QString all = summaries.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(SandboxServer::members().at(0).username) && all.contains(SandboxServer::members().at(1).username), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("has expired")), qPrintable(all));
        // Each click started `trello-onboard rotate --account <id>`.
        for (const QString &id : {m_soon, m_expired, m_refused}) {
            QStringList running;
            for (int i = 0; i < 50 && running.isEmpty(); ++i) {
                running = rotateProcessesFor(id, false);
                if (running.isEmpty())
                    QTest::qWait(100);
            }
            QVERIFY2(!running.isEmpty(), qPrintable(id));
            rotateProcessesFor(id, true);
        }

        // Again the same day: nobody is notified twice.
        startServer({QStringLiteral("--close-after"), QStringLiteral("0.2")});
        const Result again = run({QStringLiteral("check"), QStringLiteral("--notify")}, {QStringLiteral("TRELLO_ONBOARD_NOTIFY_WAIT=30")});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(notifies(), 3);
        stopServer();
    }

    void withoutANotificationServiceItSaysSo()
    {
        stopServer();
        QFile::remove(onboard::NotificationLog::pathFor(settingsPath()));
        QElapsedTimer timer;
        timer.start();
        const Result r = run({QStringLiteral("check"), QStringLiteral("--notify")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No notification service"), r.err.constData());
        QVERIFY(timer.elapsed() < 12000);
        // Nothing recorded as notified: the next check with a service notifies.
        startServer({QStringLiteral("--close-after"), QStringLiteral("0.2")});
        const int before = notifies();
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--notify")}, {QStringLiteral("TRELLO_ONBOARD_NOTIFY_WAIT=30")}).exitCode, 2);
        QCOMPARE(notifies(), before + 3);
        stopServer();
    }

    void tokensNeverLeak()
    {
        for (const QString &token : std::as_const(m_tokens)) {
            const QStringList files = onboard::test::filesContaining(onboard::test::sessionRoot(), token.toLatin1());
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1String(", "))));
            for (const QByteArray &output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(token.toLatin1()), output.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
