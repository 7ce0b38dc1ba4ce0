#pragma once

#include "trello/RedirectReader.h"

#include <QWebEnginePage>

class QWebEngineCertificateError;

namespace onboard {

// The consent page's QWebEnginePage: watches every navigation and takes only a main-frame
// navigation to the configured return URL as Trello's answer (RedirectReader). That navigation is
// never loaded. Pop-ups and new windows are not opened; schemes other than http and https are
// refused; TLS errors are rejected (fail closed).
class ConsentWebPage : public QWebEnginePage
{
    Q_OBJECT

public:
    ConsentWebPage(QWebEngineProfile *profile, const QUrl &returnUrl, QObject *parent = nullptr);

    bool answered() const { return m_answered; }

Q_SIGNALS:
    void tokenReceived(const QString &token);
    void denied(const QString &message);
    void malformedAnswer(const QString &message);
    void navigationRefused(const QUrl &url);
    void certificateRejected(const QString &description);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void onCertificateError(const QWebEngineCertificateError &error);

    RedirectReader m_reader;
    bool m_answered = false;
};

} // namespace onboard
