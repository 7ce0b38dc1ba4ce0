#include "PermissionsPage.h"

#include "trello/AuthorizeRequest.h"
#include "LockedSetting.h"
#include "MessageStrip.h"
#include "OAuthScopeChooser.h"
#include "oauth/OAuthRequest.h"
#include "SetupController.h"
#include "ui_PermissionsPage.h"

namespace onboard {

PermissionsPage::PermissionsPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::PermissionsPage>())
    , m_controller(controller)
    , m_oauthScopes(new OAuthScopeChooser)
{
    m_ui->setupUi(this);
    m_ui->oauthScopesLayout->addWidget(m_oauthScopes);
    connect(m_oauthScopes, &OAuthScopeChooser::changed, this, &PermissionsPage::check);
    m_ui->expirationCombo->addItem(tr("1 hour"), QStringLiteral("1hour"));
    m_ui->expirationCombo->addItem(tr("1 day"), QStringLiteral("1day"));
    m_ui->expirationCombo->addItem(tr("30 days"), QStringLiteral("30days"));
    m_ui->expirationCombo->addItem(tr("Never"), QStringLiteral("never"));
    connect(m_ui->expirationCombo, &QComboBox::currentIndexChanged, this, &PermissionsPage::describeExpiration);
    connect(m_ui->appNameEdit, &QLineEdit::textChanged, this, &PermissionsPage::check);
    for (QCheckBox *box : {m_ui->scopeReadCheckBox, m_ui->scopeWriteCheckBox, m_ui->scopeAccountCheckBox})
        connect(box, &QCheckBox::toggled, this, &PermissionsPage::check);
}

PermissionsPage::~PermissionsPage() = default;

bool PermissionsPage::isOAuth() const
{
    return m_controller->options().isOAuth();
}

void PermissionsPage::initializePage()
{
    // One page for both kinds: what an OAuth 2.0 consent asks has no name or lifetime.
    const bool oauth = isOAuth();
    for (QWidget *trello : {static_cast<QWidget *>(m_ui->appNameLabel), static_cast<QWidget *>(m_ui->appNameEdit),
                            static_cast<QWidget *>(m_ui->scopesGroup), static_cast<QWidget *>(m_ui->expirationLabel),
                            static_cast<QWidget *>(m_ui->expirationCombo),
                            static_cast<QWidget *>(m_ui->expirationDescriptionLabel)})
        trello->setVisible(!oauth);
    m_ui->oauthScopesGroup->setVisible(oauth);
    m_ui->oauthRenewLabel->setVisible(oauth);
    m_oauthScopes->setScopes(m_controller->options().oauth.scopes);
    m_oauthScopes->applyLock(m_controller->options());
    const AuthorizeRequest &request = m_controller->options().request;
    m_ui->appNameEdit->setText(request.appName);
    m_ui->scopeReadCheckBox->setChecked(request.scopes.contains(QLatin1String("read")));
    m_ui->scopeWriteCheckBox->setChecked(request.scopes.contains(QLatin1String("write")));
    m_ui->scopeAccountCheckBox->setChecked(request.scopes.contains(QLatin1String("account")));
    m_ui->expirationCombo->setCurrentIndex(qMax(0, m_ui->expirationCombo->findData(request.expiration)));
    const SetupOptions &options = m_controller->options();
    LockedSetting::apply(m_ui->appNameEdit, options, QStringLiteral("app-name"));
    for (QWidget *scope : {static_cast<QWidget *>(m_ui->scopeReadCheckBox), static_cast<QWidget *>(m_ui->scopeWriteCheckBox),
                           static_cast<QWidget *>(m_ui->scopeAccountCheckBox)})
        LockedSetting::apply(scope, options, QStringLiteral("scope"));
    LockedSetting::apply(m_ui->expirationCombo, options, QStringLiteral("expiration"));
    describeExpiration();
    check();
}

QStringList PermissionsPage::chosenScopes() const
{
    QStringList scopes;
    if (m_ui->scopeReadCheckBox->isChecked())
        scopes << QStringLiteral("read");
    if (m_ui->scopeWriteCheckBox->isChecked())
        scopes << QStringLiteral("write");
    if (m_ui->scopeAccountCheckBox->isChecked())
        scopes << QStringLiteral("account");
    return scopes;
}

void PermissionsPage::describeExpiration()
{
    const QString expiration = m_ui->expirationCombo->currentData().toString();
    QString text;
    if (expiration == QLatin1String("1hour"))
        text = tr("The token stops working an hour from now: enough for a one-off script.");
    else if (expiration == QLatin1String("1day"))
        text = tr("The token stops working tomorrow at this time.");
    else if (expiration == QLatin1String("30days"))
        text = tr("The token stops working in 30 days; then you run the setup (or rotate) again.");
    else
        text = tr("The token works until you revoke it. Convenient, but a leaked token stays useful to whoever has it.");
    m_ui->expirationDescriptionLabel->setText(text);
}

void PermissionsPage::check()
{
    if (isOAuth()) {
        if (const Error e = OAuthRequest::checkScopes(m_oauthScopes->scopes()))
            MessageStrip::show(m_ui->permissionsMessage, MessageStrip::Kind::Warning, e.message());
        else
            MessageStrip::hide(m_ui->permissionsMessage);
        Q_EMIT completeChanged();
        return;
    }
    if (const Error e = AuthorizeRequest::checkAppName(m_ui->appNameEdit->text()))
        MessageStrip::show(m_ui->permissionsMessage, MessageStrip::Kind::Warning, e.message());
    else if (chosenScopes().isEmpty())
        MessageStrip::show(m_ui->permissionsMessage, MessageStrip::Kind::Warning, tr("Choose at least one kind of access."));
    else
        MessageStrip::hide(m_ui->permissionsMessage);
    Q_EMIT completeChanged();
}

bool PermissionsPage::isComplete() const
{
    if (isOAuth())
        return !OAuthRequest::checkScopes(m_oauthScopes->scopes());
    return !chosenScopes().isEmpty() && !AuthorizeRequest::checkAppName(m_ui->appNameEdit->text());
}

bool PermissionsPage::validatePage()
{
    if (isOAuth()) {
        if (const Error e = m_controller->apply(QStringLiteral("oauth-scope"), m_oauthScopes->scopes().join(QLatin1Char(' ')))) {
            MessageStrip::show(m_ui->permissionsMessage, MessageStrip::Kind::Error, e.message());
            return false;
        }
        return true;
    }
    for (const auto &[option, value] :
         {std::pair{QStringLiteral("app-name"), m_ui->appNameEdit->text()},
          std::pair{QStringLiteral("scope"), chosenScopes().join(QLatin1Char(','))},
          std::pair{QStringLiteral("expiration"), m_ui->expirationCombo->currentData().toString()}}) {
        if (const Error e = m_controller->apply(option, value)) {
            MessageStrip::show(m_ui->permissionsMessage, MessageStrip::Kind::Error, e.message());
            return false;
        }
    }
    return true;
}

} // namespace onboard
