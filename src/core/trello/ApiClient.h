#pragma once

#include "common/Error.h"
#include "trello/ApiEndpoint.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace onboard {

class ApiCall;

// The C++ counterpart of trello.js's createTrelloClient({apiKey, apiToken, host, headers}):
// every request goes to the configured API host with the credentials (query parameters or the
// OAuth header), the custom headers, a deadline, a cap on the answer's size, and no redirect to
// another origin. Errors come out as Error values whose text never holds the token.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int timeoutMs = 15000;              // per attempt, from sending to the last byte
        qint64 maxBodyBytes = 1024 * 1024;  // Trello's answers to our calls are a few KiB
        int maxRedirects = 3;               // same-origin redirects followed
        int maxRetries = 3;                 // after a 429
        int retryBaseDelayMs = 500;         // doubled on each retry; Retry-After wins, capped
        int maxRetryDelayMs = 5000;
    };

    // How a request proves who it is for.
    enum class Scheme {
        TrelloKey, // key and token, as the endpoint's credentialsIn says (Trello Auth)
        Bearer,    // "Authorization: Bearer <access token>" (an OAuth 2.0 account)
        Anonymous, // none, and no custom headers: an OAuth 2.0 token endpoint (the body carries what it needs)
    };

    // A Trello Auth client: key and token.
    ApiClient(ApiEndpoint endpoint, QString apiKey, QString token, QObject *parent = nullptr);
    // An OAuth 2.0 account's client: the access token as a Bearer token, never in a URL.
    static ApiClient *bearer(ApiEndpoint endpoint, QString accessToken, QObject *parent = nullptr);
    // For an OAuth 2.0 token endpoint at `url`: the custom headers are for the API host and are not
    // sent there; the CA file is trusted there too (a corporate proxy intercepts both).
    static ApiClient *anonymous(const QUrl &url, const QString &caFile, QObject *parent = nullptr);
    ~ApiClient() override;

    // Checks the endpoint and loads the CA file. Calls started after a failed prepare() finish
    // at once with that error.
    Error prepare();
    // prepare()'s outcome, preparing first if that was not done yet.
    Error prepared();

    // Opens the connection to the API host (TCP, and TLS for https) ahead of the first request,
    // while the caller waits for something else (the keychain); it sends no request and no
    // credentials. A failure here is left for the request to report.
    void preconnect();
    // For a client made before its token was known (to preconnect): set before the first request.
    void setToken(const QString &token) { m_token = token; }
    // The same for the headers, once the secret ones' values are read from the keychain.
    void setHeaders(const CustomHeaders &headers) { m_endpoint.headers = headers; }
    // prepared(), and no header whose value is still kept in the keychain unread: a call is never
    // sent without a header it was configured with.
    Error readyToSend();

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    const ApiEndpoint &endpoint() const { return m_endpoint; }
    const QString &apiKey() const { return m_apiKey; }
    // Whether this client talks to `endpoint` with `apiKey`: an early connection is reused only then.
    bool isFor(const ApiEndpoint &endpoint, const QString &apiKey) const
    {
        return m_endpoint == endpoint && m_apiKey == apiKey;
    }
    const QString &token() const { return m_token; }
    Scheme scheme() const { return m_scheme; }

    // A call of `path`, relative to the API host ("members/me", "tokens/<token>"), not started yet.
    // It belongs to this client.
    ApiCall *get(const QString &path);
    ApiCall *deleteResource(const QString &path);
    // A POST of `body` (of `contentType`) to `path`; an empty path is the host URL itself. A
    // redirect is not followed: the body may hold a secret.
    ApiCall *post(const QString &path, const QByteArray &body, const QByteArray &contentType);

    // The URL of `path` with the credentials added (query mode), and its shown form.
    QUrl urlFor(const QString &path) const;
    QString redacted(const QUrl &url) const;

private:
    friend class ApiCall;
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &contentType);

    ApiEndpoint m_endpoint;
    QString m_apiKey;
    QString m_token;
    Scheme m_scheme = Scheme::TrelloKey;
    Limits m_limits;
    Error m_prepareError;
    bool m_prepared = false;
    // Only for an https host or a CA file: even a default-constructed QSslConfiguration loads
    // OpenSSL (about 4 MiB and 20 ms), which a plain-http (loopback) host does not need.
    std::optional<QSslConfiguration> m_ssl;
    // The process's shared manager, or this client's own when it trusts a CA file of its own
    // (Qt reuses a connection for any request to its host, whatever the request's TLS settings).
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network;
};

} // namespace onboard
