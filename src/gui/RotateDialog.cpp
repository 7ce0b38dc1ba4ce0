#include "RotateDialog.h"

#include "ConsentPanel.h"
#include "KeychainWaitBar.h"
#include "LockedSetting.h"
#include "MessageStrip.h"
#include "OAuthScopeChooser.h"
#include "keychain/KeychainJob.h"
#include "oauth/OAuthRequest.h"
#include "trello/RevokeTokenJob.h"
#include "operations/RotateTokenJob.h"
#include "operations/StoreTokenJob.h"
#include "trello/ApiClient.h"
#include "ui_RotateDialog.h"

#include <algorithm>

namespace onboard {

RotateDialog::RotateDialog(Workspace workspace, Account account, SetupOptions options, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RotateDialog>())
    , m_workspace(std::move(workspace))
    , m_account(std::move(account))
    , m_options(std::move(options))
    , m_panel(new ConsentPanel)
{
    m_ui->setupUi(this);
    KeychainWaitBar::placeBelow(m_ui->messageLabel);
    m_ui->consentLayout->addWidget(m_panel);
    m_panel->setSignIn(m_options.signIn, m_options.isLocked(QStringLiteral("sign-in")));
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
    m_ui->apiHostEdit->setText(m_workspace.endpointFor(m_options.endpoint).apiHost.toString());
    m_ui->apiHostEdit->setReadOnly(m_workspace.isDemo());
    QStringList headerLines;
    for (const CustomHeader &header : m_options.endpoint.headers)
        headerLines.append(shownLine(header));
    m_ui->headersEdit->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_ui->returnUrlEdit->setText(m_options.request.returnUrl.toString());
    LockedSetting::apply(m_ui->apiHostEdit, m_options, QStringLiteral("api-host"));
    LockedSetting::apply(m_ui->headersEdit, m_options, QStringLiteral("header"));
    LockedSetting::apply(m_ui->returnUrlEdit, m_options, QStringLiteral("return-url"));
    if (m_options.isOAuth())
        setUpForOAuth();
    m_ui->consentArea->hide();
    m_ui->tryAgainButton->hide();
    MessageStrip::hide(m_ui->messageLabel);

    connect(m_panel, &ConsentPanel::loading, this, [this] {
        // The test call after Allow then needs no handshake; nothing is sent before there is a token.
        delete m_connection;
        m_connection = StoreTokenJob::preconnect(m_workspace, m_options, this);
    });
    connect(m_panel, &ConsentPanel::pageLoaded, this, [this] {
        if (!m_keychainWarm)
            KeychainJob::warmUp(m_workspace.keychainService(), this);
        m_keychainWarm = true;
    });
    connect(m_panel, &ConsentPanel::failed, this, [this](const Error &problem) { m_problem = problem; });
    connect(m_panel, &ConsentPanel::retryRequested, this, &RotateDialog::startConsent);
    connect(m_panel, &ConsentPanel::tokenCaptured, this, &RotateDialog::onToken);
    connect(m_panel, &ConsentPanel::codeCaptured, this, &RotateDialog::onCode);
    connect(m_panel, &ConsentPanel::denied, this, &RotateDialog::onDenied);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &RotateDialog::startConsent);
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this, &RotateDialog::startConsent);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

RotateDialog::~RotateDialog() = default;

void RotateDialog::setUpForOAuth()
{
    // The same rows, with what an OAuth 2.0 consent asks: its scopes and the redirect URI; no
    // lifetime (the grant renews itself).
    m_ui->introLabel->setText(
        tr("<b>Sign in again for %1 (%2)</b><br>A new OAuth 2.0 consent replaces the stored grant once the new one "
           "is verified and stored. Trello has no way for a program to revoke the old grant: it is only forgotten "
           "here.")
            .arg(m_account.fullName.toHtmlEscaped(), m_account.username.toHtmlEscaped()));
    m_ui->settingsGroup->setTitle(tr("What the new grant may do"));
    for (QWidget *trello : {static_cast<QWidget *>(m_ui->scopeReadCheckBox), static_cast<QWidget *>(m_ui->scopeWriteCheckBox),
                            static_cast<QWidget *>(m_ui->scopeAccountCheckBox), static_cast<QWidget *>(m_ui->expirationLabel),
                            static_cast<QWidget *>(m_ui->expirationComboBox)})
        trello->hide();
    m_oauthScopes = new OAuthScopeChooser(m_ui->settingsGroup);
    m_oauthScopes->setScopes(m_options.oauth.scopes);
    m_oauthScopes->applyLock(m_options);
    m_ui->scopesLayout->addWidget(m_oauthScopes);
    m_ui->returnUrlLabel->setText(tr("Redirect &URI:"));
    m_ui->returnUrlEdit->setAccessibleName(tr("Redirect URI"));
    m_ui->returnUrlEdit->setText(m_options.oauth.redirectUri.toString());
    m_ui->returnUrlEdit->setReadOnly(false);
    m_ui->returnUrlEdit->setToolTip(QString());
    LockedSetting::apply(m_ui->returnUrlEdit, m_options, QStringLiteral("redirect-uri"));
    m_ui->continueButton->setText(tr("Continue to the &consent page"));
}

