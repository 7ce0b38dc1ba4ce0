#pragma once

#include "common/Job.h"
#include "oauth/OAuthAttempt.h"
#include "trello/RedirectReader.h"

#include <optional>

#include <QByteArray>
#include <QList>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace onboard {

struct HttpRequest;

// Catches Trello's answer from the person's own browser, for one attempt (docs/design.md,
// "Sign-in in the browser"). Listens on 127.0.0.1 and ::1 at the return URL's port; the browser
// opens pageUrl(), a page of the receiver that opens Trello's consent page in a window of its own
// (the consentUrl, asked with callback_method=postMessage) and relays the token it is handed back
// to the receiver in a POST body: the token is in no address the browser visits.
//
// It finishes with answer() set (Token, Denied or Malformed, as RedirectReader's), or with an
// error: the port cannot be listened on (ErrorKind::Network, naming the port and --return-url),
// cancel() (Cancelled), or no answer within timeoutMs() (Cancelled). Whatever else arrives — another
// Host or Origin, a wrong or missing state, a second answer, oversized or slow requests, more
// connections than MaxConnections — is refused without effect. It stops listening once finished.
//
// OAuth 2.0 mode (forOAuth): no relay page. The browser opens the consent page itself, and the
// authorization server sends it to the redirect URI with ?code=…&state=… (or ?error=…): the code in
// that query is single-use and bound to the attempt's PKCE verifier, so the browser's history
// holding it does not matter (PRODUCT.md, "Sign-in paths"). The receiver listens on the redirect
// URI's port and takes one GET of its exact path, read by OAuthAttempt::read, into oauthAnswer().
// A query with another state is refused with a 400 page and changes nothing; anything else as above.
class LoopbackReceiver : public Job
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10 * 60 * 1000;
    static constexpr int MaxConnections = 8;
    static constexpr int RequestDeadlineMs = 10000; // to send one whole request
    static constexpr int AnswerLingerMs = 5000;     // for an answer to be written after the end
    static constexpr int MaxHeaderBytes = 8 * 1024;
    static constexpr int MaxBodyBytes = 4 * 1024;
    // The receiver's two paths, under the return URL's origin.
    static QString pagePath() { return QStringLiteral("/trello-onboard/sign-in"); }
    static QString answerPath() { return QStringLiteral("/trello-onboard/sign-in/answer"); }

    // `returnUrl`: http to localhost, 127.0.0.1 or [::1] with a port (AuthorizeRequest::checkBrowserReturnUrl).
    // `consentUrl`: Trello's consent page for this attempt, asking for postMessage to the return
    // URL's origin (AuthorizeRequest::browserConsentUrl).
    LoopbackReceiver(QUrl returnUrl, QUrl consentUrl, QObject *parent = nullptr);
    // OAuth 2.0: `redirectUri` as checkRedirectUri() wants it; `consentUrl` is the attempt's
    // (OAuthRequest::consentUrl with its state and challenge), what the browser is to open.
    static LoopbackReceiver *forOAuth(const QUrl &redirectUri, const QUrl &consentUrl, const OAuthAttempt &attempt,
                                      QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Whether the receiver can listen on `redirectUri`: http to localhost, 127.0.0.1 or [::1] with
    // its port written out (the OAuth 2.0 counterpart of AuthorizeRequest::checkBrowserReturnUrl).
    static Error checkRedirectUri(const QUrl &redirectUri);

    bool isOAuth() const { return m_attempt.has_value(); }

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRequestDeadlineMs(int ms) { m_requestDeadlineMs = ms; }

    // What the browser is to open, valid once listening() came: the page, with this attempt's
    // random state; in OAuth 2.0 mode the consent page itself.
    QUrl pageUrl() const;
    // The origin the page has, and the only Origin its answer may come from.
    QByteArray pageOrigin() const;
    const RedirectReader::Answer &answer() const { return m_answer; }
    // OAuth 2.0 mode: what the redirect said (Code, Denied, Refused or Malformed).
    const OAuthAttempt::Answer &oauthAnswer() const { return m_oauthAnswer; }

    void cancel();

Q_SIGNALS:
    void listening(const QUrl &pageUrl);
    // The browser fetched the page: the person is there now.
    void pageOpened();

protected:
    void run() override;

private:
    struct Connection;

    Error listen();
    void accept(QTcpServer *server);
    void readFrom(Connection *connection);
    void handle(Connection *connection, const HttpRequest &request);
    bool takeAnswer(const QByteArray &body, QByteArray *refusal);
    void handleRedirect(Connection *connection, const HttpRequest &request);
    void respond(Connection *connection, int status, const QByteArray &contentType = {}, const QByteArray &body = {},
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void drop(Connection *connection);
    void stop();
    bool isOurHost(const QByteArray &host) const;

    QUrl m_returnUrl;
    QUrl m_consentUrl;
    QByteArray m_state;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_requestDeadlineMs = RequestDeadlineMs;
    QList<QTcpServer *> m_servers;
    QList<Connection *> m_connections;
    QTimer *m_bound;
    RedirectReader::Answer m_answer;
    std::optional<OAuthAttempt> m_attempt; // OAuth 2.0 mode
    OAuthAttempt::Answer m_oauthAnswer;
    bool m_answered = false;
};

} // namespace onboard
