// `revoke` and webhooks, as processes (PRODUCT.md, "Keeping tokens alive"): the question on a
// terminal (a real pseudo-terminal) says how many webhooks stop with the token, or that they could
// not be counted, and is asked all the same; --yes from scripts; --json says webhooksStopped; the
// sandbox of this test ends the webhooks with their token. At the end no token in any file of the
// session or in anything the children printed (debug logging on: URLs show /tokens/***/webhooks).
#include "ProgramRun.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTest>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using onboard::sandbox::SandboxFault;
using onboard::sandbox::SandboxServer;

namespace {
const QString Board = QStringLiteral("5f0c1a2b3c4d5e6f7a8b9c01");
const QStringList Debug{QStringLiteral("QT_LOGGING_RULES=*.debug=true")};
} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

private:
    using Result = onboard::test::ProgramRun::Result;

    SandboxServer m_sandbox;
    QStringList m_tokens;
    QList<QByteArray> m_outputs;

    static QString registryPath()
    {
        return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/trello-onboard/accounts.json");
    }

    Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        const Result result = onboard::test::ProgramRun{arguments, input, Debug}.run();
        m_outputs << result.out << result.err;
        return result;
    }

    // A read-write token of the demo member, imported, with `webhooks` webhooks.
    QString importWithWebhooks(int webhooks)
    {
        const QString token = m_sandbox.issueToken(0, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("30days"));
        m_tokens.append(token);
        const Result stored = run({QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey(),
                                   QStringLiteral("--api-host"), m_sandbox.apiRoot().toString()},
                                  token.toLatin1() + '\n');
        if (stored.exitCode != 0)
            qFatal("import failed: %s", stored.describe().constData());
        for (int i = 0; i < webhooks; ++i)
            m_sandbox.addWebhook(token, QStringLiteral("https://hooks.example/trello/%1").arg(i), Board, QStringLiteral("hook %1").arg(i));
        m_sandbox.clearReceived();
        return token;
    }

    int requests(const QByteArray &method, const QString &pathEnd) const
    {
        int n = 0;
        for (const auto &request : m_sandbox.received())
            n += request.method == method && request.path.endsWith(pathEnd) ? 1 : 0;
        return n;
    }

    struct TerminalResult
    {
        Result result;
        QByteArray terminal; // what the program wrote to its terminal (stderr), with the echo
    };

    // Runs the program with its stdin and stderr on a new pseudo-terminal (stdout stays a pipe, for
    // --json), and types `answer` once it asks "[y/N]".
    TerminalResult runOnTerminal(const QStringList &arguments, const QByteArray &answer)
    {
        TerminalResult run;
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            return run;
        const QByteArray slaveName = ::ptsname(master);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : Debug)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([slaveName] {
            ::setsid();
            const int slave = ::open(slaveName.constData(), O_RDWR);
            if (slave < 0)
                ::_exit(120);
            ::ioctl(slave, TIOCSCTTY, 0);
            ::dup2(slave, STDIN_FILENO);
            ::dup2(slave, STDERR_FILENO);
            if (slave > STDERR_FILENO)
                ::close(slave);
        });
        bool answered = false;
        QSocketNotifier notifier(master, QSocketNotifier::Read);
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            char buffer[4096];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0) {
                notifier.setEnabled(false); // EIO: the terminal's last user is gone
                return;
            }
            run.terminal.append(buffer, n);
            if (!answered && run.terminal.contains("[y/N] ")) {
                answered = true;
                [[maybe_unused]] const ssize_t written = ::write(master, answer.constData(), size_t(answer.size()));
            }
        });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(onboard::test::ProgramRun::program(), arguments);
        // The event loop runs meanwhile: the sandbox of this process answers the program.
        run.result.finished = process.waitForStarted(onboard::test::WaitMs) && finished.wait(onboard::test::WaitMs);
        if (!run.result.finished) {
            process.kill();
            finished.wait(2000);
        }
        QTest::qWait(50); // the terminal's last bytes
        notifier.setEnabled(false);
        ::close(master);
        run.result.exitStatus = process.exitStatus();
        run.result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.result.out = process.readAllStandardOutput();
        run.result.err = process.readAllStandardError();
        m_outputs << run.result.out << run.terminal;
        return run;
    }

    static QJsonObject json(const Result &result) { return QJsonDocument::fromJson(result.out).object(); }

