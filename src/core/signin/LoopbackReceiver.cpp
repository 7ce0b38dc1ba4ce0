#include "signin/LoopbackReceiver.h"

#include "HttpRequestParser.h"
#include "HttpResponse.h"
#include "common/Logging.h"
#include "oauth/OAuthRequest.h"
#include "signin/RelayPage.h"
#include "trello/CredentialFormat.h"
#include "trello/UrlPolicy.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace onboard {

// One browser connection: what it has sent so far, and the deadline for a whole request.
struct LoopbackReceiver::Connection
{
    QTcpSocket *socket = nullptr;
    QTimer *deadline = nullptr;
    QByteArray buffer;
    bool answered = false;
};

namespace {
// Equal strings of equal length take the same time to compare, whatever they hold.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// The small page the browser shows after an OAuth 2.0 redirect: no script, nothing loaded,
// nothing of the query echoed (neither the code nor the server's description).
QByteArray finishedPage(const QString &title, const QString &text)
{
    const QString page = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                        "<meta name=\"referrer\" content=\"no-referrer\">"
                                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                        "<title>%1</title></head>\n<body>\n<h1>%1</h1>\n<p>%2</p>\n</body></html>\n")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    return page.toUtf8();
}

const QByteArray FinishedPagePolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

QByteArray randomState()
{
    quint32 random[8];
    QRandomGenerator::system()->fillRange(random);
    return QByteArray(reinterpret_cast<const char *>(random), sizeof random)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

LoopbackReceiver::LoopbackReceiver(QUrl returnUrl, QUrl consentUrl, QObject *parent)
    : Job(parent)
    , m_returnUrl(std::move(returnUrl))
    , m_consentUrl(std::move(consentUrl))
    , m_state(randomState())
    , m_bound(new QTimer(this))
{
    m_bound->setSingleShot(true);
    connect(m_bound, &QTimer::timeout, this, [this] {
        const int minutes = qMax(1, m_timeoutMs / 60000);
        stop();
        finish({ErrorKind::Cancelled, tr("No answer came from your browser within %n minute(s).", nullptr, minutes)});
    });
}

LoopbackReceiver *LoopbackReceiver::forOAuth(const QUrl &redirectUri, const QUrl &consentUrl,
                                             const OAuthAttempt &attempt, QObject *parent)
{
    auto *receiver = new LoopbackReceiver(redirectUri, consentUrl, parent);
    receiver->m_attempt = attempt;
    return receiver;
}

LoopbackReceiver::~LoopbackReceiver()
{
    stop();
}

Error LoopbackReceiver::checkRedirectUri(const QUrl &redirectUri)
{
    if (UrlPolicy::isListenableLoopback(redirectUri))
        return {};
    return {ErrorKind::BadInput,
            tr("To sign in with your browser, the redirect URI must be http://localhost with a port (or 127.0.0.1 or "
               "[::1]), for example %1: trello-onboard listens there for the answer. \"%2\" is not.")
                .arg(OAuthRequest::defaultRedirectUri().toString(),
                     redirectUri.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).left(120))};
}

QUrl LoopbackReceiver::pageUrl() const
{
    if (isOAuth())
        return m_consentUrl;
    QUrl url = m_returnUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setPath(pagePath());
    url.setQuery(QStringLiteral("state=") + QString::fromLatin1(m_state));
    return url;
}

QByteArray LoopbackReceiver::pageOrigin() const
{
    return UrlPolicy::origin(m_returnUrl).toLatin1();
}

void LoopbackReceiver::cancel()
{
    if (isFinished())
        return;
    stop();
    finish({ErrorKind::Cancelled, tr("Signing in with the browser was cancelled.")});
}

void LoopbackReceiver::run()
{
    if (isFinished()) // cancelled before the event loop came to run it
        return;
    if (const Error error = listen()) {
        stop();
        finish(error);
        return;
    }
    m_bound->start(m_timeoutMs);
    qCInfo(lcSignIn) << "waiting for the browser's answer on port" << m_returnUrl.port(80);
    Q_EMIT listening(pageUrl());
}

Error LoopbackReceiver::listen()
{
    // Browsers resolve "localhost" to either address, so both are listened on. One that does not
    // exist here (no IPv6) is left out; one that another program holds is a refusal, since the
    // browser might reach that program instead of us.
    const quint16 port = quint16(m_returnUrl.port(80));
    QString inUse;
    QString otherFailure;
    for (const QHostAddress &address : {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}) {
        auto *server = new QTcpServer(this);
        server->setMaxPendingConnections(MaxConnections);
        if (server->listen(address, port)) {
            connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
            m_servers.append(server);
            continue;
        }
        (server->serverError() == QAbstractSocket::AddressInUseError ? inUse : otherFailure) = server->errorString();
        delete server;
    }
    if (inUse.isEmpty() && !m_servers.isEmpty())
        return {};
    const QString option = isOAuth() ? QStringLiteral("--redirect-uri") : QStringLiteral("--return-url");
    if (!inUse.isEmpty() && isOAuth())
        return {ErrorKind::Network,
                tr("Port %1 on this computer is in use by another program, so trello-onboard cannot catch the "
                   "browser's answer there. Close that program, or choose another port with %2 (and register that "
                   "redirect URI for the client).")
                    .arg(port)
                    .arg(option)};
    if (!inUse.isEmpty())
        return {ErrorKind::Network,
                tr("Port %1 on this computer is in use by another program, so trello-onboard cannot catch the "
                   "browser's answer there. Close that program, or choose another port with --return-url (and allow "
                   "its origin for the API key).")
                    .arg(port)};
    return {ErrorKind::Network,
            tr("trello-onboard cannot listen on port %1 of this computer for the browser's answer (%2). Choose "
               "another port with %3.")
                .arg(port)
                .arg(otherFailure, option)};
}

