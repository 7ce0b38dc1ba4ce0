#include "WelcomePage.h"

#include "oauth/OAuthRequest.h"
#include "trello/CredentialFormat.h"
#include "LockedSetting.h"
#include "MessageStrip.h"
#include "SetupController.h"
#include "ui_WelcomePage.h"

#include <QDesktopServices>
#include <QUrl>

namespace onboard {

WelcomePage::WelcomePage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &WelcomePage::check);
    connect(m_ui->clientIdEdit, &QLineEdit::textChanged, this, &WelcomePage::check);
    connect(m_ui->apiKeyRadio, &QRadioButton::toggled, this, &WelcomePage::showChoice);
    connect(m_ui->adminLinkButton, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(powerUpAdminUrl()); });
}

WelcomePage::~WelcomePage() = default;

QUrl WelcomePage::powerUpAdminUrl()
{
    return QUrl(QStringLiteral("https://trello.com/power-ups/admin"));
}

void WelcomePage::initializePage()
{
    const SetupOptions &options = m_controller->options();
    m_ui->apiKeyEdit->setText(options.request.apiKey);
    m_ui->clientIdEdit->setText(options.isOAuth() ? options.oauth.clientId : m_controller->suggestedClientId());
    (options.isOAuth() ? m_ui->clientIdRadio : m_ui->apiKeyRadio)->setChecked(true);
    LockedSetting::apply(m_ui->apiKeyEdit, options, QStringLiteral("key"));
    LockedSetting::apply(m_ui->clientIdEdit, options, QStringLiteral("client-id"));
    // A kind the administrator's config fixes (by locking its key or client id) is not switched.
    if (options.isLocked(QStringLiteral("key")) || options.isLocked(QStringLiteral("client-id"))) {
        m_ui->apiKeyRadio->setEnabled(false);
        m_ui->clientIdRadio->setEnabled(false);
    }
    showChoice();
}

bool WelcomePage::isOAuthChosen() const
{
    return m_ui->clientIdRadio->isChecked();
}

void WelcomePage::showChoice()
{
    const bool oauth = isOAuthChosen();
    m_ui->apiKeyLabel->setEnabled(!oauth);
    m_ui->apiKeyEdit->setEnabled(!oauth);
    m_ui->adminLinkButton->setEnabled(!oauth);
    m_ui->clientIdLabel->setEnabled(oauth);
    m_ui->clientIdEdit->setEnabled(oauth);
    m_ui->keyNoteLabel->setText(
        oauth ? tr("The client id is public: it only names the application. The grant you give on the next pages is "
                   "secret, like a password; it goes straight into your keychain.")
              : tr("The API key is public: it only names the application. The token you grant on the next pages is "
                   "secret, like a password; it goes straight into your keychain."));
    check();
}

void WelcomePage::check()
{
    const bool wasValid = m_valid;
    const bool oauth = isOAuthChosen();
    // The field not chosen says nothing.
    MessageStrip::hide(oauth ? m_ui->apiKeyMessage : m_ui->clientIdMessage);
    QLabel *message = oauth ? m_ui->clientIdMessage : m_ui->apiKeyMessage;
    const QString text = oauth ? m_ui->clientIdEdit->text().trimmed() : CredentialFormat::trimmed(m_ui->apiKeyEdit->text());
    const Error error = oauth ? OAuthRequest::checkClientId(text) : CredentialFormat::checkKey(text);
    m_valid = !error;
    if (text.isEmpty())
        MessageStrip::hide(message);
    else if (error)
        MessageStrip::show(message, MessageStrip::Kind::Warning, error.message());
    else
        MessageStrip::show(message, MessageStrip::Kind::Success,
                           oauth ? tr("This looks like a client id.") : tr("This looks like an API key."));
    if (wasValid != m_valid)
        Q_EMIT completeChanged();
}

bool WelcomePage::isComplete() const
{
    return m_valid;
}

bool WelcomePage::validatePage()
{
    if (isOAuthChosen()) {
        const Error error = m_controller->chooseClientId(m_ui->clientIdEdit->text());
        if (error)
            MessageStrip::show(m_ui->clientIdMessage, MessageStrip::Kind::Error, error.message());
        return !error;
    }
    m_controller->chooseApiKey();
    const Error error = m_controller->apply(QStringLiteral("key"), m_ui->apiKeyEdit->text());
    if (error)
        MessageStrip::show(m_ui->apiKeyMessage, MessageStrip::Kind::Error, error.message());
    return !error;
}

} // namespace onboard
