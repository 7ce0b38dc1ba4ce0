#include "ConsentPanel.h"

#include "ConsentBrowser.h"
#include "DelayedProgress.h"
#include "MessageStrip.h"
#include "WelcomePage.h"
#include "signin/LoopbackReceiver.h"
#include "trello/CredentialFormat.h"
#include "trello/UrlPolicy.h"
#include "ui_ConsentPanel.h"

#include <QDesktopServices>

namespace onboard {

ConsentPanel::ConsentPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConsentPanel>())
{
    m_ui->setupUi(this);
    // Showing or hiding the progress bar must not resize the web view: that re-lays out and
    // re-renders the whole page, just when the person (or an installer's script) clicks Allow.
    QSizePolicy barPolicy = m_ui->loadProgressBar->sizePolicy();
    barPolicy.setRetainSizeWhenHidden(true);
    m_ui->loadProgressBar->setSizePolicy(barPolicy);
    m_loadProgress = new DelayedProgress(m_ui->loadProgressBar);
    m_browser = new ConsentBrowser(m_ui->webViewContainer, this);
    connect(m_browser, &ConsentBrowser::urlChanged, this, &ConsentPanel::showOrigin);
    connect(m_browser, &ConsentBrowser::loadStarted, m_loadProgress, &DelayedProgress::start);
    connect(m_browser, &ConsentBrowser::loadProgress, m_loadProgress, &DelayedProgress::setValue);
    connect(m_browser, &ConsentBrowser::loaded, this, [this] {
        m_loadProgress->finish();
        Q_EMIT pageLoaded();
    });
    connect(m_browser, &ConsentBrowser::loadFailed, this, [this](const QString &why) {
        const bool browserOffered = !m_signInLocked && m_ui->signInWithBrowserButton->isEnabled();
        const QString shown = !browserOffered ? why
                                              : why + QLatin1Char(' ')
                                                   + tr("You can also sign in with your own browser (the button below).");
        fail({ErrorKind::Network, why}, shown);
    });
    connect(m_browser, &ConsentBrowser::invalidReturnUrl, this, [this] {
        const QString origin = UrlPolicy::origin(m_request.returnUrl);
        fail({ErrorKind::BadInput, tr("Trello refused to send its answer to %1.").arg(origin)},
             tr("Trello refused to send its answer to this program: the origin %1 is not among the allowed "
                "origins of your API key. Add %1 under \"Allowed origins\" on the Power-Up admin page (%2), "
                "then press \"Try again\".")
                 .arg(origin, WelcomePage::powerUpAdminUrl().toString()));
    });
    connect(m_browser, &ConsentBrowser::tokenReceived, this, &ConsentPanel::onToken);
    connect(m_browser, &ConsentBrowser::codeReceived, this, &ConsentPanel::onCode);
    connect(m_browser, &ConsentBrowser::denied, this, &ConsentPanel::onDenied);
    connect(m_browser, &ConsentBrowser::malformedAnswer, this,
            [this](const QString &why) { fail({ErrorKind::BadInput, why}, why); });
    connect(m_ui->reloadButton, &QPushButton::clicked, m_browser, &ConsentBrowser::reload);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ConsentPanel::retryRequested);
    connect(m_ui->openInBrowserButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_request.manualConsentUrl()); });
    connect(m_ui->signInWithBrowserButton, &QPushButton::clicked, this, [this] {
        m_signIn = SetupOptions::SignIn::Browser;
        reopen();
    });
    connect(m_ui->embeddedInsteadButton, &QPushButton::clicked, this, [this] {
        m_signIn = SetupOptions::SignIn::Embedded;
        reopen();
    });
    connect(m_ui->cancelBrowserButton, &QPushButton::clicked, this, [this] {
        if (m_receiver)
            m_receiver->cancel();
    });
    connect(m_ui->pasteInsteadButton, &QPushButton::clicked, this, [this] {
        // The paste path: Trello shows the token in the browser as text, without a return URL.
        stopReceiver();
        showEmbedded(false);
        m_ui->fallbackGroup->show();
        m_ui->browserWaitLabel->setText(tr("Copy the token Trello shows in your browser, then paste it below."));
        m_ui->browserAddressLabel->clear();
        QDesktopServices::openUrl(m_request.manualConsentUrl());
        m_ui->manualTokenEdit->setFocus();
    });
    connect(m_ui->manualTokenEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->useManualTokenButton->setEnabled(!CredentialFormat::checkToken(CredentialFormat::trimmed(text)));
    });
    connect(m_ui->useManualTokenButton, &QPushButton::clicked, this, [this] {
        const QString token = CredentialFormat::trimmed(m_ui->manualTokenEdit->text());
        if (const Error e = CredentialFormat::checkToken(token)) {
            showProblem(e.message());
            return;
        }
        onToken(token);
    });
}