void LoopbackReceiver::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_answered || m_connections.size() >= MaxConnections) {
            socket->abort(); // a flood, or too late: closed unread
            socket->deleteLater();
            continue;
        }
        socket->setParent(this); // not the server's: an answer being written outlives it (stop())
        auto *connection = new Connection;
        connection->socket = socket;
        connection->deadline = new QTimer(socket);
        connection->deadline->setSingleShot(true);
        m_connections.append(connection);
        connect(connection->deadline, &QTimer::timeout, this, [this, connection] {
            qCInfo(lcSignIn) << "a browser connection sent no whole request in time; closed";
            drop(connection);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { readFrom(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] { drop(connection); });
        connection->deadline->start(m_requestDeadlineMs);
        readFrom(connection);
    }
}

void LoopbackReceiver::readFrom(Connection *connection)
{
    if (connection->answered)
        return;
    connection->buffer.append(connection->socket->read(MaxHeaderBytes + MaxBodyBytes + 1));
    ParsedRequest parsed;
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = MaxHeaderBytes;
    limits.maxBodyBytes = MaxBodyBytes;
    switch (HttpRequestParser::take(connection->buffer, &parsed, limits)) {
    case HttpRequestParser::Result::NeedMore:
        if (connection->buffer.size() > MaxHeaderBytes + MaxBodyBytes)
            respond(connection, 413);
        return;
    case HttpRequestParser::Result::Ready:
        handle(connection, parsed.request);
        return;
    case HttpRequestParser::Result::HeadersTooLarge:
        respond(connection, 431);
        return;
    case HttpRequestParser::Result::BodyTooLarge:
        respond(connection, 413);
        return;
    case HttpRequestParser::Result::NotImplemented:
        respond(connection, 501);
        return;
    case HttpRequestParser::Result::BadRequest:
        respond(connection, 400);
        return;
    }
}

