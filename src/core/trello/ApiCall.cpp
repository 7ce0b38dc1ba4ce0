#include "trello/ApiCall.h"

#include "common/Logging.h"
#include "common/Redaction.h"
#include "trello/ApiClient.h"
#include "trello/UrlPolicy.h"

namespace onboard {

namespace {
// Trello's 401/400 bodies are short plain-text phrases; only the start of a body is looked at.
constexpr int PhraseWindow = 200;
// What Qt may hold unread of an answer at any time.
constexpr qint64 ReadBufferBytes = 64 * 1024;
} // namespace

ApiCall::ApiCall(ApiClient *client, QByteArray method, QUrl url)
    : Job(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_url(std::move(url))
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    // The reply belongs to the network manager, which may outlive this call (it is shared).
    if (QNetworkReply *reply = m_reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiCall::run()
{
    if (const Error unusable = m_client->readyToSend())
        done(unusable);
    else
        sendAttempt();
}

QString ApiCall::shownUrl() const
{
    return m_client->redacted(m_url);
}

void ApiCall::sendAttempt()
{
    if (isFinished())
        return;
    ++m_attempts;
    m_body.clear();
    m_status = 0;
    m_abortReason = {};
    m_tlsProblem.clear();

    QNetworkReply *reply = m_client->send(m_method, m_url, m_requestBody, m_contentType);
    m_reply = reply;
    // Qt reads the socket on its own thread and queues what it read for this one; without a
    // bound, a host that streams faster than this thread counts (chunked, announcing no length)
    // fills memory before the cap below is ever checked. Bounded, Qt stops reading the socket
    // until absorb() has taken the bytes.
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        // Set again once the answer's head is in: Qt's HTTP thread takes a new bound only while it
        // has an answer to apply it to, and a request with a body (a POST to the token endpoint)
        // may have started there before the bound above was set, leaving its answer unbounded.
        reply->setReadBufferSize(ReadBufferBytes);
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_client->limits().maxBodyBytes)
            abortWith({ErrorKind::Network, tr("The API host %1 announced an answer of %2 bytes; Trello's answers are a few kilobytes, so it was not read.")
                                               .arg(UrlPolicy::origin(m_url))
                                               .arg(length.toLongLong())});
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList problems;
        for (const QSslError &error : errors)
            problems.append(error.errorString());
        m_tlsProblem = problems.join(QStringLiteral("; "));
    });
    m_deadline.start(m_client->limits().timeoutMs);
}

void ApiCall::onReadyRead()
{
    if (m_reply && !m_abortReason && !absorb(m_reply))
        m_reply->abort(); // finished() follows, and onFinished reports m_abortReason
}

bool ApiCall::absorb(QNetworkReply *reply)
{
    const qint64 cap = m_client->limits().maxBodyBytes;
    m_body.append(reply->read(cap + 1 - m_body.size()));
    if (m_body.size() <= cap)
        return true;
    m_abortReason = {ErrorKind::Network, tr("The API host %1 sent more than %2 KiB; that is not an answer Trello sends, so it was cut off.")
                                             .arg(UrlPolicy::origin(m_url))
                                             .arg(cap / 1024)};
    return false;
}

void ApiCall::onDeadline()
{
    abortWith({ErrorKind::Network, tr("The API host %1 did not answer within %2 seconds.")
                                       .arg(UrlPolicy::origin(m_url))
                                       .arg(m_client->limits().timeoutMs / 1000.0, 0, 'g', 3)});
}

void ApiCall::abortWith(Error error)
{
    if (m_abortReason || isFinished())
        return;
    m_abortReason = std::move(error);
    if (m_reply)
        m_reply->abort(); // finished() follows, and onFinished reports m_abortReason
}

void ApiCall::onFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);
    if (m_abortReason) {
        done(m_abortReason);
        return;
    }
    if (!absorb(reply)) {
        done(m_abortReason);
        return;
    }
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_networkError = reply->error();
    m_networkErrorString = reply->errorString();
    // The raw header: Qt's parsed LocationHeader drops relative references.
    m_location = QUrl(QString::fromUtf8(reply->rawHeader("Location")), QUrl::StrictMode);
    m_retryAfter = reply->rawHeader("Retry-After");
    if (m_status == 0)
        handleNetworkError();
    else
        handleStatus();
}

