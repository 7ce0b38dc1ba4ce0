#include "ProgramRun.h"
#include "SandboxServer.h"
#include "SessionKeyring.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using onboard::sandbox::SandboxServer;
using onboard::test::ProgramRun;
using onboard::test::SessionKeyring;
using Result = ProgramRun::Result;

// The keychain as people have it, with real parts: gnome-keyring whose collection is locked and
// its own unlock prompt (gcr-prompter on Xvfb), answered from here like a person would, after
// more than the 20 s the program used to give up at; the prompt dismissed; and a Secret Service
// that takes the bus name and never answers. Nothing stored changes unless the person unlocks,
// and no token shows up anywhere but the keychain and `token`'s stdout.
class TestKeychainPrompt : public QObject
{
    Q_OBJECT

    // What the program used to allow the keychain before giving up (exit 3), person or not.
    static constexpr int OldBoundMs = 20000;

    SandboxServer m_sandbox;
    SessionKeyring m_restarted; // a daemon started again after the silent service's turn
    QStringList m_tokens;
    QList<QByteArray> m_outputs;

    QString issue(int member)
    {
        const QString token = m_sandbox.issueToken(member, {QStringLiteral("read")}, QStringLiteral("never"));
        m_tokens.append(token);
        return token;
    }
    ProgramRun program(const QStringList &arguments, const QByteArray &input = {}, const QStringList &environment = {},
                       int boundMs = onboard::test::WaitMs)
    {
        return ProgramRun{arguments, input, environment, {}, boundMs};
    }
    ProgramRun importOf(const QString &token)
    {
        return program({QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey(),
                        QStringLiteral("--api-host"), m_sandbox.apiRoot().toString()},
                       token.toLatin1() + '\n');
    }
    Result keep(const Result &result, bool stdoutHoldsAToken = false)
    {
        if (!stdoutHoldsAToken)
            m_outputs.append(result.out);
        m_outputs.append(result.err);
        return result;
    }
    Result run(const ProgramRun &run, bool stdoutHoldsAToken = false) { return keep(run.run(), stdoutHoldsAToken); }

    // Starts `run` while the keychain is locked, waits for the prompt, leaves it open for longer
    // than the old bound, then answers it (typed password, or Escape).
    Result answerLate(const ProgramRun &run, bool unlock, bool stdoutHoldsAToken = false)
    {
        QProcess process;
        run.start(process);
        if (!SessionKeyring::waitForPrompt()) {
            process.kill();
            Result failed = run.finish(process);
            failed.err.prepend("(no unlock prompt appeared) ");
            return keep(failed);
        }
        QTest::qWait(OldBoundMs + 1500);
        if (process.state() == QProcess::NotRunning) {
            Result early = run.finish(process);
            early.err.prepend("(ended while the prompt was open) ");
            return keep(early);
        }
        const bool answered = unlock ? SessionKeyring::typePasswordIntoPrompt() : SessionKeyring::dismissPrompt();
        Result result = run.finish(process);
        if (!answered)
            result.err.prepend("(the prompt could not be answered) ");
        return keep(result, stdoutHoldsAToken);
    }

    static int waitingLines(const Result &result) { return int(result.err.count("waiting for the keychain")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "the prompt needs a display (session.sh --display)");
    }

    void tokenWaitsForThePersonToUnlock()
    {
        const QString token = issue(0);
        QCOMPARE(run(importOf(token)).exitCode, 0);
        QVERIFY(SessionKeyring::lock());
        const Result printed = answerLate(program({QStringLiteral("token")}, {}, {}, 60000), true, true);
        QVERIFY2(printed.exitCode == 0, printed.describe().constData());
        QCOMPARE(printed.out, token.toLatin1() + '\n');
        // One line on stderr, naming the keychain, said while waiting (and nothing else).
        QCOMPARE(waitingLines(printed), 1);
        QVERIFY2(printed.err.contains("gnome-keyring-daemon"), printed.err.constData());
        QVERIFY(!SessionKeyring::isLocked());
    }

    void importWaitsForThePersonToUnlock()
    {
        const QString token = issue(1);
        QVERIFY(SessionKeyring::lock());
        const Result stored = answerLate(
            program({QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey(),
                     QStringLiteral("--api-host"), m_sandbox.apiRoot().toString()},
                    token.toLatin1() + '\n', {}, 60000),
            true);
        QVERIFY2(stored.exitCode == 0, stored.describe().constData());
        QCOMPARE(waitingLines(stored), 1);
        QCOMPARE(run(program({QStringLiteral("token"), QStringLiteral("--account"),
                              SandboxServer::members().at(1).username}),
                     true)
                     .out,
                 token.toLatin1() + '\n');
    }

