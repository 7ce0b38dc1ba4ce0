#pragma once

#include "oauth/OAuthAttempt.h"
#include "trello/RedirectReader.h"

#include <QWebEnginePage>

#include <optional>

class QWebEngineCertificateError;

namespace onboard {

// The consent page's QWebEnginePage: watches every navigation and takes only a main-frame
// navigation to the configured return URL as Trello's answer (RedirectReader). That navigation is
// never loaded. Pop-ups and new windows are not opened; schemes other than http and https are
// refused; TLS errors are rejected (fail closed).
//
// For an OAuth 2.0 consent (setOAuth), the return URL is the redirect URI and the attempt reads the
// answer (OAuthAttempt::read): a code (codeReceived), access_denied (denied), another error or a
// wrong state (malformedAnswer).
class ConsentWebPage : public QWebEnginePage
{
    Q_OBJECT

public:
    ConsentWebPage(QWebEngineProfile *profile, const QUrl &returnUrl, QObject *parent = nullptr);

    // Reads navigations to the return URL (here the redirect URI) as this attempt's answer.
    void setOAuth(const OAuthAttempt &attempt) { m_attempt = attempt; }

    bool answered() const { return m_answered; }

Q_SIGNALS:
    void tokenReceived(const QString &token);
    void codeReceived(const QString &code);
    void denied(const QString &message);
    void malformedAnswer(const QString &message);
    void navigationRefused(const QUrl &url);
    void certificateRejected(const QString &description);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void onCertificateError(const QWebEngineCertificateError &error);
    void readOAuthAnswer(const QUrl &url);

    RedirectReader m_reader;
    QUrl m_returnUrl;
    std::optional<OAuthAttempt> m_attempt;
    bool m_answered = false;
};

} // namespace onboard
