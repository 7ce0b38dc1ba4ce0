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
// not empty: under the ChangeLock, each interrupted change is completed, finished or rolled back,
// so that the keychain and the settings file agree again. needed() is two file checks, so the
// commands for scripts pay nothing when there is nothing to do. The one decision table
// (docs/design.md, "Crash safety"):
//
//   entry   what is found                                         what is done            outcome
//   store   the settings file names the account                   nothing                 NothingToDo
//   store   a token under the account id (it was verified         record the entry's      Completed
//           before it was written)                                account
//   store   no token under the account id                         nothing                 NothingToDo
//   remove  anything                                              remove token and record Completed
//   rotate  no old token kept (stash)                             nothing was overwritten NothingToDo
//   rotate  a stash, the account forgotten meanwhile              remove the stash        NothingToDo
//   rotate  a stash; under the account id nothing, the stash,     put the stash back,     RolledBack
//           a token Trello refuses or another member's            remove it
//   rotate  a stash; a new token that verifies as the account's   refresh the record,     Completed
//           member                                                revoke the stash (best
//                                                                 effort), remove it
//   any     the check cannot be made (keychain locked or silent,  leave the entry for     Undecided
//           API host unreachable, settings file unwritable)       the next start
//
// A settled entry (any outcome but Undecided) leaves the journal. finished() always comes, also
// when the lock could not be taken (then reports() says why and nothing was done).
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
    void onStashRead(const Error &error, const QString &stash);
    void onCurrentRead(const Error &error, const QString &current);
    void rollBack();
    void finishRotation(const Account &refreshed);
    void removeStash(Outcome outcome, const QString &report);
    void settle(Outcome outcome, const QString &report = {});
    ApiClient *clientFor(const QString &token);

    Workspace m_workspace;
    int m_lockWaitMs;
    ChangeLock *m_lock = nullptr;
    QList<ChangeJournal::Entry> m_pending;
    ChangeJournal::Entry m_entry;
    Account m_account;       // rotate: the account's record, if it still has one
    bool m_haveAccount = false;
    QString m_stash;         // rotate: the token before the rotation
    QPointer<ApiClient> m_client;
    QStringList m_reports;
    QHash<QString, Outcome> m_outcomes;
};

} // namespace onboard
