#include "SandboxServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using onboard::sandbox::SandboxServer;

// Interop: Trello's JavaScript client (trello.js 2.2.0 from npm) run through `trello-onboard exec`
// reads the member with TRELLO_KEY and TRELLO_TOKEN, against the sandbox (its `host` option).
// trello.js sends key and token as query parameters (createClient.js: buildUrl(…, {key, token})).
class TestTrelloJs : public QObject
{
    Q_OBJECT

private:
    // Waits with the event loop running, so the in-process sandbox can answer.
    static bool finish(QProcess &process, int ms)
    {
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() == QProcess::NotRunning)
            return false;
        if (!finished.wait(ms)) {
            process.kill();
            finished.wait(2000);
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void memberThroughExec()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QProcess npm;
        npm.setProcessChannelMode(QProcess::MergedChannels);
        npm.start(QStringLiteral("npm"), {QStringLiteral("install"), QStringLiteral("--prefix"), folder.path(), QStringLiteral("--no-audit"),
                                          QStringLiteral("--no-fund"), QStringLiteral("trello.js@2.2.0")});
        QVERIFY2(npm.waitForStarted(10000), "npm could not be started");
        const bool installed = finish(npm, 120000) && npm.exitStatus() == QProcess::NormalExit && npm.exitCode() == 0;
        const QByteArray npmLog = npm.readAll();
        if (!installed) {
            if (npmLog.contains("ENOTFOUND") || npmLog.contains("EAI_AGAIN") || npmLog.contains("ECONNREFUSED")
                || npmLog.contains("ETIMEDOUT") || npmLog.contains("ENETUNREACH") || npmLog.contains("network"))
                QSKIP("npm cannot reach its registry; the trello.js interop test needs it");
            QFAIL(npmLog.constData());
        }

        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        const QString token = sandbox.issueToken(0, {QStringLiteral("read")}, QStringLiteral("1day"));
        const QString bin = qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard");

        QProcess import;
        import.start(bin, {QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey(), QStringLiteral("--api-host"),
                           sandbox.apiRoot().toString()});
        QVERIFY(import.waitForStarted(10000));
        import.write(token.toLatin1() + '\n');
        import.closeWriteChannel();
        QVERIFY(finish(import, onboard::test::WaitMs));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());

        const QString script = folder.filePath(QStringLiteral("member.mjs"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import { createTrelloClient } from 'trello.js';\n"
                   "const trello = createTrelloClient({ apiKey: process.env.TRELLO_KEY, apiToken: process.env.TRELLO_TOKEN,"
                   " host: process.argv[2] });\n"
                   "const me = await trello.members.getMember({ id: 'me' });\n"
                   "console.log(`${me.id} ${me.username}`);\n");
        file.close();

        sandbox.clearReceived();
        QProcess node;
        node.setWorkingDirectory(folder.path());
        node.start(bin, {QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("node"), script, sandbox.apiRoot().toString()});
        QVERIFY(node.waitForStarted(10000));
        node.closeWriteChannel();
        QVERIFY(finish(node, 60000));
        const QByteArray out = node.readAllStandardOutput();
        const QByteArray err = node.readAllStandardError();
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, err.constData());
        const auto &member = SandboxServer::members().at(0);
        QCOMPARE(out.trimmed(), (member.id + QLatin1Char(' ') + member.username).toUtf8());
        QVERIFY(!err.contains(token.toLatin1()));

        // trello.js put key and token in the query string of GET /1/members/me.
        bool sawQueryCredentials = false;
        for (const auto &request : sandbox.received()) {
            if (request.path == QLatin1String("/1/members/me"))
                sawQueryCredentials = request.query.queryItemValue(QStringLiteral("token")) == token;
        }
        QVERIFY(sawQueryCredentials);
    }
};

QTEST_GUILESS_MAIN(TestTrelloJs)
#include "tst_trellojs.moc"
