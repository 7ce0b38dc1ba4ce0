#pragma once

#include "Account.h"
#include "Error.h"
#include "Profile.h"
#include "SetupOptions.h"
#include "TrelloResponse.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace onboard {

class ApiClient;
class ChangeLock;
class TokenStoreJob;
class TokenVerifier;

// Replaces a stored account's token with a new one, never leaving the person without a working
// token (PRODUCT.md, "Rules that hold everywhere"):
//   1. read the old token (kept in memory),
//   2. verify the new one (GET /members/me and /tokens/{token}); it must belong to the same
//      member under the same API key, else nothing changes,
//   3. record "rotation in flight" (RotationJournal) and keep the old token in the keychain under
//      RotationJournal::stashKey(id), both before anything is overwritten,
//   4. write the new token under the account's key, read it back, update the account record,
//   5. revoke the old token on Trello (DELETE /tokens/{old}/ sent with the old token),
//   6. remove the stash and the record.
// A failure in 1–4 puts the old token back: it stays stored and keeps working. A failure in 5
// (network, or a read-only token Trello will not let revoke itself) is not a failure of the
// rotation: the new token is in place, oldTokenRevoked() is false and revokeProblem() says how to
// revoke the old one on trello.com. A crash in 3–6 is cleaned up by RotationRecovery.
class RotateTokenOperation : public QObject
{
    Q_OBJECT

public:
    enum class Step { Idle, ReadingOld, Verifying, Stashing, Storing, Revoking, Done };
    Q_ENUM(Step)

    RotateTokenOperation(Profile profile, Account account, QObject *parent = nullptr);
    ~RotateTokenOperation() override;

    // The settings of the new token (scopes, expiration, host…); the API key must be the account's.
    void setOptions(const SetupOptions &options) { m_options = options; }
    void setNewToken(const QString &token) { m_newToken = token; }
    void start();

    Step step() const { return m_step; }
    bool isRunning() const { return m_step != Step::Idle && m_step != Step::Done; }
    const Error &error() const { return m_error; }
    // After success: the account as now recorded.
    const Account &account() const { return m_account; }
    bool oldTokenRevoked() const { return m_oldRevoked; }
    const Error &revokeProblem() const { return m_revokeProblem; }

    // Options for a rotation that asks for what the account has now (scopes, expiration, host…).
    static SetupOptions optionsFor(const Account &account);
    // The same, with each option given in `overrides` (SetupOptions::given) taking its place.
    static SetupOptions optionsFor(const Account &account, const SetupOptions &overrides);

Q_SIGNALS:
    void stepChanged(onboard::RotateTokenOperation::Step step);
    void finished();

private:
    void setStep(Step step);
    void keychain(int operation, const QString &key, const QString &token, std::function<void(TokenStoreJob *)> then);
    void onOldRead(TokenStoreJob *job);
    void onVerified();
    void stash();
    void store();
    void record();
    void revokeOld();
    void cleanUp();
    void restoreOld(const Error &reason);
    void finish(const Error &error);

    Profile m_profile;
    Account m_original;
    Account m_account;
    SetupOptions m_options;
    QString m_newToken;
    QString m_oldToken;
    Step m_step = Step::Idle;
    Error m_error;
    Error m_revokeProblem;
    bool m_oldRevoked = false;
    bool m_stashed = false;
    QPointer<ApiClient> m_client;
    QPointer<ChangeLock> m_lock;
    QPointer<TokenVerifier> m_verifier;
};

} // namespace onboard
