#pragma once

#include "Error.h"
#include "Profile.h"
#include "SetupOptions.h"
#include "StoreTokenOperation.h"

#include <QJsonObject>
#include <QObject>

namespace onboard {

// The setup wizard's business: holds the options the pages edit, the token captured from the
// consent page (in memory only, so a failed test call can be retried without asking Trello again),
// runs the StoreTokenOperation and keeps the outcome (exit code, JSON summary). Pages call it and
// listen to it; it never touches a widget.
class SetupController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Editing,   // the person is filling in the pages
        Consent,   // the consent page is showing
        HaveToken, // Trello answered Allow; not verified yet
        Verifying, // the test call and the keychain write run
        Stored,    // verified, stored and read back: final
        Denied,    // the person pressed Deny: final for --close-when-done
        Failed,    // a problem the person can fix (see problem())
    };
    Q_ENUM(State)

    SetupController(Profile profile, SetupOptions options, QObject *parent = nullptr);
    ~SetupController() override;

    const Profile &profile() const { return m_profile; }
    const SetupOptions &options() const { return m_options; }
    // Pages write what the person chose; each value is checked by SetupOptions::apply.
    Error apply(const QString &option, const QString &value);
    void setHeaders(const CustomHeaders &headers);
    void setScopes(const QStringList &scopes);

    // True when the options answer every question, so the wizard can open at the consent page.
    bool optionsComplete() const;

    State state() const { return m_state; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // The last problem (denied, refused, network, keychain…); none after success.
    const Error &problem() const { return m_problem; }
    const Account &account() const { return m_resumed ? m_resumedAccount : m_operation->account(); }
    const MemberInfo &member() const { return m_operation->member(); }
    StoreTokenOperation::Step step() const { return m_operation->step(); }

    // From the consent page.
    void consentShown();
    // Opens the connection to the API host while the consent page shows (see
    // StoreTokenOperation::preconnect); nothing is sent before there is a token.
    void prepareConnection();
    // Opens the connection to the keychain ahead of the store (once; see the .cpp).
    void prepareKeychain();
    void takeToken(const QString &token);
    void deny(const QString &message);
    void fail(const Error &problem);

    // A fresh process continuing a setup whose token is already verified and stored (see
    // gui_main's hand-over after capture): the outcome is final, `account` is what was stored.
    void resumeStored(const Account &account);

    // Runs (or re-runs, with the same token) verify → store → read back → record.
    void storeToken();

    // 0 stored, else the problem's code, 1 when the person just cancelled.
    int exitCode() const;
    // The outcome for --json. Never the token.
    QJsonObject outcomeJson() const;

Q_SIGNALS:
    void stateChanged(onboard::SetupController::State state);
    void stepChanged(onboard::StoreTokenOperation::Step step);
    // Stored, or denied: what --close-when-done waits for.
    void outcomeFinal();

private:
    void setState(State state);
    void onOperationFinished();

    Profile m_profile;
    SetupOptions m_options;
    QString m_token;
    State m_state = State::Editing;
    Error m_problem;
    StoreTokenOperation *m_operation;
    bool m_resumed = false;
    bool m_keychainWarm = false;
    Account m_resumedAccount;
};

} // namespace onboard
