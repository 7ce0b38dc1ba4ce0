#pragma once

#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>

class QTcpSocket;
class QTimer;

namespace onboard::sandbox {

// One client connection: reads requests one at a time (keep-alive, pipelining), hands each to
// the handler, and writes what the handler decides. Besides plain answers it can misbehave on
// purpose (stay silent, trickle, stream a huge body) for the fault tests.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(HttpConnection &, const ParsedRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent);
    ~HttpConnection() override;

    // Exactly one of these answers each request the handler receives.
    void respond(const HttpResponse &response);
    void staySilent();
    void trickle(const QByteArray &contentType, const QByteArray &prefix, int intervalMs);
    void streamHugeBody(const QByteArray &contentType, const QByteArray &prefix, qint64 totalBytes);
    // 200 with Transfer-Encoding: chunked, and chunks for as long as the client reads them.
    void streamEndlessChunks(const QByteArray &contentType);
    void closeWithoutAnswer();

private:
    void readRequests();
    void refuse(int status);
    void writeHead(int status, const QByteArray &contentType, qint64 contentLength,
                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void sendTrickleByte();
    void feedHugeBody();
    void finish();

    enum class Mode { Requests, Silent, Trickle, HugeBody, EndlessChunks };

    QTcpSocket *m_socket;
    Handler m_handler;
    Mode m_mode = Mode::Requests;
    QByteArray m_buffer;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_busy = false;    // a request is being answered; later ones wait in m_buffer
    bool m_closing = false; // no more requests are read
    QTimer *m_trickleTimer = nullptr;
    QByteArray m_filler;  // bytes of a trickled or huge body, repeated
    qint64 m_remaining = 0;
    qint64 m_sent = 0;
};

} // namespace onboard::sandbox
