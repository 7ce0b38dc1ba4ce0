#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace onboard {

class ApiClient;

// One API call as the caller sees it: it may take several HTTP exchanges (a same-origin
// redirect, retries after 429), and ends with finished() exactly once.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, QByteArray method, QUrl url);

    void sendAttempt();
    void onReadyRead();
    bool absorb(QNetworkReply *reply); // false once the answer is over the size cap
    void onFinished();
    void onDeadline();
    void handleStatus();
    void handleNetworkError();
    void finish(Error error);
    void abortWith(Error error);
    Error refusal() const;
    QString shownUrl() const;

    ApiClient *m_client;
    QByteArray m_method;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QByteArray m_body;
    Error m_abortReason;
    Error m_error;
    QString m_tlsProblem;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_networkErrorString;
    QUrl m_location;
    QByteArray m_retryAfter;
    int m_status = 0;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_finished = false;
};

} // namespace onboard
