#pragma once

#include "common/Error.h"
#include "oauth/OAuthAttempt.h"
#include "oauth/OAuthRequest.h"
#include "setup/SetupOptions.h"
#include "trello/AuthorizeRequest.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ConsentPanel;
}

namespace onboard {

class ConsentBrowser;
class DelayedProgress;
class LoopbackReceiver;

// Trello's consent page as both the setup wizard and the rotate dialog show it: the page in the
// guarded, off-the-record web view (ConsentBrowser) with its real origin and security above it, a
// load bar that waits half a second, a message strip with "Try again". Or, chosen with "Sign in
// with your browser" or --sign-in browser, the page in the person's own browser with the answer
// caught by a LoopbackReceiver, while the panel says it waits (Cancel, "Paste a token instead").
// Last, the page in the browser without a return URL and a field to paste the token. It holds
// no rules: it says what happened, and its owner decides.
//
// After Allow, tokenCaptured() comes first, so the owner's requests go out at once; the web view
// is torn down on the next turn of the event loop, behind them (the page never loaded the return
// URL and refuses every navigation by then, so it holds no token meanwhile).
//
// An OAuth 2.0 consent (open(const OAuthRequest &)) works the same way with one OAuthAttempt per
// open(): the navigation to the redirect URI is caught in the web view, or the browser is sent
// straight to the consent page and a LoopbackReceiver in OAuth 2.0 mode takes the redirect. Allow
// ends in codeCaptured() with the code and the attempt's PKCE verifier; "Paste a token instead"
// does not exist for it.
class ConsentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentPanel(QWidget *parent = nullptr);
    ~ConsentPanel() override;

    ConsentBrowser *browser() const { return m_browser; }

    // Where open() shows the consent page. `locked` (by the administrator's config): the other
    // way is not offered.
    void setSignIn(SetupOptions::SignIn signIn, bool locked);
    SetupOptions::SignIn signIn() const { return m_signIn; }
    // Loads the consent page of `request` (checked first: a bad request is shown, not loaded):
    // in the web view, or in the person's browser.
    void open(const AuthorizeRequest &request);
    // The same for an OAuth 2.0 consent: a fresh attempt (state, PKCE verifier) each time.
    void open(const OAuthRequest &request);
    bool isOAuth() const { return m_oauth; }
    // Closes the web view (its engine processes end), stops waiting for the browser and the load bar.
    void close();
    // A problem in the strip, with "Try again".
    void showProblem(const QString &text);
    void hideMessage();

Q_SIGNALS:
    // open() shows the consent page this way (the person may switch on the panel).
    void signInShown(onboard::SetupOptions::SignIn signIn);
    // A load began: an owner may open its connection to the API host now.
    void loading();
    // The page is up (not Trello's error page): an owner may warm up the keychain now.
    void pageLoaded();
    // Allow (or a pasted token).
    void tokenCaptured(const QString &token);
    // Allow on an OAuth 2.0 consent: the authorization code and the verifier it is bound to.
    void codeCaptured(const QString &code, const QString &codeVerifier);
    // Deny: already told in the strip.
    void denied(const QString &message);
    // The page could not be used (not loaded, return URL refused, a malformed answer): already
    // told in the strip, with "Try again".
    void failed(const onboard::Error &problem);
    void retryRequested();

private:
    // Opens the last request again (the way the person switched to, or "Try again").
    void reopen();
    // What open() does for both kinds once the request is checked.
    void openChecked(const Error &browserRefused);
    void openInBrowser();
    void onReceiverFinished();
    void stopReceiver();
    void showEmbedded(bool embedded);
    // The browser's panel with nothing in it: no wait is going on (no receiver, so no Cancel).
    void showBrowserPanelEmpty();
    void showOrigin(const QUrl &url);
    void onToken(const QString &token);
    void onCode(const QString &code);
    void onDenied(const QString &message);
    void fail(const Error &problem, const QString &shown);

    std::unique_ptr<Ui::ConsentPanel> m_ui;
    ConsentBrowser *m_browser;
    DelayedProgress *m_loadProgress;
    AuthorizeRequest m_request;
    OAuthRequest m_oauthRequest;
    bool m_oauth = false;
    std::optional<OAuthAttempt> m_attempt; // the OAuth 2.0 attempt open() made
    SetupOptions::SignIn m_signIn = SetupOptions::SignIn::Embedded;
    bool m_signInLocked = false;
    LoopbackReceiver *m_receiver = nullptr; // while waiting for the browser
};

} // namespace onboard
