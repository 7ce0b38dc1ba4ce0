#include "CallbackServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace onboard::test {

CallbackServer::CallbackServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &CallbackServer::accept);
}

CallbackServer::~CallbackServer() = default;

bool CallbackServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl CallbackServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(path);
    return url;
}

void CallbackServer::setStatus(const QString &path, int status)
{
    m_status.insert(path, status);
}

void CallbackServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void CallbackServer::read(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    m_requests.append(method + ' ' + target);
    const QString path = QUrl(QString::fromLatin1(target)).path();
    const int status = m_status.value(path, 200);
    if (status == 0)
        return; // hangs: the socket stays open and silent
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " Status\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

} // namespace onboard::test
