#include "ConsentPage.h"

#include "ConsentBrowser.h"
#include "CredentialFormat.h"
#include "DelayedProgress.h"
#include "MessageStrip.h"
#include "SetupController.h"
#include "UrlPolicy.h"
#include "WelcomePage.h"
#include "ui_ConsentPage.h"

#include <QDesktopServices>

namespace onboard {

ConsentPage::ConsentPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConsentPage>())
    , m_controller(controller)
    , m_browser(nullptr)
{
    m_ui->setupUi(this);
    // Showing or hiding the progress bar must not resize the web view: that re-lays out and
    // re-renders the whole page, just when the person (or an installer's script) clicks Allow.
    QSizePolicy barPolicy = m_ui->loadProgressBar->sizePolicy();
    barPolicy.setRetainSizeWhenHidden(true);
    m_ui->loadProgressBar->setSizePolicy(barPolicy);
    m_loadProgress = new DelayedProgress(m_ui->loadProgressBar);
    m_browser = new ConsentBrowser(m_ui->webViewContainer, this);
    connect(m_browser, &ConsentBrowser::urlChanged, this, &ConsentPage::showOrigin);
    connect(m_browser, &ConsentBrowser::loadStarted, m_loadProgress, &DelayedProgress::start);
    connect(m_browser, &ConsentBrowser::loadProgress, m_loadProgress, &DelayedProgress::setValue);
    connect(m_browser, &ConsentBrowser::loaded, this, [this] {
        m_loadProgress->finish();
        // Now that the page is up (not while it loads), and before the person answers.
        m_controller->prepareKeychain();
    });
    connect(m_browser, &ConsentBrowser::loadFailed, this, [this](const QString &why) {
        m_controller->fail({ErrorKind::Network, why});
        showProblem(why);
    });
    connect(m_browser, &ConsentBrowser::invalidReturnUrl, this, &ConsentPage::onInvalidReturnUrl);
    connect(m_browser, &ConsentBrowser::tokenReceived, this, &ConsentPage::onToken);
    connect(m_browser, &ConsentBrowser::denied, this, &ConsentPage::onDenied);
    connect(m_browser, &ConsentBrowser::malformedAnswer, this, &ConsentPage::showProblem);
    connect(m_ui->reloadButton, &QPushButton::clicked, m_browser, &ConsentBrowser::reload);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ConsentPage::load);
    connect(m_ui->openInBrowserButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_controller->options().request.manualConsentUrl()); });
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

ConsentPage::~ConsentPage()
{
    m_browser->close(); // while the view's container still exists
}

void ConsentPage::initializePage()
{
    if (!m_controller->hasToken())
        load();
}

void ConsentPage::cleanupPage()
{
    m_browser->close();
    m_loadProgress->finish(); // a closed page reports no end of its load
}

bool ConsentPage::isComplete() const
{
    return m_controller->hasToken();
}

void ConsentPage::load()
{
    MessageStrip::hide(m_ui->consentMessage);
    m_ui->retryButton->hide();
    m_ui->reloadButton->setEnabled(true);
    m_loadProgress->finish(); // each load waits its own half second
    m_loadProgress->setValue(0);
    const AuthorizeRequest &request = m_controller->options().request;
    if (const Error e = request.validate()) {
        showProblem(e.message());
        return;
    }
    m_controller->consentShown();
    showOrigin(request.authorizeUrl);
    m_browser->open(request.consentUrl(), request.returnUrl);
    m_controller->prepareConnection();
}

void ConsentPage::showOrigin(const QUrl &url)
{
    m_ui->originLabel->setText(UrlPolicy::origin(url));
    if (url.scheme() == QLatin1String("https"))
        m_ui->securityLabel->setText(tr("🔒 Secure connection (HTTPS):"));
    else if (UrlPolicy::isLoopback(url))
        m_ui->securityLabel->setText(tr("Not encrypted, but on this computer only:"));
    else
        m_ui->securityLabel->setText(tr("⚠ Not secure:"));
}

void ConsentPage::showProblem(const QString &text)
{
    m_loadProgress->finish();
    MessageStrip::show(m_ui->consentMessage, MessageStrip::Kind::Error, text);
    m_ui->retryButton->show();
}

void ConsentPage::onToken(const QString &token)
{
    m_controller->takeToken(token);
    m_loadProgress->finish();
    m_ui->manualTokenEdit->clear();
    m_ui->reloadButton->setEnabled(false);
    Q_EMIT completeChanged();
    Q_EMIT answered(); // the wizard moves on: the test call's requests are queued
    // The rest waits for the next turn of the event loop, behind those requests, so it overlaps
    // with them: destroying the web view and its profile, and the strip (its first style sheet
    // costs up to 30 ms). The page never loaded the return URL and refuses every navigation now,
    // so it holds no token meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_browser->close();
            if (m_controller->hasToken())
                MessageStrip::show(m_ui->consentMessage, MessageStrip::Kind::Success, tr("Trello granted access."));
        },
        Qt::QueuedConnection);
}

void ConsentPage::onDenied(const QString &message)
{
    m_controller->deny(message);
    m_browser->close();
    showProblem(tr("You denied access on Trello's page (Trello said: \"%1\"). Nothing was stored. "
                   "Press \"Try again\" if that was a mistake.")
                    .arg(message));
}

void ConsentPage::onInvalidReturnUrl()
{
    const QString origin = UrlPolicy::origin(m_controller->options().request.returnUrl);
    m_controller->fail({ErrorKind::BadInput,
                        tr("Trello refused to send its answer to %1.").arg(origin)});
    showProblem(tr("Trello refused to send its answer to this program: the origin %1 is not among the allowed "
                   "origins of your API key. Add %1 under \"Allowed origins\" on the Power-Up admin page (%2), "
                   "then press \"Try again\".")
                    .arg(origin, WelcomePage::powerUpAdminUrl().toString()));
}

} // namespace onboard
