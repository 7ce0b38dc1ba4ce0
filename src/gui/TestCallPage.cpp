#include "TestCallPage.h"

#include "DelayedProgress.h"
#include "KeychainWaitBar.h"
#include "MessageStrip.h"
#include "SetupController.h"
#include "ui_TestCallPage.h"

#include <QLocale>

namespace onboard {

TestCallPage::TestCallPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::TestCallPage>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    KeychainWaitBar::placeBelow(m_ui->testMessage); // the store may wait for a locked keychain
    m_busy = new DelayedProgress(m_ui->testProgressBar);
    connect(m_controller, &SetupController::stateChanged, this, &TestCallPage::showState);
    connect(m_controller, &SetupController::stepChanged, this, &TestCallPage::showState);
    m_retryText = m_ui->retryTestButton->text();
    connect(m_ui->retryTestButton, &QPushButton::clicked, this, [this] {
        if (m_controller->needsNewConsent())
            Q_EMIT signInAgainRequested();
        else
            m_controller->storeToken();
    });
    connect(m_ui->changeConnectionButton, &QPushButton::clicked, this, &TestCallPage::changeConnectionRequested);
}

TestCallPage::~TestCallPage() = default;

void TestCallPage::initializePage()
{
    showState();
    m_controller->storeToken();
}

bool TestCallPage::isComplete() const
{
    return m_controller->state() == SetupController::State::Stored;
}

void TestCallPage::showState()
{
    const SetupController::State state = m_controller->state();
    const bool busy = state == SetupController::State::Verifying || state == SetupController::State::HaveToken;
    const bool failed = state == SetupController::State::Failed;
    if (busy)
        m_busy->start();
    else
        m_busy->finish();
    m_ui->retryTestButton->setVisible(failed);
    const bool oauth = m_controller->options().isOAuth();
    m_ui->retryTestButton->setText(m_controller->needsNewConsent() ? tr("&Sign in again") : m_retryText);
    m_ui->changeConnectionButton->setVisible(failed);
    m_ui->resultGroup->setVisible(state == SetupController::State::Stored);
    if (busy) {
        MessageStrip::hide(m_ui->testMessage);
        switch (m_controller->step()) {
        case StoreTokenJob::Step::Storing:
            m_ui->testStatusLabel->setText(tr("Storing the token in your keychain…"));
            break;
        case StoreTokenJob::Step::ReadingBack:
            m_ui->testStatusLabel->setText(tr("Reading it back from the keychain…"));
            break;
        case StoreTokenJob::Step::Recording:
            m_ui->testStatusLabel->setText(tr("Recording the account…"));
            break;
        default:
            if (oauth) {
                m_ui->testStatusLabel->setText(
                    tr("Getting the access token from the token endpoint and asking %1 whose it is…")
                        .arg(m_controller->workspace().endpointFor(m_controller->options().endpoint).apiHost.toString()));
                break;
            }
            m_ui->testStatusLabel->setText(
                tr("Asking %1 who the token belongs to…")
                    .arg(m_controller->workspace().endpointFor(m_controller->options().endpoint).apiHost.toString()));
        }
    } else if (failed) {
        const Error &problem = m_controller->problem();
        QString fix;
        switch (problem.kind()) {
        case ErrorKind::Network:
            fix = tr("Check the API host and headers under \"Change connection settings\", or your network, then retry.");
            break;
        case ErrorKind::Keychain:
            fix = tr("Unlock or start your keychain (for example GNOME Keyring or KWallet), then retry.");
            break;
        case ErrorKind::LocalStore:
            fix = tr("Make room on the disk or make the settings folder writable, then retry.");
            break;
        case ErrorKind::TokenRefused:
            fix = tr("Check the API key and the API host; if they are right, cancel and run the setup again for a new token.");
            break;
        default:
            fix = tr("Change the connection settings, then retry.");
        }
        m_ui->testStatusLabel->setText(
            oauth ? tr("Nothing was stored. The authorization code can be used only once: \"Sign in again\" asks for "
                       "a new one.")
                  : tr("The token was not stored; Trello was not asked again."));
        MessageStrip::show(m_ui->testMessage, MessageStrip::Kind::Error, problem.message() + QLatin1Char(' ') + fix);
    } else if (state == SetupController::State::Stored) {
        const Account &account = m_controller->account();
        m_ui->testStatusLabel->setText(account.isOAuth()
                                           ? tr("The OAuth 2.0 grant works and is stored in your keychain.")
                                           : tr("The token works and is stored in your keychain."));
        MessageStrip::hide(m_ui->testMessage);
        m_ui->memberLabel->setText(tr("%1 (@%2)").arg(account.fullName, account.username));
        m_ui->scopesLabel->setText(account.scopes.join(QStringLiteral(", ")));
        if (account.isOAuth())
            m_ui->expiresLabel->setText(
                tr("the access token renews itself; the grant lapses if unused for %n day(s)", nullptr,
                   Account::GrantIdleDays));
        else
            m_ui->expiresLabel->setText(account.expires.isValid()
                                            ? QLocale().toString(account.expires.toLocalTime(), QLocale::LongFormat)
                                            : tr("never"));
    }
    Q_EMIT completeChanged();
}

} // namespace onboard