#define EXPECT_EXIT(result, code) QVERIFY2((result).exitCode == (code), (result).describe().constData())

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!onboard::test::sessionRoot().isEmpty());
        QVERIFY(QFile::exists(onboard::test::ProgramRun::program()));
        QVERIFY(m_sandbox.listen());
    }

    void init()
    {
        run({QStringLiteral("forget")});
        m_sandbox.clearFaults();
        m_sandbox.clearReceived();
    }

    void revokeWithYesSaysHowManyWebhooksStopped()
    {
        const QString token = importWithWebhooks(3);
        const Result revoked = run({QStringLiteral("revoke"), QStringLiteral("--yes"), QStringLiteral("--json")});
        EXPECT_EXIT(revoked, 0);
        QCOMPARE(json(revoked).value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QCOMPARE(json(revoked).value(QStringLiteral("webhooksStopped")).toInt(-1), 3);
        QVERIFY2(revoked.err.contains("3 webhook") && revoked.err.contains("stopped"), revoked.err.constData());
        QVERIFY(m_sandbox.isRevoked(token));
        QVERIFY(m_sandbox.webhooks(token).isEmpty());
        // Counted with the token itself, before it was revoked; the URL logged without it.
        QCOMPARE(requests("GET", QStringLiteral("/webhooks")), 1);
        QVERIFY2(revoked.err.contains("/tokens/***/webhooks"), revoked.err.constData());
    }

    void revokeWithoutWebhooks()
    {
        importWithWebhooks(0);
        const Result revoked = run({QStringLiteral("revoke"), QStringLiteral("--yes"), QStringLiteral("--json")});
        EXPECT_EXIT(revoked, 0);
        QCOMPARE(json(revoked).value(QStringLiteral("webhooksStopped")).toInt(-1), 0);
    }

    void revokeGoesOnWhenWebhooksCannotBeCounted()
    {
        const QString token = importWithWebhooks(2);
        SandboxFault fault;
        fault.status = 500;
        fault.body = "oops";
        fault.times = -1;
        m_sandbox.addFault("GET", QStringLiteral("/1/tokens/") + token + QStringLiteral("/webhooks"), fault);
        const Result revoked = run({QStringLiteral("revoke"), QStringLiteral("--yes"), QStringLiteral("--json")});
        EXPECT_EXIT(revoked, 0);
        QVERIFY(json(revoked).contains(QStringLiteral("webhooksStopped")));
        QVERIFY(json(revoked).value(QStringLiteral("webhooksStopped")).isNull());
        QVERIFY2(revoked.err.contains("could not be counted"), revoked.err.constData());
        QVERIFY(m_sandbox.isRevoked(token));
    }

    void revokeAsksOnATerminalWithTheCount()
    {
        const QString token = importWithWebhooks(2);
        // No: nothing revoked, though the webhooks were counted for the question.
        const TerminalResult no = runOnTerminal({QStringLiteral("revoke")}, "n\n");
        EXPECT_EXIT(no.result, 1);
        QVERIFY2(no.terminal.contains("2 webhook") && no.terminal.contains("stop with it") && no.terminal.contains("[y/N]"),
                 no.terminal.constData());
        QVERIFY(no.terminal.contains("Nothing was revoked"));
        QCOMPARE(requests("GET", QStringLiteral("/webhooks")), 1);
        QCOMPARE(requests("DELETE", QStringLiteral("/")), 0);
        QVERIFY(!m_sandbox.isRevoked(token));
        QCOMPARE(m_sandbox.webhooks(token).size(), 2);

        // Yes, with --json: revoked, and the outcome says what stopped.
        const TerminalResult yes = runOnTerminal({QStringLiteral("revoke"), QStringLiteral("--json")}, "y\n");
        EXPECT_EXIT(yes.result, 0);
        QVERIFY2(yes.terminal.contains("2 webhook"), yes.terminal.constData());
        QCOMPARE(json(yes.result).value(QStringLiteral("webhooksStopped")).toInt(-1), 2);
        QVERIFY(m_sandbox.isRevoked(token));
        QVERIFY(m_sandbox.webhooks(token).isEmpty());
    }

    void revokeAsksEvenWhenTheCountFails()
    {
        const QString token = importWithWebhooks(1);
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::CloseConnection;
        fault.times = -1;
        m_sandbox.addFault("GET", QStringLiteral("/1/tokens/") + token + QStringLiteral("/webhooks"), fault);
        const TerminalResult yes = runOnTerminal({QStringLiteral("revoke")}, "y\n");
        EXPECT_EXIT(yes.result, 0);
        QVERIFY2(yes.terminal.contains("Could not count the token's webhooks") && yes.terminal.contains("any webhooks it has"),
                 yes.terminal.constData());
        QVERIFY(m_sandbox.isRevoked(token));
    }

    void questionWithoutWebhooks()
    {
        const QString token = importWithWebhooks(0);
        const TerminalResult no = runOnTerminal({QStringLiteral("revoke")}, "\n");
        EXPECT_EXIT(no.result, 1);
        QVERIFY2(no.terminal.contains("it has no webhooks"), no.terminal.constData());
        QVERIFY(!m_sandbox.isRevoked(token));
        // From a script without --yes: refused before anything is asked of Trello.
        m_sandbox.clearReceived();
        const Result refused = run({QStringLiteral("revoke")}, "y\n");
        EXPECT_EXIT(refused, 64);
        QVERIFY(m_sandbox.received().isEmpty());
    }

    // Last: no token in any file of the session, nor in anything the children printed.
    void tokensNeverLeak()
    {
        QVERIFY(m_tokens.size() >= 5);
        for (const QString &token : std::as_const(m_tokens)) {
            const QStringList files = onboard::test::filesContaining(onboard::test::sessionRoot(), token.toLatin1());
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1String(", "))));
            for (const QByteArray &output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(token.toLatin1()), output.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
