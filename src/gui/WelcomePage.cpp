#include "WelcomePage.h"

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
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &WelcomePage::checkKey);
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
    m_ui->apiKeyEdit->setText(m_controller->options().request.apiKey);
    LockedSetting::apply(m_ui->apiKeyEdit, m_controller->options(), QStringLiteral("key"));
    checkKey();
}

void WelcomePage::checkKey()
{
    const QString key = CredentialFormat::trimmed(m_ui->apiKeyEdit->text());
    const Error error = CredentialFormat::checkKey(key);
    const bool wasValid = m_keyValid;
    m_keyValid = !error;
    if (key.isEmpty())
        MessageStrip::hide(m_ui->apiKeyMessage);
    else if (error)
        MessageStrip::show(m_ui->apiKeyMessage, MessageStrip::Kind::Warning, error.message());
    else
        MessageStrip::show(m_ui->apiKeyMessage, MessageStrip::Kind::Success, tr("This looks like an API key."));
    if (wasValid != m_keyValid)
        Q_EMIT completeChanged();
}

bool WelcomePage::isComplete() const
{
    return m_keyValid;
}

bool WelcomePage::validatePage()
{
    const Error error = m_controller->apply(QStringLiteral("key"), m_ui->apiKeyEdit->text());
    if (error)
        MessageStrip::show(m_ui->apiKeyMessage, MessageStrip::Kind::Error, error.message());
    return !error;
}

} // namespace onboard
