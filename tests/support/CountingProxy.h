#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace onboard::test {

// A TCP proxy on 127.0.0.1 in front of a host (the sandbox) that counts the connections made to
// it: shows whether an early connection was opened, and used.
class CountingProxy : public QObject
{
public:
    explicit CountingProxy(const QUrl &target);

    bool listen();
    // The target's URL with the proxy's port: "http://127.0.0.1:PORT/1".
    QUrl apiRoot() const;
    int connections() const { return m_connections; }

private:
    QUrl m_target;
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace onboard::test