ConsentPanel::~ConsentPanel()
{
    stopReceiver();
    m_browser->close(); // while the view's container still exists
}

void ConsentPanel::setSignIn(SetupOptions::SignIn signIn, bool locked)
{
    m_signIn = signIn;
    m_signInLocked = locked;
    const bool browser = signIn == SetupOptions::SignIn::Browser;
    m_ui->signInWithBrowserButton->setVisible(!locked || browser);
    m_ui->orLabel->setVisible(!locked || browser);
    m_ui->embeddedInsteadButton->setVisible(!locked);
}

void ConsentPanel::open(const AuthorizeRequest &request)
{
    m_request = request;
    m_oauth = false;
    m_attempt.reset();
    stopReceiver(); // a new attempt: the last one's port is free again
    hideMessage();
    if (const Error e = request.validate()) {
        fail(e, e.message());
        return;
    }
    // The browser needs a return URL the receiver can listen on; the button says why it cannot.
    openChecked(AuthorizeRequest::checkBrowserReturnUrl(request.returnUrl));
}

void ConsentPanel::open(const OAuthRequest &request)
{
    m_oauthRequest = request;
    m_oauth = true;
    m_attempt.reset();
    stopReceiver();
    hideMessage();
    if (const Error e = request.validate()) {
        fail(e, e.message());
        return;
    }
    m_attempt.emplace(); // a fresh state and verifier for each attempt
    openChecked(LoopbackReceiver::checkRedirectUri(request.redirectUri));
}

void ConsentPanel::reopen()
{
    if (m_oauth)
        open(m_oauthRequest);
    else
        open(m_request);
}

void ConsentPanel::openChecked(const Error &browserRefused)
{
    m_ui->reloadButton->setEnabled(true);
    m_loadProgress->finish(); // each load waits its own half second
    m_loadProgress->setValue(0);
    m_ui->signInWithBrowserButton->setEnabled(!browserRefused);
    m_ui->signInWithBrowserButton->setToolTip(browserRefused ? browserRefused.message() : QString());
    // Paste and the manual page are Trello tokens' ways; an OAuth 2.0 grant has none.
    for (QWidget *manual : {static_cast<QWidget *>(m_ui->orLabel), static_cast<QWidget *>(m_ui->openInBrowserButton),
                            static_cast<QWidget *>(m_ui->manualTokenLabel), static_cast<QWidget *>(m_ui->manualTokenEdit),
                            static_cast<QWidget *>(m_ui->useManualTokenButton)})
        manual->setVisible(!m_oauth && (manual != m_ui->orLabel || !m_ui->signInWithBrowserButton->isHidden()));
    QString notice;
    if (m_signIn == SetupOptions::SignIn::Browser && browserRefused) {
        if (m_signInLocked) {
            showBrowserPanelEmpty();
            fail(browserRefused, browserRefused.message());
            return;
        }
        m_signIn = SetupOptions::SignIn::Embedded; // the page in this window, and the strip says why
        notice = browserRefused.message();
    }
    const QUrl authorizeUrl = m_oauth ? m_oauthRequest.authorizeUrl : m_request.authorizeUrl;
    showOrigin(authorizeUrl);
    Q_EMIT signInShown(m_signIn);
    if (m_signIn == SetupOptions::SignIn::Browser) {
        openInBrowser();
        return;
    }
    showEmbedded(true);
    if (m_oauth)
        m_browser->openOAuth(m_oauthRequest.consentUrl(m_attempt->state(), m_attempt->codeChallenge()),
                             m_oauthRequest.redirectUri, *m_attempt);
    else
        m_browser->open(m_request.consentUrl(), m_request.returnUrl);
    if (!notice.isEmpty())
        MessageStrip::show(m_ui->consentMessage, MessageStrip::Kind::Warning, notice);
    Q_EMIT loading();
}

