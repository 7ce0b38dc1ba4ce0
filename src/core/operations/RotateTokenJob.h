#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"
#include "setup/SetupOptions.h"

#include <QPointer>

namespace onboard {

class ApiClient;
class ChangeLock;

// Replaces a stored account's token with a new one, never leaving the person without a working
// token (PRODUCT.md, "Rules that hold everywhere"). Under the ChangeLock from first to last:
//   1. read the old token (kept in memory);
//   2. verify the new one (VerifyJob); it must belong to the same member under the same API key,
//      else nothing changes;
//   3. name the rotation in the change journal and keep the old token in the keychain under
//      ChangeJournal::stashKey(id), both before anything is overwritten;
//   4. ReplaceTokenJob: write the new token, read it back, record the account — or put the old one
//      back;
//   5. revoke the old token on Trello (RevokeTokenJob, sent with the old token itself);
//   6. remove the stash and the journal entry.
// A failure in 1–4 leaves the old token stored and working. A failure in 5 is not a failure of the
// rotation: the new token is in place, oldTokenRevoked() is false and revokeProblem() says how to
// revoke the old one on trello.com. A crash in 3–6 is settled by ChangeRecovery. The protocol is
// written once, in docs/design.md, "Rotation".
class RotateTokenJob : public Job
{
    Q_OBJECT

public:
    enum class Step { Idle, ReadingOld, Verifying, Stashing, Storing, Revoking, Done };
    Q_ENUM(Step)

    // `options`: the settings of the new token (scopes, expiration, host…); the API key must be
    // the account's (Account::setupOptions() overlaid with what the person changed).
    RotateTokenJob(Workspace workspace, Account account, SetupOptions options, QString newToken, QObject *parent = nullptr);
    ~RotateTokenJob() override;

    // A connection opened earlier (StoreTokenJob::preconnect), used when it fits.
    void useConnection(ApiClient *client);

    Step step() const { return m_step; }
    // After success: the account as now recorded.
    const Account &account() const { return m_account; }
    bool oldTokenRevoked() const { return m_oldRevoked; }
    const Error &revokeProblem() const { return m_revokeProblem; }

Q_SIGNALS:
    void stepChanged(onboard::RotateTokenJob::Step step);

protected:
    void run() override;

private:
    void setStep(Step step);
    void verify();
    void stash();
    void replace();
    void revokeOld();
    void cleanUp();
    void done(const Error &error);

    Workspace m_workspace;
    Account m_original;
    Account m_account;
    SetupOptions m_options;
    QString m_newToken;
    QString m_oldToken;
    Step m_step = Step::Idle;
    Error m_revokeProblem;
    bool m_oldRevoked = false;
    bool m_stashed = false;
    QPointer<ApiClient> m_client;
    ChangeLock *m_lock = nullptr;
};

} // namespace onboard
