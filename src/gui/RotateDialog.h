#pragma once

#include "Account.h"
#include "Error.h"
#include "Profile.h"
#include "SetupOptions.h"

#include <QDialog>
#include <QJsonObject>
#include <memory>

namespace Ui {
class RotateDialog;
}

namespace onboard {

class ConsentBrowser;
class RotateTokenOperation;

// The rotation of one account's token as a person sees it: the settings of the new token (the
// account's, editable), Trello's consent page, then the RotateTokenOperation of the core (verify,
// store, revoke the old one) and its outcome in a message strip. `trello-onboard rotate` opens it
// at the consent page. The dialog holds the outcome (exit code, JSON) and no rules of its own.
class RotateDialog : public QDialog
{
    Q_OBJECT

public:
    RotateDialog(Profile profile, Account account, SetupOptions options, QWidget *parent = nullptr);
    ~RotateDialog() override;

    // Skips the settings: for `rotate`, whose options come from the account and the command line.
    void startAtConsent();
    // For installers: close as soon as the outcome is final (rotated, or denied).
    void setCloseWhenDone(bool close) { m_closeWhenDone = close; }

    ConsentBrowser *browser() const { return m_browser; }
    bool isRotated() const { return m_rotated; }
    const Error &problem() const { return m_problem; }
    int exitCode() const;
    QJsonObject outcomeJson() const;

Q_SIGNALS:
    void rotated();

protected:
    void done(int result) override;

private:
    void startConsent();
    void onToken(const QString &token);
    void onDenied(const QString &message);
    void onRotationFinished();
    void fail(const Error &problem);
    Error readConnection();
    QStringList chosenScopes() const;

    std::unique_ptr<Ui::RotateDialog> m_ui;
    Profile m_profile;
    Account m_account;
    Account m_rotatedAccount;
    SetupOptions m_options;
    ConsentBrowser *m_browser;
    RotateTokenOperation *m_operation = nullptr;
    Error m_problem;
    QString m_revokeProblem;
    bool m_rotated = false;
    bool m_denied = false;
    bool m_closeWhenDone = false;
};

} // namespace onboard
