#include "AccountsWindow.h"

#include "ExpiryWarningsToggle.h"

#include "KeychainWaitBar.h"
#include "MessageStrip.h"
#include "RotateDialog.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "accounts/SettingsFile.h"
#include "operations/CheckAccountJob.h"
#include "operations/CountWebhooksJob.h"
#include "operations/ForgetAccountJob.h"
#include "operations/RecordChecksJob.h"
#include "operations/RevokeAccountJob.h"
#include "trello/RevokeTokenJob.h"
#include "ui_AccountsWindow.h"

#include <QHeaderView>
#include <QMessageBox>

namespace onboard {

AccountsWindow::AccountsWindow(Workspace workspace, SetupOptions setupOptions, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountsWindow>())
    , m_workspace(std::move(workspace))
    , m_setupOptions(std::move(setupOptions))
{
    m_ui->setupUi(this);
    KeychainWaitBar::placeBelow(m_ui->messageLabel);
    m_ui->accountsTable->setColumnCount(ColumnCount);
    m_ui->accountsTable->setHorizontalHeaderLabels(
        {tr("Member"), tr("API key or client id"), tr("Scopes"), tr("Expires"), tr("API host"), tr("Last check"), tr("Status")});
    MessageStrip::hide(m_ui->messageLabel);
    connect(m_ui->accountsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        m_forgetArmedFor.clear();
        updateButtons();
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountsWindow::test);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &AccountsWindow::rotate);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &AccountsWindow::revoke);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &AccountsWindow::forget);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &AccountsWindow::addAccount);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    // The daily check looks at the real accounts only: not offered in a demo.
    if (!m_workspace.isDemo()) {
        auto *expiryWarnings = new ExpiryWarningsToggle(m_setupOptions, ExpiryWarningsToggle::Moment::Managing, this);
        m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->accountsTable) + 1, expiryWarnings);
    }
    reload();
}

AccountsWindow::~AccountsWindow() = default;

QString AccountsWindow::shortKey(const QString &apiKey)
{
    return apiKey.size() > 10 ? apiKey.left(4) + QStringLiteral("…") + apiKey.right(4) : apiKey;
}

QString AccountsWindow::countdown(const QDateTime &expires, const QDateTime &now)
{
    if (!expires.isValid())
        return tr("never expires");
    const qint64 seconds = now.secsTo(expires);
    if (seconds <= 0)
        return tr("expired");
    if (seconds < 3600)
        return tr("in %n minute(s)", nullptr, int(seconds / 60) + 1);
    if (seconds < 2 * 86400)
        return tr("in %n hour(s)", nullptr, int(seconds / 3600));
    return tr("in %n day(s)", nullptr, int(seconds / 86400));
}

