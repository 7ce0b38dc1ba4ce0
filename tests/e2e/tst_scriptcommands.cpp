#include "ProgramRun.h"
#include "RunKeychainJob.h"
#include "SandboxServer.h"
#include "StandInSystemctl.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using onboard::ErrorKind;
using onboard::KeychainJob;
using onboard::sandbox::SandboxFault;
using onboard::sandbox::SandboxServer;

// The commands for scripts (status, token, exec, import, revoke, forget) as processes: the real
// keychain on the private D-Bus session of session.sh, the sandbox Trello of this test over
// loopback, and every exit code of PRODUCT.md. The test's event loop keeps running while a child
// runs (QSignalSpy::wait), so the in-process sandbox can answer it.
//
// At the end every file of the session and every byte the children printed (except what `token`
// is meant to print) is searched for every token used: none may appear.
namespace {
struct Options
{
    QByteArray input;           // written to stdin, which is then closed
    QStringList environment;    // NAME=value added to (or replacing in) the environment
    bool tokenOnStdout = false; // `token`: stdout is allowed to hold the token
};
} // namespace

class TestScriptCommands : public QObject
{
    Q_OBJECT

private:
    using Result = onboard::test::ProgramRun::Result;

    SandboxServer m_sandbox;
    QString m_key; // a 32-hex API key the sandbox accepts
    QStringList m_tokens;
    QList<QByteArray> m_outputs; // everything the children printed that must not hold a token
    QByteArrayList m_secrets;    // secret header values, kept as well as tokens

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
    }

    static QString program() { return onboard::test::ProgramRun::program(); }

    static QString registryPath()
    {
        return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/trello-onboard/accounts.json");
    }

    QString api() const { return m_sandbox.apiRoot().toString(); }
    QString accountId(int member) const { return m_key + QLatin1Char(':') + SandboxServer::members().at(member).id; }

    QString issue(int member, const QStringList &scopes, const QString &expiration = QStringLiteral("30days"))
    {
        const QString token = m_sandbox.issueToken(member, scopes, expiration);
        m_tokens.append(token);
        return token;
    }

    Result run(const QStringList &arguments, const Options &options = {})
    {
        const Result result = onboard::test::ProgramRun{arguments, options.input, options.environment}.run();
        if (!options.tokenOnStdout)
            m_outputs.append(result.out);
        m_outputs.append(result.err);
        return result;
    }

    Result import(const QString &token, const QStringList &extra = {}, const Options &options = {})
    {
        Options withInput = options;
        withInput.input = token.toLatin1() + '\n';
        return run(QStringList{QStringLiteral("import"), QStringLiteral("--key"), m_key, QStringLiteral("--api-host"), api()}
                       + extra,
                   withInput);
    }

    Result tokenOf(const QString &account = {})
    {
        QStringList arguments{QStringLiteral("token")};
        if (!account.isEmpty())
            arguments << QStringLiteral("--account") << account;
        Options options;
        options.tokenOnStdout = true;
        return run(arguments, options);
    }

    // Forgets whatever is stored (real profile), so each test starts with nothing.
    void forgetAll()
    {
        QFile file(registryPath());
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QJsonArray accounts = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts")).toArray();
        file.close();
        for (const QJsonValue &account : accounts) {
            const QString id = account.toObject().value(QStringLiteral("apiKey")).toString() + QLatin1Char(':')
                               + account.toObject().value(QStringLiteral("memberId")).toString();
            run({QStringLiteral("forget"), QStringLiteral("--account"), id});
        }
        QFile::remove(registryPath());
    }

    static QByteArray describe(const Result &r) { return r.describe(); }

    static QByteArray sha256Hex(const QString &text)
    {
        return QCryptographicHash::hash(text.toLatin1(), QCryptographicHash::Sha256).toHex();
    }

    static SandboxFault failure(int status, const QByteArray &body)
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Answer;
        fault.status = status;
        fault.body = body;
        return fault;
    }

    // "N -> target" of each line of `ls -l /proc/self/fd`, with pipe and socket numbers left out.
    static QStringList descriptors(const QByteArray &listing)
    {
        QStringList result;
        for (const QByteArray &line : listing.split('\n')) {
            const qsizetype arrow = line.indexOf(" -> ");
            if (arrow < 0)
                continue;
            const QByteArray fd = line.left(arrow).mid(line.left(arrow).lastIndexOf(' ') + 1);
            QByteArray target = line.mid(arrow + 4);
            if (target.contains(":["))
                target = target.left(target.indexOf(":["));
            result << QString::fromLatin1(fd + " -> " + target).replace(QRegularExpression(QStringLiteral("/proc/[0-9]+/")), QStringLiteral("/proc/N/"));
        }
        result.sort();
        return result;
    }

