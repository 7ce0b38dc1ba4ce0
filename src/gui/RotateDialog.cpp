#include "RotateDialog.h"

#include "AuthorizeRequest.h"
#include "ConsentBrowser.h"
#include "LockedSetting.h"
#include "MessageStrip.h"
#include "OutcomeJson.h"
#include "RotateTokenOperation.h"
#include "ui_RotateDialog.h"

#include <QJsonArray>

namespace onboard {

RotateDialog::RotateDialog(Profile profile, Account account, SetupOptions options, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RotateDialog>())
    , m_profile(std::move(profile))
    , m_account(std::move(account))
    , m_options(std::move(options))
    , m_browser(nullptr)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("<b>Rotate the token of %1 (%2)</b><br>Trello asks you for a new token. It is verified and "
           "stored first; only then is the old one revoked. If anything fails before that, the old token "
           "stays stored and keeps working.")
            .arg(m_account.fullName.toHtmlEscaped(), m_account.username.toHtmlEscaped()));
    m_ui->scopeReadCheckBox->setChecked(m_options.request.scopes.contains(QLatin1String("read")));
    m_ui->scopeWriteCheckBox->setChecked(m_options.request.scopes.contains(QLatin1String("write")));
    m_ui->scopeAccountCheckBox->setChecked(m_options.request.scopes.contains(QLatin1String("account")));
    const QStringList expirations{QStringLiteral("1hour"), QStringLiteral("1day"), QStringLiteral("30days"),
                                  QStringLiteral("never")};
    const QStringList shown{tr("1 hour"), tr("1 day"), tr("30 days"), tr("Never expires")};
    for (int i = 0; i < expirations.size(); ++i)
        m_ui->expirationComboBox->addItem(shown.at(i), expirations.at(i));
    m_ui->expirationComboBox->setCurrentIndex(qMax(0, expirations.indexOf(m_options.request.expiration)));
    // The account's connection, editable like the wizard's; in a demo requests go to the sandbox.
    m_ui->apiHostEdit->setText(m_profile.endpointFor(m_options.endpoint).apiHost.toString());
    m_ui->apiHostEdit->setReadOnly(m_profile.isDemo());
    QStringList headerLines;
    for (const CustomHeader &header : m_options.endpoint.headers)
        headerLines.append(header.toLine());
    m_ui->headersEdit->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_ui->returnUrlEdit->setText(m_options.request.returnUrl.toString());
    LockedSetting::apply(m_ui->apiHostEdit, m_options, QStringLiteral("api-host"));
    LockedSetting::apply(m_ui->headersEdit, m_options, QStringLiteral("header"));
    LockedSetting::apply(m_ui->returnUrlEdit, m_options, QStringLiteral("return-url"));
    m_ui->webViewContainer->hide();
    m_ui->originLabel->hide();
    m_ui->retryButton->hide();
    MessageStrip::hide(m_ui->messageLabel);

    m_browser = new ConsentBrowser(m_ui->webViewContainer, this);
    connect(m_browser, &ConsentBrowser::urlChanged, this, [this](const QUrl &url) {
        m_ui->originLabel->setText(
            tr("Page: %1").arg(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString()));
    });
    connect(m_browser, &ConsentBrowser::loadFailed, this, [this](const QString &why) {
        fail({ErrorKind::Network, why});
    });
    connect(m_browser, &ConsentBrowser::invalidReturnUrl, this, [this] {
        fail({ErrorKind::BadInput,
              tr("Trello refused the return URL: add the origin %1 to the key's allowed origins on the "
                 "Power-Up admin page, then try again.")
                  .arg(m_options.request.returnUrl.adjusted(QUrl::RemovePath).toString())});
    });
    connect(m_browser, &ConsentBrowser::tokenReceived, this, &RotateDialog::onToken);
    connect(m_browser, &ConsentBrowser::denied, this, &RotateDialog::onDenied);
    connect(m_browser, &ConsentBrowser::malformedAnswer, this, [this](const QString &why) {
        fail({ErrorKind::BadInput, why});
    });
    connect(m_ui->continueButton, &QPushButton::clicked, this, &RotateDialog::startConsent);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &RotateDialog::startConsent);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

RotateDialog::~RotateDialog()
{
    m_browser->close();
}

void RotateDialog::startAtConsent()
{
    m_ui->settingsGroup->hide();
    startConsent();
}

QStringList RotateDialog::chosenScopes() const
{
    QStringList scopes;
    if (m_ui->scopeReadCheckBox->isChecked())
        scopes.append(QStringLiteral("read"));
    if (m_ui->scopeWriteCheckBox->isChecked())
        scopes.append(QStringLiteral("write"));
    if (m_ui->scopeAccountCheckBox->isChecked())
        scopes.append(QStringLiteral("account"));
    return scopes;
}

