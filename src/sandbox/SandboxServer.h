#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace onboard::sandbox {

struct SandboxMember
{
    QString id;       // 24 hex characters, as Trello's ids
    QString username;
    QString fullName;
};

// A misbehaviour the sandbox plays for matching requests, instead of its normal answer.
struct SandboxFault
{
    enum class Kind {
        Answer,          // answer `status` with `contentType` and `body` (e.g. 401 "invalid token", 429, 500)
        NeverAnswer,     // read the request, then keep the connection open and say nothing
        Trickle,         // answer 200 with a large Content-Length, one byte every `intervalMs`
        HugeBody,        // answer 200 with `hugeBytes` of body, streamed as fast as the client reads
        EndlessChunks,   // answer 200 chunked (no length announced) and never end, as fast as the client reads
        Redirect,        // answer `status` (default 302) with Location: `location`
        CloseConnection, // close the socket without answering
    };
    Kind kind = Kind::Answer;
    int status = 500;
    QByteArray contentType = "text/plain";
    QByteArray body;
    QUrl location;
    qint64 hugeBytes = 300LL * 1024 * 1024;
    int intervalMs = 1000;
    int times = 1; // how many matching requests it applies to; -1: until cleared
};

// The Trello stand-in: a real HTTP/1.1 server on 127.0.0.1 with the consent page and the API
// calls trello-onboard uses, behaving as Trello does (PRODUCT.md, "The built-in sandbox").
//
// Trello Auth (API key + token):
//   GET /1/authorize, /1/token/approve, /1/token/deny   the consent page and its answers (ConsentRoutes)
//   GET /1/members/me, GET|DELETE /1/tokens/{token}       the API (ApiRoutes)
//   GET|POST /1/tokens/{token}/webhooks, POST /1/webhooks,
//   GET|DELETE /1/webhooks/{id}                           webhooks, per token (ApiRoutes, WebhookStore)
// OAuth 2.0 (PRODUCT.md, "OAuth 2.0 accounts"; authorization code with PKCE, rotating refresh tokens):
//   GET /authorize, POST|GET /authorize/allow, /authorize/deny   consent (OAuthConsentRoutes)
//   POST /oauth/token                                             code exchange, refresh (OAuthTokenRoutes)
//   GET /1/members/me with Authorization: Bearer                  the API (ApiRoutes)
//
// Tokens are self-describing: member, scopes, expiration and creation time are encoded in the
// token and signed with a fixed sandbox secret, so any sandbox instance (the demo of a later run,
// the stand-alone trello-sandbox process) recognises tokens issued by another; OAuth 2.0 access
// and refresh tokens too (OAuthTokenCodec). What happens to tokens — revocations, refresh-token
// reuse that ends a grant, authorization codes — is kept in memory by the instance that saw it.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;           // http://127.0.0.1:PORT
    QUrl apiRoot() const;           // http://127.0.0.1:PORT/1
    QUrl authorizeUrl() const;      // http://127.0.0.1:PORT/1/authorize
    QUrl oauthAuthorizeUrl() const; // http://127.0.0.1:PORT/authorize
    QUrl oauthTokenUrl() const;     // http://127.0.0.1:PORT/oauth/token

    // The API key the demo uses. Any 32-hex key is accepted; others get 401 "invalid key".
    static QString demoKey();
    // Fixed members; the consent page grants tokens for consentingMember() (0 by default).
    static const QList<SandboxMember> &members();
    void setConsentingMember(int index);
    int consentingMember() const;

    // Origins ("http://localhost:17645") the consent page may redirect to; any other return_url
    // gets Trello's "Invalid return_url" page. Default: the origin of trello-onboard's default
    // return URL and of any loopback http URL whose origin was added here.
    void setAllowedOrigins(const QStringList &origins);
    QStringList allowedOrigins() const;

    enum class TokenForm { Current, Legacy }; // "ATTA"+72 hex, or 64 hex
    // Issues a token as if the member had pressed Allow (for tests that skip the page).
    QString issueToken(int memberIndex, const QStringList &scopes, const QString &expiration,
                       TokenForm form = TokenForm::Current);
    // Issues a token created at `created` (for expired-token tests).
    QString issueTokenCreatedAt(int memberIndex, const QStringList &scopes, const QString &expiration,
                                const QDateTime &created, TokenForm form = TokenForm::Current);
    bool isRevoked(const QString &token) const;

    // Webhooks, kept per token as Trello keeps them: they die with their token, and creating one
    // first checks its callback URL with a HEAD request that must answer 200.
    struct Webhook
    {
        QString id;
        QString description;
        QString idModel;
        QString callbackUrl;
        bool active = true;
    };
    // The webhooks of `token`, in the order they were made; none once it is revoked.
    QList<Webhook> webhooks(const QString &token) const;
    // Adds a webhook to `token` as if it had been created through the API, without the HEAD check
    // (for tests that need some to exist); its id, or empty for a token that is not a live sandbox
    // token or a webhook that exists already (same token, callback URL and model).
    QString addWebhook(const QString &token, const QString &callbackUrl, const QString &idModel,
                       const QString &description = {}, bool active = true);
    // How long the HEAD request to a new webhook's callback URL may take (default 5000 ms).
    void setCallbackCheckTimeout(int milliseconds);

    // OAuth 2.0. The client id the demo uses; any id of 1 to 128 of [A-Za-z0-9_-] is accepted
    // (public clients: no secret).
    static QString demoClientId();
    // The redirect URIs the client registered, matched as exact strings. Empty (the default): any
    // http URI on localhost, 127.0.0.1 or [::1].
    void setRegisteredRedirectUris(const QStringList &uris);
    QStringList registeredRedirectUris() const;
    // Lifetime of the access tokens issued from now on, in seconds (default 3600; at least 1).
    void setAccessTokenLifetime(int seconds);
    int accessTokenLifetime() const;
    // Starts a grant as if the member had allowed `scopes` (OAuthScopes names; offline_access is
    // implied) and exchanged the code, for tests that skip the consent page. Returns the refresh
    // token (bound to no particular client) and sets *accessToken, whose lifetime is
    // accessLifetimeSeconds (negative: the setting above; 0: already expired). Empty for an
    // unknown member or scope.
    QString issueOAuthGrant(int memberIndex, const QStringList &scopes, QString *accessToken,
                            int accessLifetimeSeconds = -1);
    // Whether this instance has ended the grant of an access or refresh token (refresh-token reuse).
    // False for anything that is not a sandbox OAuth 2.0 token.
    bool isGrantEnded(const QString &refreshOrAccessToken) const;
    int oauthRefreshCount() const;      // successful refresh_token grants so far
    int oauthCodeExchangeCount() const; // successful authorization_code grants so far

    // Faults apply to requests whose method matches (empty: any) and whose path starts with
    // pathPrefix, in the order added; each is used `times` times.
    void addFault(const QByteArray &method, const QString &pathPrefix, const SandboxFault &fault);
    void clearFaults();

    QList<HttpRequest> received() const;
    void clearReceived();

Q_SIGNALS:
    void requestReceived(const onboard::HttpRequest &request);

private:
    struct Private;
    Private *d;
};

} // namespace onboard::sandbox
