#pragma once

#include "accounts/Workspace.h"
#include "common/Error.h"
#include "operations/Outcome.h"
#include "operations/StoreTokenJob.h"
#include "setup/SetupOptions.h"

#include <QObject>
#include <QPointer>

namespace onboard {

class ApiClient;

// The setup wizard's business: holds the options the pages edit, the token captured from the
// consent page (in memory only, so a failed test call can be retried without asking Trello again),
// runs a StoreTokenJob per attempt and keeps the outcome (exit code, JSON summary). Pages call it
// and listen to it; it never touches a widget.
//
// For an OAuth 2.0 account (options().isOAuth()) it holds the authorization code and its PKCE
// verifier instead, in memory until StoreTokenJob::forCode exchanges them. The code is single-use:
// after a failed store the person signs in again (needsNewConsent()).
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

    SetupController(Workspace workspace, SetupOptions options, QObject *parent = nullptr);
    ~SetupController() override;

    const Workspace &workspace() const { return m_workspace; }
    const SetupOptions &options() const { return m_options; }
    // Pages write what the person chose; each value is checked by SetupOptions::apply.
    Error apply(const QString &option, const QString &value);
    void setHeaders(const CustomHeaders &headers);
    void setScopes(const QStringList &scopes);
    // The Welcome page's choice of account kind: an API key (no client id), or an OAuth 2.0 client
    // id (checked by SetupOptions::apply("client-id")).
    void chooseApiKey();
    Error chooseClientId(const QString &clientId);
    // A client id the Welcome page offers when none is given (the demo sandbox's).
    void setSuggestedClientId(const QString &clientId) { m_suggestedClientId = clientId; }
    const QString &suggestedClientId() const { return m_suggestedClientId; }

    // True when the options answer every question, so the wizard can open at the consent page.
    bool optionsComplete() const;

    State state() const { return m_state; }
    // A store (verify, write, read back, record) is running.
    bool isRunning() const;
    bool hasToken() const { return !m_token.isEmpty() || !m_code.isEmpty(); }
    // OAuth 2.0: the code was used (it is single-use), so a retry needs a new consent.
    bool needsNewConsent() const { return m_options.isOAuth() && m_code.isEmpty(); }
    // The last problem (denied, refused, network, keychain…); none after success.
    const Error &problem() const { return m_problem; }
    // After success: what was stored.
    const Account &account() const { return m_account; }
    // After a verification: whose token it is (also when a later step failed).
    const MemberInfo &member() const { return m_member; }
    StoreTokenJob::Step step() const { return m_step; }

    // From the consent page.
    void consentShown();
    // Opens the connection to the API host while the consent page shows (see
    // StoreTokenJob::preconnect); nothing is sent before there is a token.
    void prepareConnection();
    // Opens the connection to the keychain ahead of the store (once; see the .cpp).
    void prepareKeychain();
    void takeToken(const QString &token);
    // Allow on an OAuth 2.0 consent page.
    void takeCode(const QString &code, const QString &codeVerifier);
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
    Outcome outcome() const;

Q_SIGNALS:
    void stateChanged(onboard::SetupController::State state);
    void stepChanged(onboard::StoreTokenJob::Step step);
    // Stored, or denied: what --close-when-done waits for.
    void outcomeFinal();

private:
    void setState(State state);
    void onStoreFinished(StoreTokenJob *job);

    Workspace m_workspace;
    SetupOptions m_options;
    QString m_token;
    QString m_code; // OAuth 2.0: until the exchange
    QString m_codeVerifier;
    QString m_suggestedClientId;
    State m_state = State::Editing;
    Error m_problem;
    QPointer<StoreTokenJob> m_job;
    StoreTokenJob::Step m_step = StoreTokenJob::Step::Idle;
    Account m_account;
    MemberInfo m_member;
    QPointer<ApiClient> m_connection; // opened while the consent page shows, for the next attempt
    bool m_keychainWarm = false;
};

} // namespace onboard