#define EXPECT_EXIT(result, code) QVERIFY2((result).exitCode == (code), describe(result).constData())

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!onboard::test::sessionRoot().isEmpty());
        QVERIFY(QFile::exists(program()));
        QVERIFY(m_sandbox.listen());
        m_key = SandboxServer::demoKey();
    }

    void init()
    {
        forgetAll();
        m_sandbox.clearFaults();
        m_sandbox.clearReceived();
    }

    void nothingStoredIsNoAccount()
    {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("status")}, QStringList{QStringLiteral("status"), QStringLiteral("--json")},
              QStringList{QStringLiteral("token")}, QStringList{QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("true")},
              QStringList{QStringLiteral("revoke"), QStringLiteral("--yes")}, QStringList{QStringLiteral("forget")},
              QStringList{QStringLiteral("token"), QStringLiteral("--account"), QStringLiteral("demo")}}) {
            const Result r = run(arguments);
            EXPECT_EXIT(r, 5);
            QVERIFY2(r.err.startsWith("trello-onboard: ") && r.err.count('\n') == 1, r.err.constData());
            if (!arguments.contains(QStringLiteral("--json")))
                QVERIFY2(r.out.isEmpty(), r.out.constData());
        }
        // With --json, one document on stdout also then.
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("status"), QStringLiteral("--json")}, QStringList{QStringLiteral("forget"), QStringLiteral("--json")},
              QStringList{QStringLiteral("revoke"), QStringLiteral("--yes"), QStringLiteral("--json")},
              QStringList{QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--account"), QStringLiteral("x")}}) {
            const Result r = run(arguments);
            EXPECT_EXIT(r, 5);
            QJsonParseError parseError;
            const QJsonObject document = QJsonDocument::fromJson(r.out, &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError, describe(r).constData());
            QCOMPARE(document.value(QStringLiteral("exitCode")).toInt(), 5);
            QCOMPARE(document.value(QStringLiteral("status")).toString(), QStringLiteral("no-account"));
            if (arguments.first() == QLatin1String("status"))
                QVERIFY(document.value(QStringLiteral("accounts")).isArray());
        }
        QVERIFY(m_sandbox.received().isEmpty());
    }

    void importFromPipeThenStatusAndToken()
    {
        const QString token = issue(0, {QStringLiteral("read"), QStringLiteral("write")});
        const Result stored = import(token, {QStringLiteral("--json")});
        EXPECT_EXIT(stored, 0);
        const QJsonObject outcome = QJsonDocument::fromJson(stored.out).object();
        QCOMPARE(outcome.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        QCOMPARE(outcome.value(QStringLiteral("accountId")).toString(), accountId(0));
        QVERIFY(stored.err.contains("Stored the verified token"));
        // Verified with GET /members/me before it was stored.
        bool sawMe = false;
        for (const auto &request : m_sandbox.received())
            sawMe = sawMe || (request.method == "GET" && request.path == QLatin1String("/1/members/me"));
        QVERIFY(sawMe);

        const Result token1 = tokenOf();
        EXPECT_EXIT(token1, 0);
        QCOMPARE(token1.out, token.toLatin1() + '\n');
        QVERIFY2(token1.err.isEmpty(), token1.err.constData());

        m_sandbox.clearReceived();
        const Result table = run({QStringLiteral("status")});
        EXPECT_EXIT(table, 0);
        QVERIFY2(table.out.contains("demo") && table.out.contains("Demo Member") && table.out.contains("read,write")
                     && table.out.contains("OK") && table.out.contains("d left"),
                 table.out.constData());
        QVERIFY2(table.err.isEmpty(), table.err.constData());
        QVERIFY(!m_sandbox.received().isEmpty());

        const Result json = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--account"), QStringLiteral("DEMO")});
        EXPECT_EXIT(json, 0);
        QJsonParseError parseError;
        const QJsonObject document = QJsonDocument::fromJson(json.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(document.value(QStringLiteral("exitCode")).toInt(-1), 0);
        const QJsonArray accounts = document.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("scopes")).toArray().size(), 2);

        // The settings file holds the account, never the token.
        QFile registry(registryPath());
        QVERIFY(registry.open(QIODevice::ReadOnly));
        const QByteArray settings = registry.readAll();
        QVERIFY(settings.contains(accountId(0).toLatin1()));
        QVERIFY(!settings.contains(token.toLatin1()));
    }

    // "expiry-warnings = on" (here on the command line; usually the administrator's config) turns
    // the daily check on once the token is stored. A container has no user systemd: a stand-in
    // systemctl records what it was asked and answers as told.
    void importTurnsTheDailyCheckOnWhenAsked()
    {
        onboard::test::StandInSystemctl systemctl;
        const auto readCalls = [&systemctl] {
            const QByteArray calls = systemctl.calls();
            systemctl.clearCalls();
            return calls;
        };
        const QStringList on{QStringLiteral("--expiry-warnings"), QStringLiteral("on")};

        QVERIFY(systemctl.install({}));
        Result stored = import(issue(0, {QStringLiteral("read")}), on);
        EXPECT_EXIT(stored, 0);
        QVERIFY2(stored.err.contains("daily check that warns before tokens expire is on")
                     && stored.err.contains("systemctl --user disable --now trello-onboard-check.timer"),
                 stored.err.constData());
        QCOMPARE(readCalls(), QByteArray("--user enable --now trello-onboard-check.timer\n"));

        // A timer that cannot be turned on is a warning: the token is stored all the same.
        forgetAll();
        QVERIFY(systemctl.install({1, 1}));
        stored = import(issue(0, {QStringLiteral("read")}), on + QStringList{QStringLiteral("--json")});
        EXPECT_EXIT(stored, 0);
        QCOMPARE(QJsonDocument::fromJson(stored.out).object().value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        QVERIFY2(stored.err.contains("Warning: the daily check") && stored.err.contains(onboard::test::StandInSystemctl::failureReason()),
                 stored.err.constData());
        EXPECT_EXIT(tokenOf(), 0);
        readCalls();

        // Off (the default), a failed import, and the demo: systemctl is not asked.
        forgetAll();
        EXPECT_EXIT(import(issue(0, {QStringLiteral("read")})), 0);
        EXPECT_EXIT(import(QStringLiteral("ATTA") + QString(72, QLatin1Char('0')), on), 2);
        Options options;
        options.input = issue(1, {QStringLiteral("read")}).toLatin1() + '\n';
        EXPECT_EXIT(run(QStringList{QStringLiteral("--demo"), QStringLiteral("import"), QStringLiteral("--key"), m_key} + on, options), 0);
        EXPECT_EXIT(run({QStringLiteral("--demo"), QStringLiteral("forget")}), 0);
        QCOMPARE(readCalls(), QByteArray());
    }

    void statusOfManyAccountsReadsEachOneRight()
    {
        // Five accounts (five keys, the two members), one with a secret header, read at once; one
        // entry removed behind the program's back is read on its own and reported missing.
        QStringList keys;
        QStringList tokens;
        for (int i = 0; i < 5; ++i) {
            keys.append(QStringLiteral("%1").arg(i + 1, 32, 16, QLatin1Char('0')));
            tokens.append(issue(i % 2, {QStringLiteral("read")}));
            Options input;
            input.input = tokens.last().toLatin1() + '\n';
            QStringList arguments{QStringLiteral("import"), QStringLiteral("--key"), keys.last(), QStringLiteral("--api-host"), api()};
            if (i == 3)
                arguments << QStringLiteral("--header") << QStringLiteral("X-Secret-Route: s3cr3t-route");
            EXPECT_EXIT(run(arguments, input), 0);
        }
        const QString removed = keys.at(2) + QLatin1Char(':') + SandboxServer::members().at(0).id;
        QProcess clear;
        clear.start(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("trello-onboard"),
                                                    QStringLiteral("user"), removed});
        QVERIFY(clear.waitForFinished(onboard::test::WaitMs) && clear.exitCode() == 0);

        m_sandbox.clearReceived();
        const Result json = run({QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonObject document = QJsonDocument::fromJson(json.out).object();
        const QJsonArray accounts = document.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject account = accounts.at(i).toObject();
            const bool isRemoved = account.value(QStringLiteral("accountId")).toString() == removed;
            QVERIFY2((account.value(QStringLiteral("status")).toString() == QLatin1String("ok")) != isRemoved, describe(json).constData());
        }
        QCOMPARE(document.value(QStringLiteral("exitCode")).toInt(-1), json.exitCode);
        QVERIFY2(json.exitCode != 0 && json.out.contains("holds no token"), describe(json).constData());
        // Each token went with its own key, and the header with its account only.
        int withHeader = 0;
        for (const auto &request : m_sandbox.received()) {
            if (request.path != QLatin1String("/1/members/me"))
                continue;
            const QUrlQuery &query = request.query;
            const int index = int(keys.indexOf(query.queryItemValue(QStringLiteral("key"))));
            QVERIFY(index >= 0 && index != 2);
            QCOMPARE(query.queryItemValue(QStringLiteral("token")), tokens.at(index));
            if (request.header(QByteArrayLiteral("X-Secret-Route")) == QByteArrayLiteral("s3cr3t-route")) {
                QCOMPARE(index, 3);
                ++withHeader;
            }
        }
        QCOMPARE(withHeader, 1);
    }

    void importRejectsBadInput()
    {
        // Nothing on stdin, a malformed token, too much input: 64, and no request is made.
        EXPECT_EXIT(import(QString()), 64);
        Result malformed = import(QStringLiteral("not-a-token"));
        EXPECT_EXIT(malformed, 64);
        QCOMPARE(malformed.err.count('\n'), 1);
        EXPECT_EXIT(import(QString(5000, QLatin1Char('a'))), 64);
        // The token is never read from the command line.
        const QString token = issue(0, {QStringLiteral("read")});
        EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--key"), m_key, QStringLiteral("--token"), token}), 64);
        // A malformed key, a plain-http non-loopback host, an unknown option.
        Options withToken;
        withToken.input = token.toLatin1();
        EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--key"), QStringLiteral("xyz"), QStringLiteral("--api-host"), api()}, withToken), 64);
        EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--key"), m_key, QStringLiteral("--api-host"),
                         QStringLiteral("http://example.com/1")},
                        withToken),
                    64);
        EXPECT_EXIT(run({QStringLiteral("status"), QStringLiteral("--frobnicate")}), 64);
        QVERIFY(m_sandbox.received().isEmpty());
        QVERIFY(!QFile::exists(registryPath()));
    }

    void importFailuresStoreNothing()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        // Refused by Trello: 2.
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), failure(401, "invalid token"));
        Result r = import(token);
        EXPECT_EXIT(r, 2);
        QCOMPARE(r.err.count('\n'), 1);
        // A token another sandbox already revoked, an expired one: 2.
        const QString expired = m_sandbox.issueTokenCreatedAt(0, {QStringLiteral("read")}, QStringLiteral("1hour"),
                                                              QDateTime::currentDateTimeUtc().addDays(-1));
        m_tokens.append(expired);
        EXPECT_EXIT(import(expired), 2);
        // The host fails: 5xx, rate limited, a redirect to another origin, nothing listening: 4.
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), failure(503, "down"));
        r = import(token);
        EXPECT_EXIT(r, 4);
        QCOMPARE(r.err.count('\n'), 1);
        SandboxFault limited = failure(429, R"({"error":"API_TOKEN_LIMIT_EXCEEDED","message":"Rate limit exceeded"})");
        limited.contentType = "application/json";
        limited.times = -1;
        m_sandbox.addFault("GET", QStringLiteral("/1/"), limited);
        EXPECT_EXIT(import(token), 4);
        m_sandbox.clearFaults();
        SandboxFault away;
        away.kind = SandboxFault::Kind::Redirect;
        away.status = 302;
        away.location = QUrl(QStringLiteral("http://localhost:%1/1/members/me").arg(m_sandbox.port()));
        away.times = -1;
        m_sandbox.addFault("GET", QStringLiteral("/1/"), away);
        EXPECT_EXIT(import(token), 4);
        m_sandbox.clearFaults();
        EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--key"), m_key, QStringLiteral("--api-host"),
                         QStringLiteral("http://127.0.0.1:1/1")},
                        Options{token.toLatin1(), {}, false}),
                    4);
        // No keychain: 3.
        r = import(token, {}, Options{{}, {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")}, false});
        EXPECT_EXIT(r, 3);
        QCOMPARE(r.err.count('\n'), 1);
        // None of these stored anything.
        EXPECT_EXIT(tokenOf(), 5);
    }

    void importHonoursHeadersAndOAuthHeader()
    {
        const QString token = issue(1, {QStringLiteral("read")});
        EXPECT_EXIT(import(token, {QStringLiteral("--header"), QStringLiteral("X-Egress-Tag: scripts"),
                                   QStringLiteral("--credentials-in"), QStringLiteral("header")}),
                    0);
        m_sandbox.clearReceived();
        EXPECT_EXIT(run({QStringLiteral("status")}), 0);
        const auto requests = m_sandbox.received();
        QVERIFY(!requests.isEmpty());
        for (const auto &request : requests) {
            QCOMPARE(request.header("X-Egress-Tag"), QByteArray("scripts"));
            QVERIFY(request.header("Authorization").startsWith("OAuth "));
            QVERIFY(!request.query.hasQueryItem(QStringLiteral("token")));
        }
    }

    // Header values that are secrets live in the keychain beside the token (<id>#headers), never
    // in the settings file, and still go with every request; forget removes them too.
    void secretHeaderValuesAreKeptInTheKeychain()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        const QByteArray secret = "sk-live-4f9a0c7e1b2d";
        m_secrets << secret;
        EXPECT_EXIT(import(token, {QStringLiteral("--header"), QStringLiteral("X-Api-Key: ") + QString::fromLatin1(secret),
                                   QStringLiteral("--header"), QStringLiteral("X-Team: blue")}),
                    0);
        const QByteArray settings = readFile(registryPath());
        QVERIFY2(settings.contains("X-Api-Key") && settings.contains("\"secret\": true"), settings.constData());
        QVERIFY(settings.contains("blue")); // not a secret: stays readable
        QVERIFY2(!settings.contains(secret), settings.constData());
        const auto kept = onboard::test::runKeychainJob(KeychainJob::Operation::Read, KeychainJob::serviceName(false),
                                                        accountId(0) + QStringLiteral("#headers"), {},
                                                        KeychainJob::Content::HeaderValues);
        QVERIFY(kept.token.contains(QString::fromLatin1(secret)));
        // The value still goes with the requests of a later run, read from the keychain.
        m_sandbox.clearReceived();
        EXPECT_EXIT(run({QStringLiteral("status")}), 0);
        QVERIFY(!m_sandbox.received().isEmpty());
        for (const auto &request : m_sandbox.received())
            QCOMPARE(request.header("X-Api-Key"), secret);
        // token prints the token only: the headers' item is not even read.
        QCOMPARE(tokenOf().out, token.toLatin1() + '\n');
        EXPECT_EXIT(run({QStringLiteral("forget")}), 0);
        QCOMPARE(onboard::test::runKeychainJob(KeychainJob::Operation::Read, KeychainJob::serviceName(false),
                                               accountId(0) + QStringLiteral("#headers"))
                     .error.kind(),
                 ErrorKind::NoAccount);
    }

    // An earlier release wrote secret header values into the settings file: the next command moves
    // them to the keychain, and the requests still carry them.
    void secretHeaderValuesOfAnEarlierReleaseAreMoved()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        EXPECT_EXIT(import(token), 0);
        const QByteArray secret = "Bearer egress-7e3c1a9d";
        m_secrets << secret;
        QByteArray settings = readFile(registryPath());
        settings.replace("\"headers\": [\n", "\"headers\": [{\"name\": \"Proxy-Authorization\", \"value\": \"" + secret + "\"}\n");
        writeFile(registryPath(), settings);
        m_sandbox.clearReceived();
        const Result status = run({QStringLiteral("status")});
        EXPECT_EXIT(status, 0);
        QVERIFY2(status.err.contains("moved from the settings file to the keychain"), status.err.constData());
        QVERIFY2(!readFile(registryPath()).contains(secret), readFile(registryPath()).constData());
        QVERIFY(readFile(registryPath()).contains("Proxy-Authorization"));
        for (const auto &request : m_sandbox.received())
            QCOMPARE(request.header("Proxy-Authorization"), secret);
        const Result again = run({QStringLiteral("status")});
        EXPECT_EXIT(again, 0);
        QVERIFY2(again.err.isEmpty(), again.err.constData());
    }

    // A header that carries the Trello token itself is refused, with the option that does it.
    void headerCarryingTheTokenIsRefused()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        const Result refused = import(token, {QStringLiteral("--header"),
                                              QStringLiteral("Authorization: OAuth oauth_consumer_key=\"%1\", oauth_token=\"%2\"")
                                                  .arg(m_key, token)});
        EXPECT_EXIT(refused, 64);
        QVERIFY2(refused.err.contains("--credentials-in header"), refused.err.constData());
        QVERIFY(!QFile::exists(registryPath()));
    }

    void accountSelection()
    {
        const QString first = issue(0, {QStringLiteral("read")});
        const QString second = issue(1, {QStringLiteral("read")});
        EXPECT_EXIT(import(first), 0);
        EXPECT_EXIT(import(second), 0);

        const Result ambiguous = tokenOf();
        EXPECT_EXIT(ambiguous, 64);
        QVERIFY(ambiguous.out.isEmpty());
        QVERIFY2(ambiguous.err.contains("demo") && ambiguous.err.contains("second"), ambiguous.err.constData());
        QCOMPARE(ambiguous.err.count('\n'), 1);
        EXPECT_EXIT(run({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("true")}), 64);
        EXPECT_EXIT(run({QStringLiteral("forget")}), 64);
        EXPECT_EXIT(run({QStringLiteral("revoke"), QStringLiteral("--yes")}), 64);

        QCOMPARE(tokenOf(QStringLiteral("second")).out, second.toLatin1() + '\n');
        QCOMPARE(tokenOf(QStringLiteral("Demo")).out, first.toLatin1() + '\n');
        QCOMPARE(tokenOf(accountId(1)).out, second.toLatin1() + '\n');
        const Result unknown = tokenOf(QStringLiteral("nobody"));
        EXPECT_EXIT(unknown, 5);
        QVERIFY(unknown.err.contains("nobody"));

        // status without --account checks them all.
        const Result all = run({QStringLiteral("status"), QStringLiteral("--json")});
        EXPECT_EXIT(all, 0);
        QCOMPARE(QJsonDocument::fromJson(all.out).object().value(QStringLiteral("accounts")).toArray().size(), 2);
        EXPECT_EXIT(run({QStringLiteral("status"), QStringLiteral("--account"), QStringLiteral("nobody")}), 5);
    }

    void statusReportsTheWorstFailure()
    {
        const QString first = issue(0, {QStringLiteral("read")});
        const QString second = issue(1, {QStringLiteral("read")});
        EXPECT_EXIT(import(first), 0);
        EXPECT_EXIT(import(second), 0);

        // One host error: unreachable, exit 4; the table still lists both.
        const SandboxFault down = failure(500, "oops");
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), down);
        Result r = run({QStringLiteral("status")});
        EXPECT_EXIT(r, 4);
        QVERIFY2(r.out.contains("unreachable") && r.out.contains("OK"), r.out.constData());
        QVERIFY(r.err.contains("trello-onboard: "));

        // Refused wins over unreachable: exit 2.
        m_sandbox.clearFaults();
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), failure(401, "invalid token"));
        m_sandbox.addFault("GET", QStringLiteral("/1/members/me"), down);
        r = run({QStringLiteral("status"), QStringLiteral("--json")});
        EXPECT_EXIT(r, 2);
        const QJsonObject document = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(document.value(QStringLiteral("exitCode")).toInt(), 2);
        QStringList states;
        for (const QJsonValue &account : document.value(QStringLiteral("accounts")).toArray())
            states << account.toObject().value(QStringLiteral("status")).toString();
        states.sort();
        QCOMPARE(states, (QStringList{QStringLiteral("network"), QStringLiteral("token-refused")}));

        // No keychain: 3.
        m_sandbox.clearFaults();
        r = run({QStringLiteral("status")}, Options{{}, {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")}, false});
        EXPECT_EXIT(r, 3);
        QVERIFY(r.out.contains("keychain"));
        EXPECT_EXIT(run({QStringLiteral("token"), QStringLiteral("--account"), QStringLiteral("demo")},
                        Options{{}, {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")}, false}),
                    3);
        EXPECT_EXIT(run({QStringLiteral("forget"), QStringLiteral("--account"), QStringLiteral("demo")},
                        Options{{}, {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")}, false}),
                    3);
        // Nothing was lost on the way.
        QCOMPARE(tokenOf(QStringLiteral("demo")).out, first.toLatin1() + '\n');
    }

    void execPassesEnvironmentStreamsAndStatus()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        EXPECT_EXIT(import(token), 0);

        // The variables arrive (shown as a hash, so the output holds no token); stdin, stdout and
        // stderr pass through.
        Options input;
        input.input = "hello from stdin\n";
        const Result r = run({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("printf %s \"$TRELLO_TOKEN\" | sha256sum | cut -d' ' -f1; "
                                             "echo \"key=$TRELLO_KEY\"; read line; echo \"got:$line\"; echo to-stderr >&2")},
                             input);
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.out, sha256Hex(token) + "\nkey=" + m_key.toLatin1() + "\ngot:hello from stdin\n");
        QCOMPARE(r.err, QByteArray("to-stderr\n"));

        // Nothing of trello-onboard (its keychain connection, its event loop) is left open in the
        // command: it has the same descriptors as the same command started directly.
        const QStringList listFds{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exec ls -l /proc/self/fd")};
        const Result viaExec = run(QStringList{QStringLiteral("exec"), QStringLiteral("--")} + listFds);
        EXPECT_EXIT(viaExec, 0);
        QProcess direct;
        QSignalSpy directFinished(&direct, &QProcess::finished);
        direct.start(listFds.first(), listFds.mid(1));
        QVERIFY(directFinished.wait(onboard::test::WaitMs));
        QCOMPARE(descriptors(viaExec.out), descriptors(direct.readAllStandardOutput()));

        // The command's exit status is the status.
        EXPECT_EXIT(run({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")}), 7);
        // A command that cannot be found: 127, as shells do.
        const Result missing = run({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("/nonexistent/command")});
        EXPECT_EXIT(missing, 127);
        QCOMPARE(missing.err.count('\n'), 1);
        // exec without a command: 64.
        EXPECT_EXIT(run({QStringLiteral("exec")}), 64);
    }

    void execKilledBySignalDiesOfIt()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        EXPECT_EXIT(import(token), 0);
        // trello-onboard execvp()s the command, so the command is the child process itself: when
        // it dies of a signal, the child dies of it (QProcess reports a crash) rather than
        // exiting with 128+N.
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        onboard::test::ProgramRun{{QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                   QStringLiteral("kill -TERM $$")}}
            .start(process);
        QVERIFY(finished.wait(onboard::test::WaitMs));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        m_outputs.append(process.readAll());
        m_outputs.append(process.readAllStandardError());
    }

    void execForwardsSignalsAndKeepsTokenOutOfArgv()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        EXPECT_EXIT(import(token), 0);

        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        onboard::test::ProgramRun{{QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                   QStringLiteral("trap 'echo got-term; exit 42' TERM; echo ready; sleep 10 & wait")}}
            .start(process);
        QVERIFY(process.state() == QProcess::Running);
        const QString pid = QString::number(process.processId());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += process.readAllStandardOutput()).contains("ready"), onboard::test::WaitMs);

        // The same process now runs sh (execvp), with the token in its environment only.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY2(cmdline.readAll().startsWith(QByteArrayView("sh\0-c", 5)), "the child did not exec the command");
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        QVERIFY(environ.readAll().contains("TRELLO_TOKEN=" + token.toLatin1() + '\0'));
        // No process's arguments hold the token.
        int scanned = 0;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool numeric = false;
            entry.toInt(&numeric);
            if (!numeric)
                continue;
            QFile arguments(QStringLiteral("/proc/%1/cmdline").arg(entry));
            if (!arguments.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            const QByteArray bytes = arguments.readAll();
            QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(QStringLiteral("token in the arguments of process %1").arg(entry)));
        }
        QVERIFY(scanned > 2);

        // A signal sent to trello-onboard reaches the command: its trap answers.
        process.terminate();
        QVERIFY(finished.wait(onboard::test::WaitMs));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 42);
        seen += process.readAllStandardOutput();
        QVERIFY2(seen.contains("got-term"), seen.constData());
        m_outputs.append(seen);
        m_outputs.append(process.readAllStandardError());
    }

    void revokeReadOnlyTokenIsRefusedAndKept()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        EXPECT_EXIT(import(token), 0);
        m_sandbox.clearReceived();
        const Result r = run({QStringLiteral("revoke"), QStringLiteral("--yes")});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains("trello.com") && r.err.contains("Applications"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        bool sawDelete = false;
        for (const auto &request : m_sandbox.received())
            sawDelete = sawDelete || (request.method == "DELETE" && request.path.startsWith(QLatin1String("/1/tokens/")));
        QVERIFY(sawDelete);
        QVERIFY(!m_sandbox.isRevoked(token));
        QCOMPARE(tokenOf().out, token.toLatin1() + '\n');
        EXPECT_EXIT(run({QStringLiteral("status")}), 0);
    }

    void revokeNeedsConfirmationOrYes()
    {
        const QString token = issue(0, {QStringLiteral("read"), QStringLiteral("write")});
        EXPECT_EXIT(import(token), 0);
        m_sandbox.clearReceived();
        // stdin is a pipe, not a terminal, and there is no --yes: 64, nothing asked of Trello.
        Options answer;
        answer.input = "y\n";
        const Result r = run({QStringLiteral("revoke")}, answer);
        EXPECT_EXIT(r, 64);
        QVERIFY(r.err.contains("--yes"));
        QVERIFY(m_sandbox.received().isEmpty());
        // The host fails: 4, nothing removed.
        m_sandbox.addFault("DELETE", QStringLiteral("/1/tokens/"), failure(502, "bad gateway"));
        const Result failed = run({QStringLiteral("revoke"), QStringLiteral("--yes")});
        EXPECT_EXIT(failed, 4);
        QVERIFY2(!m_sandbox.isRevoked(token), describe(failed).constData());
        QCOMPARE(tokenOf().out, token.toLatin1() + '\n');
        // A token that can write revokes itself: gone on Trello and here.
        const Result revoked = run({QStringLiteral("revoke"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                    QStringLiteral("--account"), QStringLiteral("demo")});
        EXPECT_EXIT(revoked, 0);
        QCOMPARE(QJsonDocument::fromJson(revoked.out).object().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QVERIFY(revoked.err.contains("Revoked"));
        QVERIFY(m_sandbox.isRevoked(token));
        EXPECT_EXIT(tokenOf(), 5);
        EXPECT_EXIT(run({QStringLiteral("status")}), 5);
        // It cannot come back: Trello refuses it.
        EXPECT_EXIT(import(token), 2);
    }

    void forgetRemovesOnlyTheLocalCopy()
    {
        const QString token = issue(0, {QStringLiteral("read"), QStringLiteral("write")});
        EXPECT_EXIT(import(token), 0);
        m_sandbox.clearReceived();
        const Result r = run({QStringLiteral("forget"), QStringLiteral("--json")});
        EXPECT_EXIT(r, 0);
        QVERIFY(m_sandbox.received().isEmpty());
        QVERIFY(r.err.contains("stays valid on Trello"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(), QStringLiteral("forgotten"));
        QVERIFY(!m_sandbox.isRevoked(token));
        EXPECT_EXIT(tokenOf(), 5);
        EXPECT_EXIT(run({QStringLiteral("forget")}), 5);
        // Still valid on Trello: it can be imported again.
        EXPECT_EXIT(import(token), 0);
    }

    // Another program removed our keychain entry: a clear "no token" (5), the account record is
    // kept (nothing is lost that was not already gone), and setup or import puts it right.
    void keychainEntryDeletedBehindOurBack()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        EXPECT_EXIT(import(token), 0);
        QProcess clear;
        clear.start(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("trello-onboard"),
                                                    QStringLiteral("user"), accountId(0)});
        QVERIFY(clear.waitForFinished(onboard::test::WaitMs));
        QCOMPARE(clear.exitCode(), 0);

        const Result token1 = tokenOf();
        EXPECT_EXIT(token1, 5);
        QVERIFY(token1.out.isEmpty());
        QVERIFY2(token1.err.contains("setup"), token1.err.constData());
        const Result status = run({QStringLiteral("status"), QStringLiteral("--json")});
        EXPECT_EXIT(status, 5);
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("accounts")).toArray().size(), 1);
        EXPECT_EXIT(run({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("true")}), 5);
        // The record is still there, so importing the token again mends it.
        EXPECT_EXIT(import(token), 0);
        EXPECT_EXIT(tokenOf(), 0);
    }

    // Items of other programs (or other accounts) under our service name do not disturb ours.
    void foreignKeychainItemsAreIgnored()
    {
        const QString token = issue(0, {QStringLiteral("read")});
        EXPECT_EXIT(import(token), 0);
        QProcess store;
        store.start(QStringLiteral("secret-tool"), {QStringLiteral("store"), QStringLiteral("--label=foreign"), QStringLiteral("server"),
                                                    QStringLiteral("trello-onboard"), QStringLiteral("user"), QStringLiteral("someone-else")});
        QVERIFY(store.waitForStarted(onboard::test::WaitMs));
        store.write("not a token at all");
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(onboard::test::WaitMs));
        const Result r = tokenOf();
        EXPECT_EXIT(r, 0);
        QCOMPARE(r.out, token.toLatin1() + '\n');
        EXPECT_EXIT(run({QStringLiteral("status")}), 0);
    }

    void demoProfileIsSeparate()
    {
        const QString token = issue(1, {QStringLiteral("read")});
        const Result stored = run({QStringLiteral("--demo"), QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey()},
                                  Options{token.toLatin1() + '\n', {}, false});
        EXPECT_EXIT(stored, 0);
        QVERIFY2(stored.err.contains("trello-onboard-demo"), stored.err.constData());
        QVERIFY(QFile::exists(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/trello-onboard/accounts-demo.json")));
        EXPECT_EXIT(run({QStringLiteral("--demo"), QStringLiteral("status")}), 0);
        const Result demoToken = run({QStringLiteral("--demo"), QStringLiteral("token")}, Options{{}, {}, true});
        QCOMPARE(demoToken.out, token.toLatin1() + '\n');
        // The real profile holds nothing.
        EXPECT_EXIT(tokenOf(), 5);
        const Result forgotten = run({QStringLiteral("--demo"), QStringLiteral("forget")});
        EXPECT_EXIT(forgotten, 0);
        EXPECT_EXIT(run({QStringLiteral("--demo"), QStringLiteral("token")}), 5);
        // The demo never talked to this test's sandbox.
        QVERIFY(m_sandbox.received().isEmpty());
    }

    void fullFlowWithDebugLogging()
    {
        const Options debug{{}, {QStringLiteral("QT_LOGGING_RULES=*.debug=true")}, false};
        const QString token = issue(0, {QStringLiteral("read"), QStringLiteral("write")});
        EXPECT_EXIT(import(token, {QStringLiteral("--json")}, debug), 0);
        EXPECT_EXIT(run({QStringLiteral("status"), QStringLiteral("--json")}, debug), 0);
        EXPECT_EXIT(run({QStringLiteral("status")}, debug), 0);
        const Result exec = run({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("test -n \"$TRELLO_TOKEN\"")},
                                debug);
        EXPECT_EXIT(exec, 0);
        m_sandbox.addFault("DELETE", QStringLiteral("/1/tokens/"), failure(500, "oops"));
        m_sandbox.clearReceived();
        const Result failed = run({QStringLiteral("revoke"), QStringLiteral("--yes")}, debug);
        QByteArray requests;
        for (const auto &request : m_sandbox.received())
            requests += request.method + ' ' + request.path.left(14).toLatin1() + "…; ";
        EXPECT_EXIT(failed, 4);
        QVERIFY2(!m_sandbox.isRevoked(token), requests.constData());
        QVERIFY2(tokenOf().exitCode == 0, requests.constData());
        const Result revoked = run({QStringLiteral("revoke"), QStringLiteral("--yes"), QStringLiteral("--json")}, debug);
        EXPECT_EXIT(revoked, 0);
        const QString second = issue(1, {QStringLiteral("read")});
        EXPECT_EXIT(import(second, {}, debug), 0);
        EXPECT_EXIT(run({QStringLiteral("revoke"), QStringLiteral("--yes")}, debug), 2);
        EXPECT_EXIT(run({QStringLiteral("forget")}, debug), 0);
    }

    // Last: no token, nor any secret header value, in any file of the session (the keychain's own
    // encrypted file aside), nor in anything the children printed.
    void tokensNeverLeak()
    {
        QVERIFY(m_tokens.size() > 5);
        QVERIFY(m_outputs.size() > 50);
        QByteArrayList needles = m_secrets;
        for (const QString &token : std::as_const(m_tokens))
            needles << token.toLatin1();
        for (const QByteArray &needle : std::as_const(needles)) {
            const QStringList files = onboard::test::filesContaining(onboard::test::sessionRoot(), needle);
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1String(", "))));
            for (const QByteArray &output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(needle), output.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestScriptCommands)
#include "tst_scriptcommands.moc"
