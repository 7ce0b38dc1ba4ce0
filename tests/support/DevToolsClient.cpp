#include "DevToolsClient.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QProcess>

namespace onboard::test {

DevToolsClient::DevToolsClient(quint16 port)
    : m_port(port)
{
}

quint16 DevToolsClient::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

bool DevToolsClient::startAndPressInConsentPage(QProcess *process, const QString &program, const QStringList &arguments,
                                                const QString &buttonId, QByteArray *clicked)
{
    const quint16 port = freePort();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"), QStringLiteral("127.0.0.1:%1").arg(port));
    env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));
    process->setProcessEnvironment(env);
    process->start(program, arguments);
    if (!process->waitForStarted(WaitMs))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!clicked->contains("clicked") && timer.elapsed() < WaitMs && process->state() == QProcess::Running) {
        QTest::qWait(200);
        *clicked = DevToolsClient(port).evaluateIn(
            QStringLiteral("/authorize"), // Trello's consent (/1/authorize) and OAuth 2.0's (/authorize)
            QStringLiteral("document.readyState === 'complete' && document.getElementById('%1') "
                           "? (document.getElementById('%1').click(), 'clicked') : 'wait'")
                .arg(buttonId));
    }
    return clicked->contains("clicked");
}

QJsonArray DevToolsClient::pages() const
{
    return QJsonDocument::fromJson(httpGet("/json/list")).array();
}

QByteArray DevToolsClient::evaluateIn(const QString &urlPart, const QString &expression) const
{
    QByteArray answer;
    for (const QJsonValue &page : pages()) {
        const QJsonObject p = page.toObject();
        if (p.value(QStringLiteral("url")).toString().contains(urlPart))
            answer = evaluate(QUrl(p.value(QStringLiteral("webSocketDebuggerUrl")).toString()), expression);
    }
    return answer;
}

QByteArray DevToolsClient::httpGet(const QByteArray &path) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(1000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    // Chromium keeps the connection open despite "Connection: close": read up to Content-Length,
    // or every call would wait out the read timeout.
    QByteArray answer;
    while (socket.waitForReadyRead(2000)) {
        answer += socket.readAll();
        const qsizetype body = answer.indexOf("\r\n\r\n");
        if (body < 0)
            continue;
        const QByteArray head = answer.left(body).toLower();
        const qsizetype at = head.indexOf("content-length:");
        if (at >= 0 && answer.size() - body - 4 >= head.mid(at + 15).split('\r').value(0).trimmed().toInt())
            break;
    }
    const qsizetype body = answer.indexOf("\r\n\r\n");
    return body < 0 ? QByteArray() : answer.mid(body + 4);
}

// Just enough of a WebSocket client (RFC 6455) for one Runtime.evaluate and its answer.
QByteArray DevToolsClient::evaluate(const QUrl &webSocketUrl, const QString &expression) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port); // the URL names no port: Host had none
    if (!socket.waitForConnected(1000))
        return {};
    socket.write("GET " + webSocketUrl.path().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray handshake;
    while (!handshake.contains("\r\n\r\n") && socket.waitForReadyRead(2000))
        handshake += socket.readAll();
    if (!handshake.startsWith("HTTP/1.1 101"))
        return {};
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), 1},
                                  {QStringLiteral("method"), QStringLiteral("Runtime.evaluate")},
                                  {QStringLiteral("params"), QJsonObject{{QStringLiteral("expression"), expression},
                                                                          // as a click of the person's: windows it opens are not blocked
                                                                          {QStringLiteral("userGesture"), true}}}})
            .toJson(QJsonDocument::Compact);
    QByteArray frame;
    frame.append(char(0x81)); // final text frame
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
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ maskBytes.at(i % 4)));
    socket.write(frame);
    QByteArray answer = handshake.mid(handshake.indexOf("\r\n\r\n") + 4);
    while (!answer.contains("\"id\":1") && socket.waitForReadyRead(2000))
        answer += socket.readAll();
    return answer;
}

} // namespace onboard::test
