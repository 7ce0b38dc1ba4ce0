#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "changes/ChangeJournal.h"
#include "common/Job.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

namespace onboard {

class ApiClient;
class ChangeLock;

// What every command that reads or changes stored accounts runs first when the change journal is
// not empty: under the ChangeLock, each interrupted change is completed, finished or rolled back by
// the one decision table of docs/design.md, "Crash safety", so that the keychain and the settings
// file agree again; then secret header values an earlier release wrote into the settings file are
// moved to the keychain. needed() is two file checks and a read of the settings file. finished()
// always comes, also when the lock could not be taken (then reports() says why and nothing was
// done).
class ChangeRecovery : public Job
{
    Q_OBJECT

public:
    enum class Outcome { Completed, RolledBack, NothingToDo, Undecided };
    Q_ENUM(Outcome)

    static bool needed(const Workspace &workspace);

    explicit ChangeRecovery(Workspace workspace, QObject *parent = nullptr);
    ~ChangeRecovery() override;

    // How long to wait for another copy that is changing stored tokens (ChangeLock's default).
    void setLockWaitMs(int ms) { m_lockWaitMs = ms; }
    // One sentence per change that was put right or could not be; for a message strip or stderr.
    const QStringList &reports() const { return m_reports; }
    // Per account id, what happened to its entry.
    const QHash<QString, Outcome> &outcomes() const { return m_outcomes; }

protected:
    void run() override;

private:
    void next();
    void recoverStore();
    void recoverRemoval();
    void recoverRotation();
    void recoverRefresh();
    void onStashRead(const Error &error, const QString &stash);
    void onCurrentRead(const Error &error, const QString &current);
    void rollBack();
    void finishRotation(const Account &refreshed);
    void removeStash(Outcome outcome, const QString &report);
    void settle(Outcome outcome, const QString &report = {});
    void moveSecretValues();
    static QString rotationUnchecked(const QString &who, const Error &why);
    ApiClient *clientFor(const QString &token);

    Workspace m_workspace;
    int m_lockWaitMs;
    ChangeLock *m_lock = nullptr;
    QList<ChangeJournal::Entry> m_pending;
    QList<Account> m_toMove; // with secret header values in the settings file
    ChangeJournal::Entry m_entry;
    Account m_account;       // rotate: the account's record, if it still has one
    bool m_haveAccount = false;
    QString m_stash;         // rotate: the token before the rotation
    QPointer<ApiClient> m_client;
    QStringList m_reports;
    QHash<QString, Outcome> m_outcomes;
};

} // namespace onboard
