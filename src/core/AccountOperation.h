#pragma once

#include "Account.h"
#include "Error.h"
#include "Profile.h"

#include <QObject>
#include <QPointer>

namespace onboard {

class ChangeLock;
class TokenStoreJob;

// The shared shape of the operations on one stored account (check, revoke, forget): each reads
// or removes the keychain entry and the account record, and ends with finished() once, carrying
// an Error. Subclasses implement run(); the helpers here do the keychain and settings-file steps.
class AccountOperation : public QObject
{
    Q_OBJECT

public:
    AccountOperation(Profile profile, Account account, QObject *parent = nullptr);
    ~AccountOperation() override;

    void start();
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    const Account &account() const { return m_account; }

Q_SIGNALS:
    void finished();

protected:
    virtual void run() = 0;
    void finish(const Error &error);

    // Takes the ChangeLock (if this operation does not hold it yet), then calls `then`; finishes
    // with the error when another copy does not let go in time. Held until finish().
    void lockThen(std::function<void()> then);
    // Reads the account's token, then calls `then` with it (or finishes with the error).
    void readToken(std::function<void(const QString &token)> then);
    // Removes the keychain entry and then the account record, under the ChangeLock and named in the
    // AccountChangeJournal meanwhile; finishes with `outcome` on success.
    void removeLocally(const Error &outcome = {});

    Profile m_profile;
    Account m_account;

private:
    QPointer<TokenStoreJob> m_job;
    QPointer<ChangeLock> m_lock;
    Error m_error;
    bool m_finished = false;
};

} // namespace onboard
