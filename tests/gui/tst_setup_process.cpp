#include "AccountRegistry.h"
#include "TestSupport.h"
#include "TokenStoreJob.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace onboard;
using namespace onboard::test;

namespace {

// A free loopback port for Chromium's DevTools endpoint of the child process.
quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(1000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    const int body = answer.indexOf("\r\n\r\n");
    return body < 0 ? QByteArray() : answer.mid(body + 4);
}

// Just enough of a WebSocket client (RFC 6455) for one DevTools command and its answer.
QByteArray devToolsEvaluate(quint16 port, const QUrl &webSocketUrl, const QString &expression)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port); // the URL names no port: Host had none
    if (!socket.waitForConnected(1000))
        return {};
    socket.write("GET " + webSocketUrl.path().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray handshake;
    while (!handshake.contains("\r\n\r\n") && socket.waitForReadyRead(2000))
        handshake += socket.readAll();
    if (!handshake.startsWith("HTTP/1.1 101"))
        return {};
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("id"), 1},
                                                         {QStringLiteral("method"), QStringLiteral("Runtime.evaluate")},
                                                         {QStringLiteral("params"), QJsonObject{{QStringLiteral("expression"), expression}}}})
                                   .toJson(QJsonDocument::Compact);
    QByteArray frame;
    frame.append(char(0x81));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const QByteArray maskBytes(reinterpret_cast<const char *>(&mask), 4);
    frame.append(maskBytes);
    for (int i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ maskBytes.at(i % 4)));
    socket.write(frame);
    QByteArray answer = handshake.mid(handshake.indexOf("\r\n\r\n") + 4);
    while (!answer.contains("\"id\":1") && socket.waitForReadyRead(2000))
        answer += socket.readAll();
    return answer;
}

} // namespace

// The installed layout as a process: `trello-onboard setup --demo --close-when-done --json`, the
// consent page approved from outside through Chromium's DevTools endpoint (switched on by an
// environment variable of the test only), then the exit code, the JSON and the keychain.
class TestSetupProcess : public QObject
{
    Q_OBJECT

    // Starts `trello-onboard setup --demo --close-when-done --json` and presses the consent page's
    // button `buttonId` through Chromium's DevTools endpoint.
    static bool startAndPress(QProcess *process, const QString &buttonId, QByteArray *clicked)
    {
        const quint16 devTools = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"), QStringLiteral("127.0.0.1:%1").arg(devTools));
        env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard"),
                       {QStringLiteral("setup"), QStringLiteral("--demo"), QStringLiteral("--close-when-done"),
                        QStringLiteral("--json")});
        if (!process->waitForStarted(WaitMs))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!clicked->contains("clicked") && timer.elapsed() < WaitMs && process->state() == QProcess::Running) {
            QTest::qWait(200);
            const QJsonArray targets = QJsonDocument::fromJson(httpGet(devTools, "/json/list")).array();
            for (const QJsonValue &target : targets) {
                const QJsonObject t = target.toObject();
                if (!t.value(QStringLiteral("url")).toString().contains(QLatin1String("/1/authorize")))
                    continue;
                *clicked = devToolsEvaluate(
                    devTools, QUrl(t.value(QStringLiteral("webSocketDebuggerUrl")).toString()),
                    QStringLiteral("document.readyState === 'complete' && document.getElementById('%1') "
                                   "? (document.getElementById('%1').click(), 'clicked') : 'wait'")
                        .arg(buttonId));
            }
        }
        return clicked->contains("clicked");
    }

    static QString AccountRegistryPathForDemo()
    {
        return sessionRoot() + QStringLiteral("/home/.config/trello-onboard/accounts-demo.json");
    }

private Q_SLOTS:
    void closeWhenDoneAfterDenyExits1()
    {
        QProcess process;
        QByteArray clicked;
        QVERIFY(startAndPress(&process, QStringLiteral("deny"), &clicked));
        QVERIFY(process.waitForFinished(WaitMs));
        QCOMPARE(process.exitCode(), 1);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("denied"));
        QVERIFY(!QFile::exists(AccountRegistryPathForDemo()));
    }

    void closeWhenDoneAfterAllowPrintsJson()
    {
        QProcess process;
        QByteArray clicked;
        QVERIFY(startAndPress(&process, QStringLiteral("allow"), &clicked));
        QVERIFY(process.waitForFinished(WaitMs));
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 0);

        const QJsonObject json = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        QCOMPARE(json.value(QStringLiteral("keychainService")).toString(), QStringLiteral("trello-onboard-demo"));
        const QString accountId = json.value(QStringLiteral("accountId")).toString();
        QVERIFY(!accountId.isEmpty());
        QVERIFY(!json.value(QStringLiteral("username")).toString().isEmpty());

        TokenStoreJob job(TokenStoreJob::Operation::Read, QStringLiteral("trello-onboard-demo"), accountId);
        QSignalSpy finished(&job, &TokenStoreJob::finished);
        job.start();
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(!job.error(), qPrintable(job.error().message()));
        const QByteArray token = job.token().toUtf8();
        QVERIFY(!token.isEmpty());
        QVERIFY(!out.contains(token));
        QVERIFY(!err.contains(token));
        const QStringList hits = filesContaining(sessionRoot(), token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

        // --first-run now finds the account and exits at once, with no window.
        QProcess firstRun;
        firstRun.start(qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard"),
                       {QStringLiteral("--demo"), QStringLiteral("--first-run")});
        QVERIFY(firstRun.waitForFinished(WaitMs));
        QCOMPARE(firstRun.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSetupProcess)
#include "tst_setup_process.moc"
