#pragma once

#include "ConsentWebPage.h"
#include "ReturnUrlGuard.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <QWebEngineProfile>
#include <QWebEngineView>

class QWidget;

namespace onboard {

// The web view of the consent page and what it needs: an off-the-record profile (no cache,
// cookies or history on disk), a ConsentWebPage that catches the answer, a ReturnUrlGuard as a
// second net. close() destroys page, view and profile in that order (page before profile), so
// Chromium's processes end.
class ConsentBrowser : public QObject
{
    Q_OBJECT

public:
    // The view is put into `container`'s layout.
    explicit ConsentBrowser(QWidget *container, QObject *parent = nullptr);
    ~ConsentBrowser() override;

    // Starts the web engine (Chromium's browser side, and a renderer for a blank page) before the
    // consent page is needed, so that it appears at once when the person gets there. Requests
    // nothing from the network; open() takes the warmed profile over.
    void warmUp();
    bool isWarm() const { return m_warmPage != nullptr; }

    void open(const QUrl &consentUrl, const QUrl &returnUrl);
    // An OAuth 2.0 consent: the navigation to `redirectUri` is caught (never loaded) and read by
    // `attempt`.
    void openOAuth(const QUrl &consentUrl, const QUrl &redirectUri, const OAuthAttempt &attempt);
    void reload();
    void close();
    bool isOpen() const { return m_page != nullptr; }
    ConsentWebPage *page() const { return m_page; }

Q_SIGNALS:
    void urlChanged(const QUrl &url);
    void loadStarted();
    void loadProgress(int percent);
    void loaded();                         // the page is there (and is not Trello's error page)
    void loadFailed(const QString &why);   // offline, refused, TLS
    void invalidReturnUrl();               // Trello's "Invalid return_url" page
    void tokenReceived(const QString &token);
    void codeReceived(const QString &code);
    void denied(const QString &message);
    void malformedAnswer(const QString &message);

private:
    void createProfile();
    void openPage(const QUrl &consentUrl, const QUrl &returnUrl, const std::optional<OAuthAttempt> &attempt);
    void onLoadFinished(bool ok);

    QWidget *m_container;
    // Guarded: the view lives in the container, which a page may delete before this object.
    QPointer<QWebEngineProfile> m_profile;
    QPointer<ConsentWebPage> m_page;
    QPointer<QWebEnginePage> m_warmPage; // the blank page of warmUp(), until open()
    QPointer<QWebEngineView> m_view;
    QPointer<ReturnUrlGuard> m_guard;
    QString m_certificateProblem;
    bool m_oauth = false; // Trello's "Invalid return_url" page is not looked for
};

} // namespace onboard
