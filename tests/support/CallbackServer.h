#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace onboard::test {

// A webhook's callback receiver for the tests, on 127.0.0.1: it answers every request for a path
// with the status set for that path (200 unless told otherwise), or never, as a receiver that is
// down or hangs would. Trello (and the sandbox) check a new webhook's callback URL with a HEAD
// request that must answer 200.
class CallbackServer : public QObject
{
public:
    explicit CallbackServer(QObject *parent = nullptr);
    ~CallbackServer() override;

    bool listen();
    // http://127.0.0.1:PORT<path>
    QUrl url(const QString &path) const;

    // The status answered for `path` (0: never answer); others answer 200.
    void setStatus(const QString &path, int status);
    // "HEAD /path", in the order they came.
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void accept();
    void read(QTcpSocket *socket);

    QTcpServer *m_server;
    QHash<QString, int> m_status;
    QList<QByteArray> m_requests;
};

} // namespace onboard::test