void ApiCall::handleStatus()
{
    const QString host = UrlPolicy::origin(m_url);
    if (m_status >= 200 && m_status < 300) {
        done({});
        return;
    }
    if (m_status >= 300 && m_status < 400) {
        if (!m_location.isValid() || m_location.isEmpty()) {
            done({ErrorKind::Network, tr("The API host %1 answered with a redirect (HTTP %2) but named no target.").arg(host).arg(m_status)});
            return;
        }
        if (!m_requestBody.isEmpty()) {
            done({ErrorKind::Network, tr("%1 answered with a redirect (HTTP %2); it was not followed, because the "
                                         "request carries a secret.").arg(host).arg(m_status)});
            return;
        }
        const QUrl target = m_url.resolved(m_location);
        if (!UrlPolicy::sameOrigin(target, m_client->endpoint().apiHost) || !target.userInfo().isEmpty()) {
            // The credentials are never sent to an origin the person did not configure.
            done({ErrorKind::Network, tr("The API host %1 redirected to another origin, %2; the request was not sent there. Configure that host as the API host if it is the right one.")
                                            .arg(host, UrlPolicy::origin(target))});
            return;
        }
        if (++m_redirects > m_client->limits().maxRedirects) {
            done({ErrorKind::Network, tr("The API host %1 redirected more than %2 times.").arg(host).arg(m_client->limits().maxRedirects)});
            return;
        }
        m_url = target;
        --m_attempts; // a redirect is not a retry
        sendAttempt();
        return;
    }
    if (m_status == 429) {
        if (m_attempts <= m_client->limits().maxRetries) {
            const ApiClient::Limits &limits = m_client->limits();
            int delay = limits.retryBaseDelayMs << (m_attempts - 1);
            bool ok = false;
            const int retryAfterSeconds = m_retryAfter.trimmed().toInt(&ok);
            if (ok && retryAfterSeconds >= 0)
                delay = retryAfterSeconds * 1000;
            delay = qBound(0, delay, limits.maxRetryDelayMs);
            qCInfo(lcApi).noquote() << "rate limited by" << host << "- retrying in" << delay << "ms";
            m_retryTimer.start(delay);
            return;
        }
        done({ErrorKind::Network, tr("Trello is limiting the rate of requests for this key or token (HTTP 429) and still did after %n retries; try again in a few seconds.", nullptr, m_client->limits().maxRetries)});
        return;
    }
    if (m_status >= 500) {
        done({ErrorKind::Network, tr("The API host %1 had a server error (HTTP %2); try again later.").arg(host).arg(m_status)});
        return;
    }
    if (const Error refused = refusalError()) {
        done(refused);
        return;
    }
    done({ErrorKind::Network, tr("The API host answered HTTP %1 for %2; check that the API host is right (Trello's is https://api.trello.com/1).")
                                    .arg(m_status)
                                    .arg(shownUrl())});
}

Error ApiCall::refusalError()
{
    const QString phrase = QString::fromUtf8(m_body.left(PhraseWindow)).trimmed().toLower();
    if (phrase.startsWith(QLatin1String("invalid key")))
        m_refusal = Refusal::InvalidKey;
    else if (phrase.startsWith(QLatin1String("invalid token")))
        m_refusal = Refusal::InvalidToken;
    else if (phrase.startsWith(QLatin1String("expired token")))
        m_refusal = Refusal::ExpiredToken;
    else if (phrase.startsWith(QLatin1String("unauthorized permission requested")))
        m_refusal = Refusal::PermissionDenied;
    else if (m_status == 401 || m_status == 403)
        m_refusal = Refusal::Credentials;
    switch (m_refusal) {
    case Refusal::None:
        return {};
    case Refusal::InvalidKey:
        return {ErrorKind::TokenRefused, tr("Trello does not recognise the API key.")};
    case Refusal::InvalidToken:
        return {ErrorKind::TokenRefused, tr("Trello refused the token: it is not valid, or it was revoked.")};
    case Refusal::ExpiredToken:
        return {ErrorKind::TokenRefused, tr("The token has expired; get a new one with trello-onboard rotate or setup.")};
    case Refusal::PermissionDenied:
        return {ErrorKind::TokenRefused, tr("The token does not have the permission this request needs.")};
    case Refusal::Credentials:
        break;
    }
    return {ErrorKind::TokenRefused, tr("The API host refused the credentials (HTTP %1).").arg(m_status)};
}

void ApiCall::handleNetworkError()
{
    const QString host = UrlPolicy::origin(m_url);
    switch (m_networkError) {
    case QNetworkReply::ConnectionRefusedError:
        done({ErrorKind::Network, tr("Could not connect to the API host %1: the connection was refused.").arg(host)});
        return;
    case QNetworkReply::HostNotFoundError:
        done({ErrorKind::Network, tr("The API host name in %1 could not be found; check the address and your network.").arg(host)});
        return;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        done({ErrorKind::Network, tr("The API host %1 did not answer in time.").arg(host)});
        return;
    case QNetworkReply::SslHandshakeFailedError:
        done({ErrorKind::Network, tr("The secure connection to %1 failed: %2. If your network uses its own certificate authority, name its certificate with --ca-file.")
                                        .arg(host, m_tlsProblem.isEmpty() ? m_networkErrorString : m_tlsProblem)});
        return;
    case QNetworkReply::RemoteHostClosedError:
        done({ErrorKind::Network, tr("The API host %1 closed the connection without answering.").arg(host)});
        return;
    default:
        break;
    }
    done({ErrorKind::Network, tr("Could not reach the API host %1: %2").arg(host, m_networkErrorString)});
}

void ApiCall::done(Error error)
{
    if (isFinished())
        return;
    m_deadline.stop();
    m_retryTimer.stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    // Whatever a server or Qt put into the text, the token does not leave this object.
    const Error shown(error.kind(), Redaction::text(error.message(), m_client->token()));
    if (shown)
        qCInfo(lcApi).noquote() << m_method << shownUrl() << "failed:" << shown.message();
    finish(shown);
}

} // namespace onboard
