#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"
#include "setup/SetupOptions.h"
#include "trello/MoveWebhooksJob.h"

#include <QPointer>

namespace onboard {

class ApiClient;
class ChangeLock;

// Replaces a stored account's token with a new one, never leaving the person without a working
// token: verify the new one, keep the old one aside under a journal entry, ReplaceTokenJob, move
// the old token's webhooks to the new one, revoke the old one, clean up — under the ChangeLock
// throughout. The protocol: docs/design.md, "Rotation" and "Webhooks and rotation". A failed
// revocation is not a failed rotation: oldTokenRevoked() is then false and revokeProblem() says
// how to revoke the old token on trello.com. Neither is a webhook that could not be moved: the old
// token is then not revoked (it would stop that webhook), webhooksNotMoved() names it and
// revokeProblem() says so.
class RotateTokenJob : public Job
{
    Q_OBJECT

public:
    enum class Step { Idle, ReadingOld, Verifying, Stashing, Storing, MovingWebhooks, Revoking, Done };
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
    // After success: the old token's webhooks, moved to the new token or not (then the old token
    // was not revoked). Both empty when it had none, or when they could not be listed:
    // webhooksListed() is then false (and the old token was not revoked either).
    const QList<WebhookMove> &webhooksMoved() const { return m_webhooksMoved; }
    const QList<WebhookMove> &webhooksNotMoved() const { return m_webhooksNotMoved; }
    bool webhooksListed() const { return m_webhooksListed; }
    // The same for --json: {"webhooksMoved": [...], "webhooksNotMoved": [...]}, each entry as
    // WebhookMove::toJson; both null when the webhooks could not be listed.
    QJsonObject webhookOutcome() const;

Q_SIGNALS:
    void stepChanged(onboard::RotateTokenJob::Step step);

protected:
    void run() override;

private:
    void setStep(Step step);
    void verify();
    void stash();
    void replace();
    void moveWebhooks();
    void revokeOld();
    // Removes the old token kept aside and the journal entry, then ends with `outcome`.
    void cleanUp(const Error &outcome);
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
    bool m_webhooksListed = true;
    QList<WebhookMove> m_webhooksMoved;
    QList<WebhookMove> m_webhooksNotMoved;
    QPointer<ApiClient> m_client;
    ApiClient *m_oldClient = nullptr; // the old token's, where it was used
    ChangeLock *m_lock = nullptr;
};

} // namespace onboard
