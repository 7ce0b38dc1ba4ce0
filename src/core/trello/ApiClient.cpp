#include "trello/ApiClient.h"

#include "common/Logging.h"
#include "common/Redaction.h"
#include "common/SafeFile.h"
#include "trello/ApiCall.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QUrlQuery>

namespace onboard {

namespace {
// A bundle of every public CA is about 200 KiB.
constexpr qint64 MaxCaFileBytes = 4 * 1024 * 1024;

void configure(QNetworkAccessManager *network)
{
    // Redirects are judged by ApiReply: Qt's default would follow them to another origin.
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    network->setCookieJar(nullptr);
}

// One for the clients of a process: every manager runs an HTTP thread of its own, which its
// destruction waits for, and status with 20 accounts made 20. Each request carries its own
// credentials and headers, and no cookie is kept, so clients sharing it share nothing else.
QPointer<QNetworkAccessManager> theSharedNetwork;

QNetworkAccessManager *sharedNetwork()
{
    if (!theSharedNetwork) {
        theSharedNetwork = new QNetworkAccessManager;
        configure(theSharedNetwork);
        // Deleted while the application object still exists: Qt's network classes reach for it
        // when they go (as its child, deleted after it was unset, it made Qt warn at exit).
        qAddPostRoutine([] { delete theSharedNetwork; });
    }
    return theSharedNetwork;
}
} // namespace

ApiClient::ApiClient(ApiEndpoint endpoint, QString apiKey, QString token, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_apiKey(std::move(apiKey))
    , m_token(std::move(token))
{
    if (m_endpoint.caFile.isEmpty() && QCoreApplication::instance()) {
        m_network = sharedNetwork();
    } else {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        configure(m_ownNetwork.get());
        m_network = m_ownNetwork.get();
    }
}

ApiClient *ApiClient::bearer(ApiEndpoint endpoint, QString accessToken, QObject *parent)
{
    auto *client = new ApiClient(std::move(endpoint), QString(), std::move(accessToken), parent);
    client->m_scheme = Scheme::Bearer;
    return client;
}

ApiClient *ApiClient::anonymous(const QUrl &url, const QString &caFile, QObject *parent)
{
    ApiEndpoint endpoint;
    endpoint.apiHost = url;
    endpoint.caFile = caFile;
    auto *client = new ApiClient(std::move(endpoint), QString(), QString(), parent);
    client->m_scheme = Scheme::Anonymous;
    return client;
}

ApiClient::~ApiClient() = default;

Error ApiClient::prepare()
{
    m_prepared = true;
    m_prepareError = m_endpoint.validate();
    if (m_prepareError)
        return m_prepareError;

    // A redirect never leaves the host's origin, so an http host stays http.
    if (m_endpoint.apiHost.scheme() == QLatin1String("https") || !m_endpoint.caFile.isEmpty())
        m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_endpoint.caFile.isEmpty()) {
        QByteArray pem;
        bool exists = false;
        const Error unread = SafeFile(m_endpoint.caFile, tr("The CA file")).read(MaxCaFileBytes, &pem, &exists);
        if (unread || !exists) {
            m_prepareError = {ErrorKind::BadInput, unread ? unread.message() : tr("The CA file %1 does not exist.").arg(m_endpoint.caFile)};
            return m_prepareError;
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certificates.isEmpty()) {
            m_prepareError = {ErrorKind::BadInput, tr("The CA file %1 holds no PEM certificate.").arg(m_endpoint.caFile)};
            return m_prepareError;
        }
        m_ssl->addCaCertificates(certificates);
    }
    return {};
}

Error ApiClient::prepared()
{
    if (!m_prepared)
        prepare();
    return m_prepareError;
}

Error ApiClient::readyToSend()
{
    if (Error e = prepared())
        return e;
    for (const CustomHeader &header : m_endpoint.headers) {
        if (header.isValueKept())
            return {ErrorKind::Keychain, tr("The value of the header %1 is kept in the keychain and was not read, so "
                                            "nothing was sent.")
                                             .arg(QString::fromLatin1(header.name()))};
    }
    return {};
}

void ApiClient::preconnect()
{
    if (prepared())
        return;
    const QUrl &host = m_endpoint.apiHost;
    if (host.scheme() == QLatin1String("https"))
        m_network->connectToHostEncrypted(host.host(), quint16(host.port(443)), m_ssl.value_or(QSslConfiguration::defaultConfiguration()));
    else
        m_network->connectToHost(host.host(), quint16(host.port(80)));
}

QUrl ApiClient::urlFor(const QString &path) const
{
    QUrl url = m_endpoint.apiHost;
    if (path.isEmpty())
        return url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1Char('/') + path);
    return url;
}

QString ApiClient::redacted(const QUrl &url) const
{
    return Redaction::url(url, m_token);
}

ApiCall *ApiClient::get(const QString &path)
{
    return new ApiCall(this, "GET", urlFor(path));
}

ApiCall *ApiClient::deleteResource(const QString &path)
{
    return new ApiCall(this, "DELETE", urlFor(path));
}

ApiCall *ApiClient::post(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    auto *call = new ApiCall(this, "POST", urlFor(path));
    call->m_requestBody = body;
    call->m_contentType = contentType;
    return call;
}

QNetworkReply *ApiClient::send(const QByteArray &method, const QUrl &target, const QByteArray &body, const QByteArray &contentType)
{
    QUrl url = target;
    QUrlQuery query(url);
    // Whatever a redirect put there is replaced by our own credentials.
    query.removeAllQueryItems(QStringLiteral("key"));
    query.removeAllQueryItems(QStringLiteral("token"));

    QNetworkRequest request;
    for (const CustomHeader &header : m_endpoint.headers)
        request.setRawHeader(header.name(), header.value());
    if (m_scheme == Scheme::Anonymous) {
        // nothing: the body says what it is for
    } else if (m_scheme == Scheme::Bearer) {
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token.toLatin1());
    } else if (m_endpoint.credentialsIn == ApiEndpoint::CredentialsIn::Header) {
        request.setRawHeader("Authorization", QByteArrayLiteral("OAuth oauth_consumer_key=\"") + m_apiKey.toLatin1()
                                                  + QByteArrayLiteral("\", oauth_token=\"") + m_token.toLatin1()
                                                  + QByteArrayLiteral("\""));
    } else {
        query.addQueryItem(QStringLiteral("key"), m_apiKey);
        query.addQueryItem(QStringLiteral("token"), m_token);
    }
    url.setQuery(query);
    request.setUrl(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("trello-onboard"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_limits.timeoutMs);
    if (url.scheme() == QLatin1String("https") && m_ssl)
        request.setSslConfiguration(*m_ssl);

    qCDebug(lcApi).noquote() << method << redacted(url);
    if (body.isEmpty()) // as before there were POSTs: no upload device at all
        return m_network->sendCustomRequest(request, method);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return m_network->sendCustomRequest(request, method, body);
}

} // namespace onboard
