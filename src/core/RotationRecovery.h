#pragma once

#include "Account.h"
#include "Error.h"
#include "Profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

namespace onboard {

class ApiClient;
class TokenStoreJob;
class TokenVerifier;

// Finishes or rolls back the rotations a crash or kill cut short (see RotateTokenOperation and
// RotationJournal), so that the keychain and the settings file agree again. For each account the
// record names:
// - no old token kept (stash) → nothing was overwritten: the record is dropped;
// - the keychain holds the new token (not the stash) and it verifies as the account's member →
//   the rotation is finished: the account record is refreshed, the old token is revoked on Trello
//   (best effort) and the stash removed;
// - the keychain holds nothing, the stash, or a token Trello refuses → rolled back: the stash is
//   put back as the account's token;
// - the check cannot be made (network, keychain) → left as it is, for the next start.
// Runs at the start of every window command; finished() comes once, after all accounts.
class RotationRecovery : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Finished, RolledBack, NothingToDo, Undecided };
    Q_ENUM(Outcome)

    explicit RotationRecovery(Profile profile, QObject *parent = nullptr);
    ~RotationRecovery() override;

    void start();
    bool isFinished() const { return m_finished; }
    // One sentence per account handled, for a message strip or a log.
    const QStringList &reports() const { return m_reports; }
    // Per account id, what happened.
    const QHash<QString, Outcome> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void finished();

private:
    void next();
    void keychain(int operation, const QString &key, const QString &token, std::function<void(TokenStoreJob *)> then);
    void onStashRead(TokenStoreJob *job);
    void onCurrentRead(TokenStoreJob *job);
    void onVerified();
    void rollBack();
    void revokeStash();
    void removeStash(Outcome outcome, const QString &report);
    void done(Outcome outcome, const QString &report);

    Profile m_profile;
    QStringList m_pending;
    QString m_accountId;
    Account m_account;
    bool m_haveAccount = false;
    QString m_stash;
    QString m_current;
    QStringList m_reports;
    QHash<QString, Outcome> m_outcomes;
    QPointer<ApiClient> m_client;
    QPointer<TokenVerifier> m_verifier;
    bool m_finished = false;
};

} // namespace onboard
