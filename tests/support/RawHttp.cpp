#include "RawHttp.h"

#include "TestSupport.h"

#include <QTcpSocket>
#include <QTest>

namespace onboard::test {

QByteArray rawHttpExchange(quint16 port, const QByteArray &request, const QHostAddress &to)
{
    QTcpSocket socket;
    socket.connectToHost(to, port);
    const bool settled = QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState
                                                      || socket.state() == QAbstractSocket::UnconnectedState; },
                                         WaitMs);
    if (!settled || socket.state() != QAbstractSocket::ConnectedState)
        return "not connected";
    socket.write(request);
    QByteArray answer;
    QTest::qWaitFor([&] {
        answer += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, WaitMs);
    return answer + socket.readAll();
}

int rawHttpStatus(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QByteArray receiverAnswerRequest(quint16 port, const QByteArray &json, const QByteArray &origin, const QByteArray &host,
                                 const QByteArray &contentType)
{
    QByteArray request = "POST /trello-onboard/sign-in/answer HTTP/1.1\r\nHost: "
                         + (host.isEmpty() ? "localhost:" + QByteArray::number(port) : host) + "\r\n";
    if (!origin.isEmpty())
        request += "Origin: " + origin + "\r\n";
    return request + "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(json.size())
           + "\r\n\r\n" + json;
}

} // namespace onboard::test
