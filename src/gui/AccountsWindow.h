#pragma once

#include "accounts/Account.h"
#include "common/Error.h"
#include "accounts/Workspace.h"
#include "setup/SetupOptions.h"

#include <QHash>
#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class AccountsWindow;
}

namespace onboard {

class Job;

// The accounts screen (`trello-onboard manage`): every stored account with its member, key,
// scopes, expiry, API host and last check, and Test, Rotate, Revoke, Forget and Add account. An
// OAuth 2.0 account shows its client id, its access token's expiry and when its grant lapses;
// its Revoke only forgets (no revocation endpoint) and its Rotate is a new consent.
// Each action runs a job of the core's operations; outcomes go to the message strip, and only the
// revoke confirmation is a modal box.
class AccountsWindow : public QWidget
{
    Q_OBJECT

public:
    // `setupOptions` are what the command line and config gave: they seed Add account and
    // override the account's settings in Rotate.
    AccountsWindow(Workspace workspace, SetupOptions setupOptions, QWidget *parent = nullptr);
    ~AccountsWindow() override;

    // A client id Add account's Welcome page offers (the demo sandbox's).
    void setSuggestedClientId(const QString &clientId) { m_suggestedClientId = clientId; }

    // Reads the settings file again and shows it.
    void reload();
    void showMessage(int kind, const QString &text);
    const QList<Account> &accounts() const { return m_accounts; }
    // Ids of the accounts whose last test Trello refused.
    bool isMarkedRefused(const QString &accountId) const { return m_refused.contains(accountId); }

    static QString shortKey(const QString &apiKey);
    static QString countdown(const QDateTime &expires, const QDateTime &now);

private:
    // Ends a revoke or forget of `accountId`: the list is read again; false, with the error shown,
    // when it failed.
    bool finishRemoval(Job *job, const QString &accountId);
    enum Column {
        MemberColumn,
        KeyColumn,
        ScopesColumn,
        ExpiresColumn,
        HostColumn,
        CheckedColumn,
        StatusColumn,
        ColumnCount
    };

    const Account *selected() const;
    void updateButtons();
    void test();
    void rotate();
    // Revoke asks Trello first how many webhooks the token has (they stop with it), then asks the
    // person with that number in the question.
    void revoke();
    void confirmRevoke(const Account &account, int webhooks, const Error &countProblem);
    // An OAuth 2.0 account: no revocation endpoint, so Revoke forgets it here and says where the
    // app's access is removed.
    void revokeOAuth(const Account &account);
    void forget();
    void addAccount();
    // Runs one job at a time for the screen (the buttons wait until it has finished), then
    // `onFinished`; the job is deleted afterwards.
    void run(Job *job, const std::function<void()> &onFinished);

    std::unique_ptr<Ui::AccountsWindow> m_ui;
    Workspace m_workspace;
    SetupOptions m_setupOptions;
    QList<Account> m_accounts;
    QHash<QString, QString> m_refused; // account id → why
    QString m_forgetArmedFor;          // Forget asks once, inline; the second press forgets
    Job *m_running = nullptr;
    QString m_suggestedClientId;
};

} // namespace onboard