void ConsentPanel::close()
{
    stopReceiver();
    m_ui->cancelBrowserButton->hide(); // nothing is waited for now
    m_browser->close();
    m_loadProgress->finish(); // a closed page reports no end of its load
}

void ConsentPanel::showEmbedded(bool embedded)
{
    m_ui->webViewContainer->setVisible(embedded);
    m_ui->browserWaitPanel->setVisible(!embedded);
    // The address row is the web view's; the browser shows its own. The fallback row returns
    // with the paste path or the web view.
    m_ui->securityLabel->setVisible(embedded);
    m_ui->originLabel->setVisible(embedded);
    m_ui->reloadButton->setVisible(embedded);
    m_ui->fallbackGroup->setVisible(embedded);
    m_ui->cancelBrowserButton->setVisible(!embedded && m_receiver);
    m_ui->pasteInsteadButton->setVisible(!embedded && !m_oauth);
}

void ConsentPanel::showBrowserPanelEmpty()
{
    showEmbedded(false);
    m_ui->browserWaitLabel->clear();
    m_ui->browserAddressLabel->clear();
}

void ConsentPanel::openInBrowser()
{
    m_browser->close(); // the web engine's processes end: nothing of it is needed now
    m_loadProgress->finish();
    if (m_oauth)
        m_receiver = LoopbackReceiver::forOAuth(m_oauthRequest.redirectUri,
                                                m_oauthRequest.consentUrl(m_attempt->state(), m_attempt->codeChallenge()),
                                                *m_attempt, this);
    else
        m_receiver = new LoopbackReceiver(m_request.returnUrl, m_request.browserConsentUrl(), this);
    showEmbedded(false);
    m_ui->browserWaitLabel->setText(tr("Starting…"));
    m_ui->browserAddressLabel->clear();
    connect(m_receiver, &LoopbackReceiver::listening, this, [this](const QUrl &pageUrl) {
        // OAuth 2.0: the browser goes straight to the consent page (no page of ours in between).
        m_ui->browserWaitLabel->setText(
            m_oauth ? tr("Waiting for your browser…\nIn the consent page it opened, sign in if asked and choose "
                         "Allow (or Accept).\nThis window goes on by itself.")
                    : tr("Waiting for your browser…\nIn the page it opened, press \"Continue to Trello\", sign in if "
                         "Trello asks,\nand choose Allow. This window goes on by itself."));
        const bool started = QDesktopServices::openUrl(pageUrl);
        m_ui->browserAddressLabel->setText(
            (started ? tr("If no browser page opened, open this address in your browser:")
                     : tr("No browser could be started. Open this address in your browser:"))
            + QLatin1Char('\n') + pageUrl.toString(QUrl::FullyEncoded));
        if (m_oauth)
            Q_EMIT pageLoaded(); // the person is on the way to the page: the owner may warm up the keychain
    });
    connect(m_receiver, &LoopbackReceiver::pageOpened, this, [this] {
        Q_EMIT pageLoaded(); // the person is at the page: the owner may warm up the keychain
        m_ui->browserWaitLabel->setText(
            tr("Your browser has the page.\nPress \"Continue to Trello\" there, sign in if Trello asks, and choose "
               "Allow.\nThis window goes on by itself."));
    });
    connect(m_receiver, &Job::finished, this, &ConsentPanel::onReceiverFinished);
    m_receiver->start();
    Q_EMIT loading(); // the owner may open its connection to the API host meanwhile
}

