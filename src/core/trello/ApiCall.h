#pragma once

#include "common/Job.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace onboard {

class ApiClient;

// One API call as the caller sees it, as a Job made by ApiClient::get() or deleteResource(): it
// may take several HTTP exchanges (a same-origin redirect, retries after 429) and ends once.
class ApiCall : public Job
{
    Q_OBJECT

public:
    // How Trello refused the credentials, read from its plain-text 401/400 answers. This is the
    // one place where Trello's refusals are told apart (revoke needs "already dead" vs "refused").
    enum class Refusal {
        None,             // not refused (success, or a failure of another kind)
        InvalidKey,       // "invalid key"
        InvalidToken,     // "invalid token": not valid, or revoked
        ExpiredToken,     // "expired token"
        PermissionDenied, // "unauthorized permission requested": the token may not do this
        Credentials,      // 401 or 403 without one of Trello's phrases
    };

    ~ApiCall() override;

    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    int attempts() const { return m_attempts; }
    Refusal refusal() const { return m_refusal; }
    // Trello says the token no longer exists (invalid or expired): there is nothing left to revoke.
    bool tokenIsDead() const { return m_refusal == Refusal::InvalidToken || m_refusal == Refusal::ExpiredToken; }

protected:
    void run() override;

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, QByteArray method, QUrl url);

    void sendAttempt();
    void onReadyRead();
    bool absorb(QNetworkReply *reply); // false once the answer is over the size cap
    void onFinished();
    void onDeadline();
    void handleStatus();
    void handleNetworkError();
    void done(Error error);
    void abortWith(Error error);
    Error refusalError();
    QString shownUrl() const;

    ApiClient *m_client;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_requestBody;
    QByteArray m_contentType;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QByteArray m_body;
    Error m_abortReason;
    QString m_tlsProblem;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_networkErrorString;
    QUrl m_location;
    QByteArray m_retryAfter;
    int m_status = 0;
    int m_attempts = 0;
    int m_redirects = 0;
    Refusal m_refusal = Refusal::None;
};

} // namespace onboard
