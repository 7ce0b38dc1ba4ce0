#include "ConsentPage.h"

#include "ConsentPanel.h"
#include "KeychainWaitBar.h"
#include "SetupController.h"
#include "ui_ConsentPage.h"

namespace onboard {

ConsentPage::ConsentPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConsentPage>())
    , m_controller(controller)
    , m_panel(new ConsentPanel(this))
{
    m_ui->setupUi(this);
    m_ui->pageLayout->addWidget(m_panel);
    // The keychain is opened while the page shows (prepareKeychain): a locked one prompts now.
    KeychainWaitBar::placeBelow(m_panel);
    connect(m_panel, &ConsentPanel::loading, m_controller, &SetupController::prepareConnection);
    // Now that the page is up (not while it loads), and before the person answers.
    connect(m_panel, &ConsentPanel::pageLoaded, m_controller, &SetupController::prepareKeychain);
    connect(m_panel, &ConsentPanel::failed, m_controller, &SetupController::fail);
    connect(m_panel, &ConsentPanel::denied, m_controller, &SetupController::deny);
    connect(m_panel, &ConsentPanel::retryRequested, this, &ConsentPage::load);
    const QString embeddedSubTitle = subTitle();
    connect(m_panel, &ConsentPanel::signInShown, this, [this, embeddedSubTitle](SetupOptions::SignIn signIn) {
        setSubTitle(signIn == SetupOptions::SignIn::Browser
                        ? tr("Trello's page opens in your own browser. Check its address there before you allow "
                             "access.")
                        : embeddedSubTitle);
    });
    connect(m_panel, &ConsentPanel::tokenCaptured, this, [this](const QString &token) {
        m_controller->takeToken(token);
        Q_EMIT completeChanged();
        Q_EMIT answered(); // the wizard moves on: the test call's requests are queued
    });
    connect(m_panel, &ConsentPanel::codeCaptured, this, [this](const QString &code, const QString &codeVerifier) {
        m_controller->takeCode(code, codeVerifier);
        Q_EMIT completeChanged();
        Q_EMIT answered(); // the wizard moves on: the exchange at the token endpoint is queued
    });
}

ConsentPage::~ConsentPage() = default;

ConsentBrowser *ConsentPage::browser() const
{
    return m_panel->browser();
}

void ConsentPage::initializePage()
{
    // Each time the page is entered; "Try again" keeps the way the person chose on it.
    const SetupOptions &options = m_controller->options();
    m_panel->setSignIn(options.signIn, options.isLocked(QStringLiteral("sign-in")));
    if (!m_controller->hasToken())
        load();
}

void ConsentPage::cleanupPage()
{
    m_panel->close();
}

bool ConsentPage::isComplete() const
{
    return m_controller->hasToken();
}

void ConsentPage::load()
{
    m_controller->consentShown();
    const SetupOptions &options = m_controller->options();
    if (options.isOAuth())
        m_panel->open(options.oauth);
    else
        m_panel->open(options.request);
}

} // namespace onboard
