#include "HttpConnection.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace onboard::sandbox {

namespace {

// Keep this much queued in the socket while streaming a huge body; refill as it drains.
constexpr qint64 StreamChunkBytes = 64 * 1024;
// What a trickled answer announces: the size of an ordinary answer, so a client's size cap does
// not end it early and only its deadline can; at a byte per interval it never completes.
constexpr qint64 TrickleAnnouncedBytes = 4 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::feedHugeBody);
    // Data may have arrived before the signals were connected.
    QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    // The socket goes with us; make sure its last signals do not reach a half-destroyed object.
    m_socket->disconnect(this);
    m_socket->abort();
}

void HttpConnection::readRequests()
{
    if (m_closing)
        return;
    m_buffer.append(m_socket->readAll());
    while (!m_busy && !m_closing) {
        ParsedRequest parsed;
        switch (HttpRequestParser::take(m_buffer, &parsed)) {
        case HttpRequestParser::Result::NeedMore:
            return;
        case HttpRequestParser::Result::BadRequest:
            refuse(400);
            return;
        case HttpRequestParser::Result::HeadersTooLarge:
            refuse(431);
            return;
        case HttpRequestParser::Result::BodyTooLarge:
            refuse(413);
            return;
        case HttpRequestParser::Result::NotImplemented:
            refuse(501);
            return;
        case HttpRequestParser::Result::Ready: {
            m_keepAlive = parsed.keepAlive;
            m_headRequest = parsed.request.method == "HEAD";
            m_busy = true;
            // The handler may end up deleting us (a test slot that drops the whole server).
            const QPointer<HttpConnection> alive(this);
            m_handler(*this, parsed);
            if (!alive)
                return;
            break;
        }
        }
    }
}

void HttpConnection::refuse(int status)
{
    m_keepAlive = false;
    m_headRequest = false;
    m_busy = true;
    respond(HttpResponse::text(status, HttpResponse::reasonPhrase(status)));
}

void HttpConnection::writeHead(int status, const QByteArray &contentType, qint64 contentLength,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status) + "\r\n";
    head += "Server: trello-sandbox\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    if (contentLength < 0)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Cache-Control: no-store\r\n";
    for (const auto &header : extraHeaders)
        head += header.first + ": " + header.second + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::respond(const HttpResponse &response)
{
    writeHead(response.status, response.contentType, response.body.size(), response.extraHeaders);
    if (!m_headRequest) // a HEAD answer announces the body's length but carries none
        m_socket->write(response.body);
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the queued bytes are written
        return;
    }
    // Pipelined requests may already be waiting.
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

void HttpConnection::staySilent()
{
    // Keep reading nothing and answering nothing; the socket stays open until the client or
    // the server gives up.
    m_closing = true;
    m_mode = Mode::Silent;
}

void HttpConnection::trickle(const QByteArray &contentType, const QByteArray &prefix, int intervalMs)
{
    m_closing = true;
    m_keepAlive = false;
    m_mode = Mode::Trickle;
    writeHead(200, contentType, TrickleAnnouncedBytes);
    m_filler = prefix.isEmpty() ? QByteArray("x") : prefix;
    m_remaining = TrickleAnnouncedBytes;
    m_trickleTimer = new QTimer(this);
    m_trickleTimer->setInterval(qMax(1, intervalMs));
    connect(m_trickleTimer, &QTimer::timeout, this, &HttpConnection::sendTrickleByte);
    m_trickleTimer->start();
}

void HttpConnection::sendTrickleByte()
{
    if (m_remaining <= 0 || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_trickleTimer->stop();
        return;
    }
    m_socket->write(m_filler.mid(m_sent % m_filler.size(), 1));
    ++m_sent;
    --m_remaining;
}

void HttpConnection::streamHugeBody(const QByteArray &contentType, const QByteArray &prefix, qint64 totalBytes)
{
    m_closing = true;
    m_keepAlive = false;
    m_mode = Mode::HugeBody;
    writeHead(200, contentType, totalBytes);
    // The prefix (e.g. the start of a JSON object) is sent once, then filler up to totalBytes.
    m_socket->write(prefix.left(totalBytes));
    m_sent = qMin<qint64>(prefix.size(), totalBytes);
    m_remaining = totalBytes - m_sent;
    m_filler = QByteArray(StreamChunkBytes, 'a');
    feedHugeBody();
}

void HttpConnection::streamEndlessChunks(const QByteArray &contentType)
{
    m_closing = true;
    m_keepAlive = false;
    m_mode = Mode::EndlessChunks;
    writeHead(200, contentType, -1);
    // Each chunk: its size in hex, CRLF, the bytes, CRLF; the last chunk (size 0) never comes.
    m_filler = QByteArray::number(StreamChunkBytes, 16) + "\r\n" + QByteArray(StreamChunkBytes, 'a') + "\r\n";
    feedHugeBody();
}

void HttpConnection::feedHugeBody()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_mode == Mode::EndlessChunks) {
        while (m_socket->bytesToWrite() < StreamChunkBytes)
            m_socket->write(m_filler);
        return;
    }
    if (m_mode != Mode::HugeBody)
        return;
    // Only refill when the socket has drained, so memory stays bounded whatever the total.
    while (m_remaining > 0 && m_socket->bytesToWrite() < StreamChunkBytes) {
        const qint64 chunk = qMin(m_remaining, StreamChunkBytes);
        m_socket->write(m_filler.constData(), chunk);
        m_remaining -= chunk;
        m_sent += chunk;
    }
    if (m_remaining == 0)
        m_socket->disconnectFromHost();
}

void HttpConnection::closeWithoutAnswer()
{
    m_closing = true;
    m_socket->disconnectFromHost();
}

void HttpConnection::finish()
{
    m_closing = true;
    m_remaining = 0;
    if (m_trickleTimer)
        m_trickleTimer->stop();
    deleteLater();
}

} // namespace onboard::sandbox