void AccountsWindow::reload()
{
    const QString selectedId = selected() ? selected()->id() : QString();
    SettingsFile settings(m_workspace.settingsPath());
    if (const Error e = settings.load())
        showMessage(int(MessageStrip::Kind::Error), e.message());
    m_accounts = settings.accounts();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTableWidget *table = m_ui->accountsTable;
    table->setRowCount(int(m_accounts.size()));
    int selectRow = m_accounts.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account &a = m_accounts.at(row);
        if (a.id() == selectedId)
            selectRow = row;
        // An OAuth 2.0 account's access token expiring is normal (it renews itself); its grant
        // lapsing is what ends it.
        const bool expired = a.endsAt().isValid() && a.endsAt() <= now;
        const bool refused = m_refused.contains(a.id());
        const QString status = refused   ? (a.isOAuth() ? tr("Refused — sign in again (Rotate)")
                                                        : tr("Refused by Trello — rotate it"))
                               : expired ? (a.isOAuth() ? tr("Grant lapsed — sign in again (Rotate)")
                                                        : tr("Expired — rotate it"))
                                         : tr("OK");
        QString expiry;
        if (a.isOAuth())
            expiry = tr("access token %1; grant lapses %2 (%3)")
                         .arg(a.expires.isValid() ? countdown(a.expires, now) : tr("not yet fetched"),
                              QLocale().toString(a.grantLapses().toLocalTime().date(), QLocale::ShortFormat),
                              countdown(a.grantLapses(), now));
        else if (a.expires.isValid())
            expiry = tr("%1, %2").arg(QLocale().toString(a.expires.toLocalTime().date(), QLocale::ShortFormat),
                                      countdown(a.expires, now));
        else
            expiry = tr("never");
        const QStringList cells{
            a.fullName.isEmpty() ? a.username : tr("%1 (%2)").arg(a.fullName, a.username),
            a.isOAuth() ? tr("OAuth 2.0: %1").arg(shortKey(a.clientId)) : shortKey(a.apiKey),
            a.scopes.join(QStringLiteral(", ")),
            expiry,
            m_workspace.endpointFor(a).apiHost.toString(),
            a.lastChecked.isValid() ? QLocale().toString(a.lastChecked.toLocalTime(), QLocale::ShortFormat)
                                    : tr("never"),
            status,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, a.id());
            if (column == KeyColumn)
                item->setToolTip(a.isOAuth() ? tr("OAuth 2.0 client id %1").arg(a.clientId) : a.apiKey);
            if (column == ExpiresColumn && a.isOAuth())
                item->setToolTip(tr("The access token renews itself when it is used; the grant lapses if it is "
                                    "not used for %n day(s).", nullptr, Account::GrantIdleDays));
            if (column == StatusColumn && refused)
                item->setToolTip(m_refused.value(a.id()));
            if (refused || expired) {
                item->setForeground(QColor(0xa4, 0x00, 0x0f));
                QFont font = item->font();
                font.setBold(column == StatusColumn);
                item->setFont(font);
            }
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    if (selectRow >= 0)
        table->selectRow(selectRow);
    updateButtons();
}

void AccountsWindow::showMessage(int kind, const QString &text)
{
    MessageStrip::show(m_ui->messageLabel, MessageStrip::Kind(kind), text);
}

const Account *AccountsWindow::selected() const
{
    const QList<QTableWidgetItem *> items = m_ui->accountsTable->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QString id = items.first()->data(Qt::UserRole).toString();
    for (const Account &a : m_accounts) {
        if (a.id() == id)
            return &a;
    }
    return nullptr;
}

void AccountsWindow::updateButtons()
{
    const bool can = selected() && !m_running;
    m_ui->testButton->setEnabled(can);
    m_ui->rotateButton->setEnabled(can);
    m_ui->revokeButton->setEnabled(can);
    m_ui->forgetButton->setEnabled(can);
    m_ui->addAccountButton->setEnabled(!m_running);
}

void AccountsWindow::run(Job *job, const std::function<void()> &onFinished)
{
    m_running = job;
    connect(job, &Job::finished, this, [this, job, onFinished] {
        m_running = nullptr;
        job->deleteLater();
        updateButtons();
        onFinished();
    });
    updateButtons();
    job->start();
}

void AccountsWindow::test()
{
    const Account *account = selected();
    if (!account || m_running)
        return;
    showMessage(int(MessageStrip::Kind::Information),
                account->isOAuth() ? tr("Asking Trello whether the OAuth 2.0 grant of %1 works…").arg(account->username)
                                   : tr("Asking Trello whether the token of %1 works…").arg(account->username));
    auto *check = new CheckAccountJob(m_workspace, *account, this);
    run(check, [this, check] {
        const Account account = check->account();
        const Error e = check->error();
        if (e.kind() == ErrorKind::TokenRefused) {
            m_refused.insert(account.id(), e.message());
            reload();
            showMessage(int(MessageStrip::Kind::Error),
                        account.isOAuth()
                            ? tr("Test of %1: %2 Press Rotate to sign in again.").arg(account.username, e.message())
                            : tr("Test of %1: %2 Press Rotate to get a new token.").arg(account.username, e.message()));
            m_ui->rotateButton->setFocus();
            return;
        }
        if (e) {
            reload();
            showMessage(int(MessageStrip::Kind::Error),
                        tr("The test of %1 did not finish: %2").arg(account.username, e.message()));
            return;
        }
        m_refused.remove(account.id());
        auto *record = new RecordChecksJob(m_workspace, {account}, this);
        connect(record, &Job::finished, this, [this, record, account] {
            record->deleteLater();
            reload();
            if (const Error &unrecorded = record->error())
                showMessage(int(MessageStrip::Kind::Warning),
                            tr("The token of %1 works (scopes: %2), but the time of this test was not recorded: %3")
                                .arg(account.username, account.scopes.join(QStringLiteral(", ")), unrecorded.message()));
            else if (account.isOAuth())
                showMessage(int(MessageStrip::Kind::Success),
                            tr("The OAuth 2.0 grant of %1 works (scopes: %2).")
                                .arg(account.username, account.scopes.join(QStringLiteral(", "))));
            else
                showMessage(int(MessageStrip::Kind::Success),
                            tr("The token of %1 works (scopes: %2).")
                                .arg(account.username, account.scopes.join(QStringLiteral(", "))));
        });
        record->start();
    });
}

