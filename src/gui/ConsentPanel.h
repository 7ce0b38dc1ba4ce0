#pragma once

#include "common/Error.h"
#include "trello/AuthorizeRequest.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ConsentPanel;
}

namespace onboard {

class ConsentBrowser;
class DelayedProgress;

// Trello's consent page as both the setup wizard and the rotate dialog show it: the page in the
// guarded, off-the-record web view (ConsentBrowser) with its real origin and security above it, a
// load bar that waits half a second, a message strip with "Try again", and, when embedding fails,
// the same page in the system browser with a field to paste the token. It holds no rules: it says
// what happened, and its owner decides.
//
// After Allow, tokenCaptured() comes first, so the owner's requests go out at once; the web view
// is torn down on the next turn of the event loop, behind them (the page never loaded the return
// URL and refuses every navigation by then, so it holds no token meanwhile).
class ConsentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentPanel(QWidget *parent = nullptr);
    ~ConsentPanel() override;

    ConsentBrowser *browser() const { return m_browser; }

    // Loads the consent page of `request` (checked first: a bad request is shown, not loaded).
    void open(const AuthorizeRequest &request);
    // Closes the web view (its engine processes end) and stops the load bar.
    void close();
    // A problem in the strip, with "Try again".
    void showProblem(const QString &text);
    void hideMessage();

Q_SIGNALS:
    // A load began: an owner may open its connection to the API host now.
    void loading();
    // The page is up (not Trello's error page): an owner may warm up the keychain now.
    void pageLoaded();
    // Allow (or a pasted token).
    void tokenCaptured(const QString &token);
    // Deny: already told in the strip.
    void denied(const QString &message);
    // The page could not be used (not loaded, return URL refused, a malformed answer): already
    // told in the strip, with "Try again".
    void failed(const onboard::Error &problem);
    void retryRequested();

private:
    void showOrigin(const QUrl &url);
    void onToken(const QString &token);
    void fail(const Error &problem, const QString &shown);

    std::unique_ptr<Ui::ConsentPanel> m_ui;
    ConsentBrowser *m_browser;
    DelayedProgress *m_loadProgress;
    AuthorizeRequest m_request;
};

} // namespace onboard