    void aDismissedPromptChangesNothing()
    {
        const QByteArray before = run(program({QStringLiteral("token"), QStringLiteral("--account"),
                                            SandboxServer::members().at(0).username}),
                                   true)
                                   .out;
        QVERIFY(!before.isEmpty());
        QFile settings(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/trello-onboard/accounts.json"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsBefore = settings.readAll();
        settings.close();

        // A new token for member 0, its store refused by the person at the prompt.
        QVERIFY(SessionKeyring::lock());
        const Result refused = answerLate(importOf(issue(0)), false);
        QVERIFY2(refused.exitCode == 3, refused.describe().constData());
        QVERIFY2(refused.err.contains("stayed locked"), refused.describe().constData());
        QVERIFY(SessionKeyring::isLocked());

        // Dismissed at once, for the other commands that touch the keychain.
        for (const QStringList &command : {QStringList{QStringLiteral("token")}, QStringList{QStringLiteral("forget")}}) {
            QProcess process;
            const ProgramRun dismissed = program(command + QStringList{QStringLiteral("--account"),
                                                                       SandboxServer::members().at(0).username});
            dismissed.start(process);
            QVERIFY(SessionKeyring::waitForPrompt());
            QVERIFY(SessionKeyring::dismissPrompt());
            const Result result = keep(dismissed.finish(process));
            QVERIFY2(result.exitCode == 3 && result.err.contains("stayed locked"), result.describe().constData());
            QVERIFY(result.out.isEmpty());
        }

        QVERIFY(SessionKeyring::unlock());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QCOMPARE(settings.readAll(), settingsBefore);
        QCOMPARE(run(program({QStringLiteral("token"), QStringLiteral("--account"),
                              SandboxServer::members().at(0).username}),
                     true)
                     .out,
                 before);
    }

    void statusNamesTheKeychain()
    {
        const Result json = run(program({QStringLiteral("status"), QStringLiteral("--json")}));
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        const QJsonObject keychain = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("keychain")).toObject();
        QCOMPARE(keychain.value(QStringLiteral("provider")).toString(), QStringLiteral("gnome-keyring-daemon"));
        QCOMPARE(keychain.value(QStringLiteral("api")).toString(), QStringLiteral("Secret Service"));
        const Result text = run(program({QStringLiteral("status")}));
        QVERIFY2(text.out.contains("Keychain: gnome-keyring-daemon (Secret Service)"), text.describe().constData());
    }

    void aSilentKeychainEndsAfterItsBound()
    {
        QVERIFY(SessionKeyring::stop());
        {
            onboard::test::SilentSecretService silent;
            QVERIFY(silent.start());
            const QStringList account{QStringLiteral("--account"), SandboxServer::members().at(0).username};

            QElapsedTimer timer;
            timer.start();
            const Result shortBound = run(program(QStringList{QStringLiteral("token")} + account, {},
                                                  {QStringLiteral("TRELLO_ONBOARD_KEYCHAIN_TIMEOUT=2")}));
            const qint64 shortMs = timer.elapsed();
            QVERIFY2(shortBound.exitCode == 3, shortBound.describe().constData());
            QVERIFY2(shortBound.err.contains("did not answer within 2 seconds"), shortBound.describe().constData());
            QVERIFY2(shortBound.err.contains("(python3"), shortBound.describe().constData()); // who is silent
            QVERIFY2(shortMs >= 2000 && shortMs < 6000, QByteArray::number(shortMs).constData());
            QCOMPARE(waitingLines(shortBound), 0); // no prompt: nobody to wait for

            // The documented default: 20 s.
            timer.restart();
            const Result defaultBound = run(program(QStringList{QStringLiteral("token")} + account, {}, {}, 40000));
            const qint64 defaultMs = timer.elapsed();
            QVERIFY2(defaultBound.exitCode == 3, defaultBound.describe().constData());
            QVERIFY2(defaultBound.err.contains("did not answer within 20 seconds"), defaultBound.describe().constData());
            QVERIFY2(defaultMs >= 20000 && defaultMs < 26000, QByteArray::number(defaultMs).constData());

            // A bound that is not a number of seconds is refused before anything runs.
            for (const QString &bad : {QStringLiteral("soon"), QStringLiteral("0"), QStringLiteral("-5"),
                                       QStringLiteral("99999999")}) {
                const Result refused = run(program(QStringList{QStringLiteral("token")} + account, {},
                                                   {QStringLiteral("TRELLO_ONBOARD_KEYCHAIN_TIMEOUT=") + bad}));
                QVERIFY2(refused.exitCode == 64, refused.describe().constData());
                QVERIFY2(refused.err.contains("TRELLO_ONBOARD_KEYCHAIN_TIMEOUT"), refused.describe().constData());
            }

            const Result status = run(program({QStringLiteral("status"), QStringLiteral("--json")}, {},
                                              {QStringLiteral("TRELLO_ONBOARD_KEYCHAIN_TIMEOUT=2")}));
            QVERIFY2(status.exitCode == 3, status.describe().constData());
            const QJsonObject keychain =
                QJsonDocument::fromJson(status.out).object().value(QStringLiteral("keychain")).toObject();
            QVERIFY2(keychain.value(QStringLiteral("provider")).toString().startsWith(QLatin1String("python3")),
                     status.describe().constData());
        }
        QVERIFY(m_restarted.start());
        QVERIFY(!SessionKeyring::isLocked());
        QCOMPARE(run(program({QStringLiteral("token"), QStringLiteral("--account"),
                              SandboxServer::members().at(0).username}),
                     true)
                     .exitCode,
                 0);
    }

    void cleanupTestCase()
    {
        // The tokens live in gnome-keyring's encrypted file only, and nothing printed them but
        // `token` on its stdout.
        for (const QString &token : std::as_const(m_tokens)) {
            QCOMPARE(onboard::test::filesContaining(onboard::test::sessionRoot(), token.toLatin1()), QStringList());
            for (const QByteArray &output : std::as_const(m_outputs))
                QVERIFY(!output.contains(token.toLatin1()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainPrompt)
#include "tst_keychainprompt.moc"