ConsentBrowser *RotateDialog::browser() const
{
    return m_panel->browser();
}

void RotateDialog::startAtConsent()
{
    m_ui->settingsGroup->hide();
    startConsent();
}

QString RotateDialog::shownLine(const CustomHeader &header)
{
    // A secret header's value is not shown: it stays as it is unless the line is changed.
    return header.isSecret() ? QString::fromLatin1(header.name()) + QStringLiteral(": ••••••••") : header.toLine();
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
    if (!m_workspace.isDemo()) {
        if (Error e = edited.apply(QStringLiteral("api-host"), m_ui->apiHostEdit->text()))
            return e;
    }
    if (Error e = edited.apply(m_options.isOAuth() ? QStringLiteral("redirect-uri") : QStringLiteral("return-url"),
                               m_ui->returnUrlEdit->text()))
        return e;
    edited.endpoint.headers.clear();
    for (const QString &line : m_ui->headersEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        // A secret header left as shown keeps its value (kept in the keychain).
        const auto kept = std::find_if(m_options.endpoint.headers.cbegin(), m_options.endpoint.headers.cend(),
                                       [&line](const CustomHeader &h) { return h.isSecret() && shownLine(h) == line.trimmed(); });
        if (kept != m_options.endpoint.headers.cend()) {
            edited.endpoint.headers.append(*kept);
            continue;
        }
        if (Error e = edited.apply(QStringLiteral("header"), line))
            return e;
    }
    m_options = edited;
    return {};
}

void RotateDialog::startConsent()
{
    if (m_ui->settingsGroup->isVisible()) {
        // The scopes of the account's kind (and a Trello token's lifetime), then the connection.
        const QStringList scopes = m_options.isOAuth() ? m_oauthScopes->scopes() : chosenScopes();
        Error e = m_options.isOAuth() ? OAuthRequest::checkScopes(scopes)
                  : scopes.isEmpty()  ? Error(ErrorKind::BadInput, tr("Choose at least one permission."))
                                      : Error();
        if (!e)
            e = readConnection();
        if (e) {
            MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Warning, e.message());
            return;
        }
        if (m_options.isOAuth()) {
            m_options.oauth.scopes = scopes;
        } else {
            m_options.request.scopes = scopes;
            m_options.request.expiration = m_ui->expirationComboBox->currentData().toString();
        }
        m_ui->settingsGroup->setEnabled(false);
    }
    m_problem = {};
    m_denied = false;
    m_ui->tryAgainButton->hide();
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Information,
                       tr("Sign in to Trello if asked, then press Allow to grant the new token."));
    m_ui->consentArea->show();
    if (m_options.isOAuth())
        m_panel->open(m_options.oauth);
    else
        m_panel->open(m_options.request);
}

void RotateDialog::onCode(const QString &code, const QString &codeVerifier)
{
    if ((m_storeJob && m_storeJob->isRunning()) || m_rotated)
        return;
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Information,
                       tr("Getting the new grant, verifying it and storing it in place of the old one…"));
    auto *job = StoreTokenJob::forCode(m_workspace, m_options, code, codeVerifier, this);
    job->setExpectedMember(m_account.memberId, m_account.username); // another member's grant is not stored
    connect(job, &Job::finished, this, [this, job] { onOAuthStored(job); });
    m_storeJob = job;
    job->start();
    QMetaObject::invokeMethod(this, [this] { m_ui->consentArea->hide(); }, Qt::QueuedConnection);
}

void RotateDialog::onOAuthStored(StoreTokenJob *job)
{
    job->deleteLater();
    if (const Error e = job->error()) {
        fail({e.kind(), tr("The new grant was not stored: %1 The old grant is still stored.").arg(e.message())});
        return;
    }
    m_rotated = true;
    m_rotatedAccount = job->account();
    m_problem = {};
    m_oldRevoked = false;
    m_revokeProblem = tr("The new grant is stored and works; the old one was forgotten here. %1")
                          .arg(RevokeTokenJob::howToRemoveOAuthApp());
    showResult();
    Q_EMIT rotated();
    if (m_closeWhenDone)
        accept();
}