bool LoopbackReceiver::isOurHost(const QByteArray &host) const
{
    // A page of another site that a DNS name of its own points at 127.0.0.1 sends its own name:
    // only the loopback names of our port are ours.
    const int port = m_returnUrl.port(80);
    const QByteArray suffix = port == 80 ? QByteArray() : ':' + QByteArray::number(port);
    for (const char *name : {"localhost", "127.0.0.1", "[::1]"}) {
        if (host.compare(QByteArray(name) + suffix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void LoopbackReceiver::handle(Connection *connection, const HttpRequest &request)
{
    if (request.headerCount("Host") != 1 || !isOurHost(request.header("Host"))) {
        respond(connection, 421);
        return;
    }
    if (isOAuth()) {
        handleRedirect(connection, request);
        return;
    }
    if (request.path == pagePath()) {
        if (request.method != "GET") {
            respond(connection, 405, {}, {}, {{"Allow", "GET"}});
            return;
        }
        // A page whose state is not this attempt's is an old tab, or a guess: nothing to show.
        if (!sameSecret(request.query.queryItemValue(QStringLiteral("state")).toLatin1(), m_state)) {
            respond(connection, 403);
            return;
        }
        const RelayPage page(m_consentUrl, m_state, answerPath());
        respond(connection, 200, "text/html; charset=utf-8", page.html(),
                {{"Content-Security-Policy", page.contentSecurityPolicy()},
                 {"X-Frame-Options", "DENY"},
                 {"X-Content-Type-Options", "nosniff"}});
        Q_EMIT pageOpened();
        return;
    }
    if (request.path == answerPath()) {
        if (request.method != "POST") {
            respond(connection, 405, {}, {}, {{"Allow", "POST"}});
            return;
        }
        // Only the page itself may answer: a page of another origin sends its own Origin (and
        // cannot send this content type to us without a preflight that is never allowed).
        if (request.headerCount("Origin") != 1 || request.header("Origin") != pageOrigin()) {
            respond(connection, 403);
            return;
        }
        if (!request.header("Content-Type").startsWith("application/json")) {
            respond(connection, 415);
            return;
        }
        QByteArray refusal;
        if (!takeAnswer(request.body, &refusal)) {
            respond(connection, 400, "text/plain; charset=utf-8", refusal);
            return;
        }
        respond(connection, 204);
        stop();
        finish();
        return;
    }
    respond(connection, 404);
}

void LoopbackReceiver::handleRedirect(Connection *connection, const HttpRequest &request)
{
    // Only the redirect URI's own path (and no page of ours: the browser went to the consent
    // page directly).
    if (request.path != m_returnUrl.path(QUrl::FullyDecoded)) {
        respond(connection, 404);
        return;
    }
    if (request.method != "GET") {
        respond(connection, 405, {}, {}, {{"Allow", "GET"}});
        return;
    }
    const QList<QPair<QByteArray, QByteArray>> pageHeaders{{"Content-Security-Policy", FinishedPagePolicy},
                                                           {"X-Frame-Options", "DENY"},
                                                           {"X-Content-Type-Options", "nosniff"}};
    // Another attempt's answer (an old tab, a guess, a forged link) changes nothing: this attempt
    // still waits for its own.
    const QStringList states = request.query.allQueryItemValues(QStringLiteral("state"), QUrl::FullyDecoded);
    if (states.size() != 1 || !sameSecret(states.first().toLatin1(), m_attempt->state().toLatin1())) {
        qCInfo(lcSignIn) << "a redirect with a wrong state was refused";
        respond(connection, 400, "text/html; charset=utf-8",
                finishedPage(tr("Not this sign-in"),
                             tr("This answer does not belong to the sign-in trello-onboard is waiting for, so it was "
                                "ignored. Return to trello-onboard and start the sign-in there again if needed.")),
                pageHeaders);
        return;
    }
    QUrl navigation = m_returnUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    navigation.setQuery(request.query);
    m_oauthAnswer = m_attempt->read(navigation, m_returnUrl);
    m_answered = true;
    qCInfo(lcSignIn) << "the browser brought the answer";
    switch (m_oauthAnswer.outcome) {
    case OAuthAttempt::Outcome::Code:
        respond(connection, 200, "text/html; charset=utf-8",
                finishedPage(tr("Signed in"), tr("trello-onboard has the answer. You can return to trello-onboard "
                                                 "now and close this tab.")),
                pageHeaders);
        break;
    case OAuthAttempt::Outcome::Denied:
    case OAuthAttempt::Outcome::Refused:
        respond(connection, 200, "text/html; charset=utf-8",
                finishedPage(tr("Access not granted"), tr("Access was not granted; nothing was stored. You can return "
                                                          "to trello-onboard now and close this tab.")),
                pageHeaders);
        break;
    default:
        m_oauthAnswer.outcome = OAuthAttempt::Outcome::Malformed;
        respond(connection, 400, "text/html; charset=utf-8",
                finishedPage(tr("The answer could not be used"),
                             tr("The answer that reached trello-onboard could not be used. Return to trello-onboard "
                                "and start the sign-in again.")),
                pageHeaders);
    }
    stop();
    finish();
}

bool LoopbackReceiver::takeAnswer(const QByteArray &body, QByteArray *refusal)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *refusal = "not a JSON object";
        return false;
    }
    const QJsonObject object = document.object();
    if (!sameSecret(object.value(QStringLiteral("state")).toString().toLatin1(), m_state)) {
        qCInfo(lcSignIn) << "an answer with a wrong state was refused";
        *refusal = "wrong state";
        return false;
    }
    RedirectReader::Answer answer;
    if (object.value(QStringLiteral("closed")).toBool()) {
        answer.outcome = RedirectReader::Outcome::Denied;
        answer.message = tr("Trello's window was closed in the browser without an answer.");
    } else if (!object.contains(QStringLiteral("answer"))) {
        *refusal = "no answer";
        return false;
    } else if (const QJsonValue value = object.value(QStringLiteral("answer")); value.isString() && value.toString().isEmpty()) {
        answer.outcome = RedirectReader::Outcome::Denied;
        answer.message = tr("Access was not granted on Trello's page.");
    } else if (value.isString() && !CredentialFormat::checkToken(value.toString())) {
        answer.outcome = RedirectReader::Outcome::Token;
        answer.token = value.toString();
    } else {
        answer.outcome = RedirectReader::Outcome::Malformed;
        answer.message = tr("Trello's page answered in the browser with something that is not a token.");
    }
    m_answer = answer;
    m_answered = true;
    qCInfo(lcSignIn) << "the browser answered";
    return true;
}

void LoopbackReceiver::respond(Connection *connection, int status, const QByteArray &contentType,
                               const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    connection->answered = true;
    connection->deadline->stop();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    if (status != 204)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    connection->socket->write(head + "\r\n" + body);
    connection->socket->disconnectFromHost(); // once written; then `disconnected` drops it
}

void LoopbackReceiver::drop(Connection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    connection->deadline->stop(); // it lives on with the socket until deleteLater
    connection->deadline->disconnect(this);
    connection->socket->disconnect(this);
    connection->socket->abort();
    connection->socket->deleteLater();
    delete connection;
}

void LoopbackReceiver::stop()
{
    m_bound->stop();
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    // An answer being written is let go of, to finish on its own (the page waits for it); the
    // rest is closed.
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections) {
        if (!connection->answered) {
            drop(connection);
            continue;
        }
        m_connections.removeOne(connection);
        QTcpSocket *socket = connection->socket;
        delete connection; // its deadline goes with the socket
        socket->disconnect(this);
        socket->setParent(nullptr);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(AnswerLingerMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

} // namespace onboard
