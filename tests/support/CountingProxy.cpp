#include "CountingProxy.h"

#include <QTcpSocket>

namespace onboard::test {

CountingProxy::CountingProxy(const QUrl &target)
    : m_target(target)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_connections;
            auto *upstream = new QTcpSocket(client);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::connected, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(m_target.host(), quint16(m_target.port()));
        }
    });
}

bool CountingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl CountingProxy::apiRoot() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(m_target.path()));
}

} // namespace onboard::test