void AccountsWindow::rotate()
{
    const Account *account = selected();
    if (!account || m_running)
        return;
    SetupOptions options = account->setupOptions().overlaid(m_setupOptions);
    if (m_workspace.isDemo() && m_setupOptions.request.authorizeUrl.isValid())
        options.request.authorizeUrl = m_setupOptions.request.authorizeUrl; // this run's sandbox
    if (m_workspace.isDemo() && account->isOAuth())
        options.oauth.authorizeUrl = m_setupOptions.oauth.authorizeUrl; // this run's sandbox (gui_main)
    auto *dialog = new RotateDialog(m_workspace, *account, options, this);
    dialog->setObjectName(QStringLiteral("rotateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = account->id();
    connect(dialog, &RotateDialog::finished, this, [this, dialog, id] {
        if (dialog->isRotated())
            m_refused.remove(id);
        reload();
        if (dialog->isRotated() && !dialog->revokeProblem().isEmpty())
            showMessage(int(MessageStrip::Kind::Warning), dialog->revokeProblem());
        else if (dialog->isRotated())
            showMessage(int(MessageStrip::Kind::Success), tr("The token was rotated."));
        else if (dialog->problem())
            showMessage(int(MessageStrip::Kind::Warning),
                        tr("The token was not rotated: %1").arg(dialog->problem().message()));
    });
    dialog->open();
}

void AccountsWindow::revoke()
{
    const Account *account = selected();
    if (!account || m_running)
        return;
    if (account->isOAuth()) {
        revokeOAuth(*account);
        return;
    }
    showMessage(int(MessageStrip::Kind::Information),
                tr("Asking Trello how many webhooks the token of %1 has…").arg(account->username));
    auto *count = new CountWebhooksJob(m_workspace, *account, this);
    run(count, [this, count] {
        MessageStrip::hide(m_ui->messageLabel);
        // The question is a modal box with its own event loop: opened once this signal has
        // returned, not inside the chain of finished() signals that led here.
        QMetaObject::invokeMethod(
            this, [this, account = count->account(), webhooks = count->count(), problem = count->error()] {
                confirmRevoke(account, webhooks, problem);
            }, Qt::QueuedConnection);
    });
}

void AccountsWindow::confirmRevoke(const Account &account, int webhooks, const Error &countProblem)
{
    QMessageBox box(QMessageBox::Warning, tr("Revoke the token?"),
                    tr("Revoke the token of %1 on Trello?").arg(account.username), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("revokeConfirmation"));
    QString hooks;
    if (countProblem)
        hooks = tr("Its webhooks could not be counted (%1); any it has stop with it.").arg(countProblem.message());
    else if (webhooks == 0)
        hooks = tr("It has no webhooks.");
    else
        hooks = tr("Its %n webhook(s) stop with it: whatever they feed receives no more events from Trello.", nullptr, webhooks);
    box.setInformativeText(
        tr("The token stops working everywhere: in this program, in scripts and on every computer that "
           "uses it. It is then removed from this computer. This cannot be undone; to use Trello again "
           "here, add the account again.")
        + QLatin1Char(' ') + hooks);
    QPushButton *revokeButton = box.addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != revokeButton)
        return;
    showMessage(int(MessageStrip::Kind::Information), tr("Revoking the token of %1 on Trello…").arg(account.username));
    auto *revocation = new RevokeAccountJob(m_workspace, account, this);
    run(revocation, [this, revocation] {
        const Account &account = revocation->account();
        if (!finishRemoval(revocation, account.id()))
            return;
        const int stopped = revocation->webhooksStopped();
        const QString hooks = stopped > 0 ? QLatin1Char(' ') + tr("Its %n webhook(s) stopped with it.", nullptr, stopped) : QString();
        if (revocation->wasAlreadyInvalid())
            showMessage(int(MessageStrip::Kind::Success),
                        tr("Trello no longer accepted the token of %1, so it was already dead; it was removed here.")
                            .arg(account.username));
        else
            showMessage(int(MessageStrip::Kind::Success),
                        tr("The token of %1 was revoked on Trello and removed here.").arg(account.username) + hooks);
    });
}

void AccountsWindow::revokeOAuth(const Account &account)
{
    QMessageBox box(QMessageBox::Warning, tr("Forget the OAuth 2.0 grant?"),
                    tr("Trello cannot revoke the OAuth 2.0 grant of %1 for this program: it has no revocation "
                       "endpoint. The grant can only be forgotten here.")
                        .arg(account.username),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("revokeConfirmation"));
    box.setInformativeText(tr("It is removed from this computer's keychain; scripts here stop getting access "
                              "tokens. %1")
                               .arg(RevokeTokenJob::howToRemoveOAuthApp()));
    QPushButton *forgetButton = box.addButton(tr("Forget it here"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != forgetButton)
        return;
    auto *revocation = new RevokeAccountJob(m_workspace, account, this);
    run(revocation, [this, revocation] {
        const Account &account = revocation->account();
        if (!finishRemoval(revocation, account.id()))
            return;
        showMessage(int(MessageStrip::Kind::Warning),
                    tr("The OAuth 2.0 grant of %1 was forgotten on this computer; Trello has no way for a program to "
                       "revoke it. %2")
                        .arg(account.username, RevokeTokenJob::howToRemoveOAuthApp()));
    });
}

void AccountsWindow::forget()
{
    const Account *account = selected();
    if (!account || m_running)
        return;
    // The first press says what Forget does and does not do; the second forgets.
    if (m_forgetArmedFor != account->id()) {
        m_forgetArmedFor = account->id();
        showMessage(
            int(MessageStrip::Kind::Warning),
            account->isOAuth()
                ? tr("Forget removes this computer's copy of the OAuth 2.0 grant of %1; the grant itself stays "
                     "until it lapses or you remove the app's access. Press Forget again to forget it.")
                      .arg(account->username)
                : tr("Forget removes only this computer's copy of the token of %1: the token stays valid on Trello until it "
                     "expires, and anyone who has a copy can still use it. To end it everywhere, press Revoke instead. "
                     "Press Forget again to forget it.")
                      .arg(account->username));
        return;
    }
    m_forgetArmedFor.clear();
    auto *forgetting = new ForgetAccountJob(m_workspace, *account, nullptr, this);
    run(forgetting, [this, forgetting] {
        const Account &account = forgetting->account();
        if (!finishRemoval(forgetting, account.id()))
            return;
        if (account.isOAuth())
            showMessage(int(MessageStrip::Kind::Warning),
                        tr("The OAuth 2.0 grant of %1 was removed from this computer. %2")
                            .arg(account.username, RevokeTokenJob::howToRemoveOAuthApp()));
        else
            showMessage(int(MessageStrip::Kind::Warning),
                        tr("The token of %1 was removed from this computer. It is still valid on Trello until it expires. %2")
                            .arg(account.username, RevokeTokenJob::howToRevokeOnTrello()));
    });
}

bool AccountsWindow::finishRemoval(Job *job, const QString &accountId)
{
    m_refused.remove(accountId);
    reload();
    if (const Error &e = job->error()) {
        showMessage(int(MessageStrip::Kind::Error), e.message());
        return false;
    }
    return true;
}

void AccountsWindow::addAccount()
{
    auto *controller = new SetupController(m_workspace, m_setupOptions);
    controller->setSuggestedClientId(m_suggestedClientId);
    auto *wizard = new SetupWizard(controller, this);
    controller->setParent(wizard);
    wizard->setObjectName(QStringLiteral("setupWizard"));
    wizard->setWindowFlag(Qt::Window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, [this] { reload(); });
    wizard->show();
}

} // namespace onboard
