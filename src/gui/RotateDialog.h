#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Error.h"
#include "operations/Outcome.h"
#include "setup/SetupOptions.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <memory>

namespace Ui {
class RotateDialog;
}

namespace onboard {

class ApiClient;
class ConsentBrowser;
class ConsentPanel;
class OAuthScopeChooser;
class RotateTokenJob;
class StoreTokenJob;

// The rotation of one account's token as a person sees it: the settings of the new token (the
// account's, editable), Trello's consent page (the same ConsentPanel as the wizard's, with the
// early connection to the API host and the keychain), then the RotateTokenJob of the core (verify,
// store, revoke the old one) and its outcome in a message strip. `trello-onboard rotate` opens it
// at the consent page. The dialog holds the outcome (exit code, JSON) and no rules of its own.
//
// An OAuth 2.0 account is "rotated" by a new consent with the account's options: its code goes to
// StoreTokenJob::forCode, which stores the new grant under the same account id in place of the
// old one. Trello has no revocation endpoint, so the old grant is only forgotten here; the
// outcome says so and where the app's access is removed (oldTokenRevoked: false).
class RotateDialog : public QDialog
{
    Q_OBJECT

public:
    RotateDialog(Workspace workspace, Account account, SetupOptions options, QWidget *parent = nullptr);
    ~RotateDialog() override;

    // Skips the settings: for `rotate`, whose options come from the account and the command line.
    void startAtConsent();
    // A fresh process continuing a rotation that is done (see gui_main's hand-over after capture):
    // shows `outcome`, final. `account` is what was recorded.
    // `webhooks`: RotateTokenJob::webhookOutcome() of the rotation (the --json keys webhooksMoved
    // and webhooksNotMoved), carried over the hand-over.
    void showRotated(const Account &account, bool oldTokenRevoked, const QString &revokeProblem,
                     const QJsonObject &webhooks = {});
    // For installers: close as soon as the outcome is final (rotated, or denied).
    void setCloseWhenDone(bool close) { m_closeWhenDone = close; }

    ConsentBrowser *browser() const;
    bool isRotated() const { return m_rotated; }
    const Account &rotatedAccount() const { return m_rotatedAccount; }
    // Why the old token was not revoked, if it was not (the rotation still succeeded).
    const QString &revokeProblem() const { return m_revokeProblem; }
    const QJsonObject &webhookOutcome() const { return m_webhooks; }
    bool oldTokenRevoked() const { return m_oldRevoked; }
    const Error &problem() const { return m_problem; }
    int exitCode() const;
    Outcome outcome() const;

Q_SIGNALS:
    void rotated();

protected:
    void done(int result) override;

private:
    void startConsent();
    void setUpForOAuth();
    void onToken(const QString &token);
    void onCode(const QString &code, const QString &codeVerifier);
    void onOAuthStored(StoreTokenJob *job);
    void onDenied();
    void onRotationFinished(RotateTokenJob *job);
    void fail(const Error &problem);
    void showResult();
    Error readConnection();
    static QString shownLine(const CustomHeader &header);
    QStringList chosenScopes() const;

    std::unique_ptr<Ui::RotateDialog> m_ui;
    Workspace m_workspace;
    Account m_account;
    Account m_rotatedAccount;
    SetupOptions m_options;
    ConsentPanel *m_panel;
    QPointer<RotateTokenJob> m_job;
    QPointer<StoreTokenJob> m_storeJob; // OAuth 2.0
    OAuthScopeChooser *m_oauthScopes = nullptr;
    QPointer<ApiClient> m_connection; // opened while the consent page shows
    Error m_problem;
    QString m_revokeProblem;
    QJsonObject m_webhooks;
    bool m_rotated = false;
    bool m_oldRevoked = false;
    bool m_denied = false;
    bool m_closeWhenDone = false;
    bool m_keychainWarm = false;
};

} // namespace onboard