void RotateDialog::onToken(const QString &token)
{
    if ((m_job && m_job->isRunning()) || m_rotated) // one rotation; a second answer from the page changes nothing
        return;
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Information,
                       tr("Verifying the new token, storing it, moving its webhooks, then revoking the old one…"));
    auto *job = new RotateTokenJob(m_workspace, m_account, m_options, token, this);
    job->useConnection(m_connection);
    m_connection.clear();
    connect(job, &Job::finished, this, [this, job] { onRotationFinished(job); });
    m_job = job;
    job->start();
    // After the job's requests are queued: the page is gone from the screen.
    QMetaObject::invokeMethod(this, [this] { m_ui->consentArea->hide(); }, Qt::QueuedConnection);
}

void RotateDialog::onDenied()
{
    m_denied = true;
    m_problem = {ErrorKind::Cancelled,
                 m_options.isOAuth() ? tr("Access was not granted on the consent page. The old grant is still stored.")
                                     : tr("Access was denied on Trello's page. The old token is still stored and works.")};
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Warning, m_problem.message());
    if (m_closeWhenDone)
        reject();
}

void RotateDialog::onRotationFinished(RotateTokenJob *job)
{
    job->deleteLater();
    if (const Error e = job->error()) {
        fail(e);
        return;
    }
    m_rotated = true;
    m_rotatedAccount = job->account();
    m_problem = {};
    m_oldRevoked = job->oldTokenRevoked();
    m_revokeProblem = job->revokeProblem().message();
    m_webhooks = job->webhookOutcome();
    showResult();
    Q_EMIT rotated();
    if (m_closeWhenDone)
        accept();
}

void RotateDialog::showRotated(const Account &account, bool oldTokenRevoked, const QString &revokeProblem,
                               const QJsonObject &webhooks)
{
    m_webhooks = webhooks;
    m_ui->settingsGroup->hide();
    m_rotated = true;
    m_rotatedAccount = account;
    m_oldRevoked = oldTokenRevoked;
    m_revokeProblem = revokeProblem;
    showResult();
}

void RotateDialog::showResult()
{
    if (m_rotatedAccount.isOAuth())
        MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Success, m_revokeProblem);
    else if (!m_revokeProblem.isEmpty())
        MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Warning, m_revokeProblem);
    else if (!m_oldRevoked) // Trello gave back the token that was stored
        MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Success,
                           tr("Done: Trello granted the token that was already stored; it stays stored and works."));
    else
        MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Success,
                           tr("Done: the new token is stored and works, and the old one was revoked on Trello."));
    m_ui->closeButton->setText(tr("&Close"));
    m_ui->closeButton->setDefault(true);
    m_ui->closeButton->setFocus();
}

void RotateDialog::fail(const Error &problem)
{
    m_problem = problem;
    m_panel->close();
    m_ui->consentArea->hide();
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Error, problem.message());
    m_ui->tryAgainButton->show();
}

void RotateDialog::done(int result)
{
    if ((m_job && m_job->isRunning()) || (m_storeJob && m_storeJob->isRunning())) {
        // Closing now would leave the rotation for the next start to clean up: let it finish.
        MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind::Information,
                           tr("The rotation is being finished; this takes a few seconds at most."));
        return;
    }
    m_panel->close();
    QDialog::done(result);
}

int RotateDialog::exitCode() const
{
    return outcome().exitCode();
}

Outcome RotateDialog::outcome() const
{
    if (m_rotated) {
        Outcome rotated = Outcome::success(QStringLiteral("rotated"));
        rotated.withAccount(m_rotatedAccount, m_workspace).with(QStringLiteral("oldTokenRevoked"), m_oldRevoked);
        if (!m_revokeProblem.isEmpty())
            rotated.withMessage(m_revokeProblem);
        for (auto it = m_webhooks.constBegin(); it != m_webhooks.constEnd(); ++it)
            rotated.with(it.key(), it.value());
        return rotated;
    }
    if (m_denied)
        return Outcome::failure(m_problem, QStringLiteral("denied")).withWorkspace(m_workspace);
    if (m_problem)
        return Outcome::failure(m_problem).withWorkspace(m_workspace);
    return Outcome::failure({ErrorKind::Cancelled, QString()}, QStringLiteral("cancelled")).withWorkspace(m_workspace);
}

} // namespace onboard
