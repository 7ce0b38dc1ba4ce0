#include "ConsentPanel.h"

#include "ConsentBrowser.h"
#include "DelayedProgress.h"
#include "MessageStrip.h"
#include "WelcomePage.h"
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
    connect(m_browser, &ConsentBrowser::loadFailed, this,
            [this](const QString &why) { fail({ErrorKind::Network, why}, why); });
    connect(m_browser, &ConsentBrowser::invalidReturnUrl, this, [this] {
        const QString origin = UrlPolicy::origin(m_request.returnUrl);
        fail({ErrorKind::BadInput, tr("Trello refused to send its answer to %1.").arg(origin)},
             tr("Trello refused to send its answer to this program: the origin %1 is not among the allowed "
                "origins of your API key. Add %1 under \"Allowed origins\" on the Power-Up admin page (%2), "
                "then press \"Try again\".")
                 .arg(origin, WelcomePage::powerUpAdminUrl().toString()));
    });
    connect(m_browser, &ConsentBrowser::tokenReceived, this, &ConsentPanel::onToken);
    connect(m_browser, &ConsentBrowser::denied, this, [this](const QString &message) {
        m_browser->close();
        showProblem(tr("You denied access on Trello's page (Trello said: \"%1\"). Nothing was stored. "
                       "Press \"Try again\" if that was a mistake.")
                        .arg(message));
        Q_EMIT denied(message);
    });
    connect(m_browser, &ConsentBrowser::malformedAnswer, this,
            [this](const QString &why) { fail({ErrorKind::BadInput, why}, why); });
    connect(m_ui->reloadButton, &QPushButton::clicked, m_browser, &ConsentBrowser::reload);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ConsentPanel::retryRequested);
    connect(m_ui->openInBrowserButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_request.manualConsentUrl()); });
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
    m_browser->close(); // while the view's container still exists
}

void ConsentPanel::open(const AuthorizeRequest &request)
{
    m_request = request;
    hideMessage();
    m_ui->reloadButton->setEnabled(true);
    m_loadProgress->finish(); // each load waits its own half second
    m_loadProgress->setValue(0);
    if (const Error e = request.validate()) {
        fail(e, e.message());
        return;
    }
    showOrigin(request.authorizeUrl);
    m_browser->open(request.consentUrl(), request.returnUrl);
    Q_EMIT loading();
}

void ConsentPanel::close()
{
    m_browser->close();
    m_loadProgress->finish(); // a closed page reports no end of its load
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