Error RotateDialog::readConnection()
{
    // Checked by the same rules as the command line; nothing changes unless all of it is good.
    SetupOptions edited = m_options;
    if (!m_profile.isDemo()) {
        if (Error e = edited.apply(QStringLiteral("api-host"), m_ui->apiHostEdit->text()))
            return e;
    }
    if (Error e = edited.apply(QStringLiteral("return-url"), m_ui->returnUrlEdit->text()))
        return e;
    edited.endpoint.headers.clear();
    for (const QString &line : m_ui->headersEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        if (Error e = edited.apply(QStringLiteral("header"), line))
            return e;
    }
    m_options = edited;
    return {};
}

void RotateDialog::startConsent()
{
    if (m_ui->settingsGroup->isVisible()) {
        const QStringList scopes = chosenScopes();
        if (scopes.isEmpty()) {
            MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Warning, tr("Choose at least one permission."));
            return;
        }
        if (const Error e = readConnection()) {
            MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Warning, e.message());
            return;
        }
        m_options.request.scopes = scopes;
        m_options.request.expiration = m_ui->expirationComboBox->currentData().toString();
        m_ui->settingsGroup->setEnabled(false);
    }
    if (const Error e = m_options.request.validate()) {
        fail(e);
        return;
    }
    m_problem = {};
    m_ui->retryButton->hide();
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Information,
                       tr("Sign in to Trello if asked, then press Allow to grant the new token."));
    m_ui->webViewContainer->show();
    m_ui->originLabel->show();
    m_browser->open(m_options.request.consentUrl(), m_options.request.returnUrl);
}

void RotateDialog::onToken(const QString &token)
{
    m_browser->close();
    m_ui->webViewContainer->hide();
    m_ui->originLabel->hide();
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Information,
                       tr("Verifying the new token, storing it, then revoking the old one…"));
    delete m_operation;
    m_operation = new RotateTokenOperation(m_profile, m_account, this);
    m_operation->setOptions(m_options);
    m_operation->setNewToken(token);
    connect(m_operation, &RotateTokenOperation::finished, this, &RotateDialog::onRotationFinished);
    m_operation->start();
}

void RotateDialog::onDenied(const QString &message)
{
    Q_UNUSED(message)
    m_browser->close();
    m_ui->webViewContainer->hide();
    m_denied = true;
    m_problem = {ErrorKind::Cancelled,
                 tr("Access was denied on Trello's page. The old token is still stored and works.")};
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Warning, m_problem.message());
    m_ui->retryButton->show();
    if (m_closeWhenDone)
        reject();
}

void RotateDialog::onRotationFinished()
{
    if (const Error e = m_operation->error()) {
        fail(e);
        return;
    }
    m_rotated = true;
    m_rotatedAccount = m_operation->account();
    m_problem = {};
    if (const Error &revoke = m_operation->revokeProblem()) {
        m_revokeProblem = revoke.message();
        MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Warning, revoke.message());
    } else {
        MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Success,
                           tr("Done: the new token is stored and works, and the old one was revoked on Trello."));
    }
    m_ui->closeButton->setText(tr("&Close"));
    Q_EMIT rotated();
    if (m_closeWhenDone)
        accept();
}

void RotateDialog::fail(const Error &problem)
{
    m_problem = problem;
    m_browser->close();
    m_ui->webViewContainer->hide();
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Error, problem.message());
    m_ui->retryButton->show();
}

void RotateDialog::done(int result)
{
    if (m_operation && m_operation->isRunning()) {
        // Closing now would leave the rotation for the next start to clean up: let it finish.
        MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Information,
                           tr("The rotation is being finished; this takes a few seconds at most."));
        return;
    }
    m_browser->close();
    QDialog::done(result);
}

int RotateDialog::exitCode() const
{
    if (m_rotated)
        return 0;
    if (m_problem)
        return m_problem.exitCode();
    return Error::exitCodeOf(ErrorKind::Cancelled);
}

QJsonObject RotateDialog::outcomeJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("keychainService"), m_profile.keychainService());
    if (m_rotated) {
        json = OutcomeJson::accountObject(m_rotatedAccount, m_profile);
        json.insert(QStringLiteral("status"), QStringLiteral("rotated"));
        json.insert(QStringLiteral("oldTokenRevoked"), m_revokeProblem.isEmpty());
        if (!m_revokeProblem.isEmpty())
            json.insert(QStringLiteral("message"), m_revokeProblem);
        return json;
    }
    json.insert(QStringLiteral("status"), m_denied    ? QStringLiteral("denied")
                                          : m_problem ? Error::kindName(m_problem.kind())
                                                      : QStringLiteral("cancelled"));
    if (m_problem)
        json.insert(QStringLiteral("message"), m_problem.message());
    json.insert(QStringLiteral("exitCode"), exitCode());
    return json;
}

} // namespace onboard