void ConsentPanel::onReceiverFinished()
{
    LoopbackReceiver *receiver = m_receiver;
    m_receiver = nullptr;
    receiver->deleteLater();
    showBrowserPanelEmpty();
    if (const Error &error = receiver->error()) {
        fail(error, error.message());
        return;
    }
    if (receiver->isOAuth()) {
        const OAuthAttempt::Answer &answer = receiver->oauthAnswer();
        switch (answer.outcome) {
        case OAuthAttempt::Outcome::Code:
            m_ui->browserWaitLabel->setText(tr("Your browser brought the consent page's answer back."));
            onCode(answer.code);
            return;
        case OAuthAttempt::Outcome::Denied:
            onDenied(answer.message);
            return;
        default: // Refused, or not an answer that can be used: the message says which
            fail({ErrorKind::BadInput, answer.message}, answer.message);
        }
        return;
    }
    const RedirectReader::Answer &answer = receiver->answer();
    switch (answer.outcome) {
    case RedirectReader::Outcome::Token:
        m_ui->browserWaitLabel->setText(tr("Your browser brought Trello's answer back."));
        m_ui->browserAddressLabel->clear();
        onToken(answer.token);
        return;
    case RedirectReader::Outcome::Denied:
        m_browser->close();
        showProblem(answer.message + QLatin1Char(' ')
                    + tr("Nothing was stored. Press \"Try again\" if that was a mistake."));
        Q_EMIT denied(answer.message);
        return;
    default:
        fail({ErrorKind::BadInput, answer.message}, answer.message);
    }
}

void ConsentPanel::stopReceiver()
{
    if (!m_receiver)
        return;
    m_receiver->disconnect(this);
    delete m_receiver; // stops listening at once: the port is free for the next attempt
    m_receiver = nullptr;
}

void ConsentPanel::onDenied(const QString &message)
{
    m_browser->close();
    if (m_oauth) {
        showProblem(tr("Access was not granted on the consent page (it said: \"%1\"). Nothing was stored. "
                       "Press \"Try again\" if that was a mistake.")
                        .arg(message));
        Q_EMIT denied(message);
        return;
    }
    showProblem(tr("You denied access on Trello's page (Trello said: \"%1\"). Nothing was stored. "
                   "Press \"Try again\" if that was a mistake.")
                    .arg(message));
    Q_EMIT denied(message);
}

void ConsentPanel::showOrigin(const QUrl &url)
{
    m_ui->originLabel->setText(UrlPolicy::origin(url));
    if (url.scheme() == QLatin1String("https"))
        m_ui->securityLabel->setText(tr("🔒 Secure connection (HTTPS):"));
    else if (UrlPolicy::isLoopback(url))
        m_ui->securityLabel->setText(tr("Not encrypted, but on this computer only:"));
    else
        m_ui->securityLabel->setText(tr("⚠ Not secure:"));
}

void ConsentPanel::showProblem(const QString &text)
{
    m_loadProgress->finish();
    MessageStrip::show(m_ui->consentMessage, MessageStrip::Kind::Error, text);
    m_ui->retryButton->show();
}

void ConsentPanel::hideMessage()
{
    MessageStrip::hide(m_ui->consentMessage);
    m_ui->retryButton->hide();
}

void ConsentPanel::fail(const Error &problem, const QString &shown)
{
    showProblem(shown);
    Q_EMIT failed(problem);
}

void ConsentPanel::onCode(const QString &code)
{
    if (!m_attempt)
        return;
    m_loadProgress->finish();
    m_ui->reloadButton->setEnabled(false);
    const QString verifier = m_attempt->codeVerifier();
    m_attempt.reset(); // one answer per attempt
    Q_EMIT codeCaptured(code, verifier); // the owner's exchange is queued first
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_browser->close();
            MessageStrip::show(m_ui->consentMessage, MessageStrip::Kind::Success, tr("Access was granted."));
        },
        Qt::QueuedConnection);
}

void ConsentPanel::onToken(const QString &token)
{
    m_loadProgress->finish();
    m_ui->manualTokenEdit->clear();
    m_ui->reloadButton->setEnabled(false);
    Q_EMIT tokenCaptured(token); // the owner's requests are queued first
    // The rest waits for the next turn of the event loop, behind those requests, so it overlaps
    // with them: destroying the web view and its profile, and the strip (its first style sheet
    // costs up to 30 ms).
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_browser->close();
            MessageStrip::show(m_ui->consentMessage, MessageStrip::Kind::Success, tr("Trello granted access."));
        },
        Qt::QueuedConnection);
}

} // namespace onboard
