#include "AccountOperation.h"

#include "AccountChangeJournal.h"
#include "AccountRegistry.h"
#include "ChangeLock.h"
#include "CrashPoint.h"
#include "TokenStoreJob.h"

namespace onboard {

AccountOperation::AccountOperation(Profile profile, Account account, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_account(std::move(account))
{
}

AccountOperation::~AccountOperation() = default;

void AccountOperation::start()
{
    run();
}

void AccountOperation::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_lock)
        m_lock->release();
    Q_EMIT finished();
}

void AccountOperation::readToken(std::function<void(const QString &)> then)
{
    m_job = new TokenStoreJob(TokenStoreJob::Operation::Read, m_profile.keychainService(), m_account.id(), this);
    connect(m_job, &TokenStoreJob::finished, this, [this, then = std::move(then)] {
        m_job->deleteLater();
        if (Error e = m_job->error()) {
            if (e.kind() == ErrorKind::NoAccount)
                e = Error(ErrorKind::NoAccount, tr("The keychain holds no token for %1 (%2); it may have been removed by another program. Run trello-onboard setup to store a new one.")
                                                    .arg(m_account.username, m_account.id()));
            finish(e);
            return;
        }
        then(m_job->token());
    });
    m_job->start();
}

void AccountOperation::lockThen(std::function<void()> then)
{
    if (m_lock && m_lock->isHeld()) {
        then();
        return;
    }
    m_lock = new ChangeLock(m_profile.registryPath(), this);
    m_lock->acquire([this, then = std::move(then)](const Error &locked) {
        if (locked)
            finish(locked);
        else
            then();
    });
}

void AccountOperation::removeLocally(const Error &outcome)
{
    lockThen([this, outcome] {
        // Named in the journal until both copies are gone: a kill between the keychain and the
        // settings file is completed at the next start.
        AccountChangeJournal journal(AccountChangeJournal::pathFor(m_profile.registryPath()));
        if (Error e = journal.add({m_account.id(), AccountChangeJournal::Change::Remove, {}})) {
            finish(e);
            return;
        }
        CrashPoint::reached("remove:before-keychain-remove");
        m_job = new TokenStoreJob(TokenStoreJob::Operation::Remove, m_profile.keychainService(), m_account.id(), this);
        connect(m_job, &TokenStoreJob::finished, this, [this, outcome] {
            m_job->deleteLater();
            AccountChangeJournal journal(AccountChangeJournal::pathFor(m_profile.registryPath()));
            if (Error e = m_job->error()) {
                // Nothing was removed; unless the keychain did not answer in time: then the
                // removal may still happen, and the entry stays for the next start to complete.
                if (!m_job->timedOut())
                    journal.remove(m_account.id());
                finish(e);
                return;
            }
            CrashPoint::reached("remove:after-keychain-remove");
            const Error e = AccountRegistry(m_profile.registryPath()).removeAccount(m_account.id());
            if (e) {
                // The journal entry stays, so the next start removes the record too.
                finish({e.kind(), tr("The token of %1 was removed from the keychain, but its account record was not: "
                                     "%2 The record is removed the next time trello-onboard runs.")
                                      .arg(m_account.username, e.message())});
                return;
            }
            journal.remove(m_account.id());
            finish(outcome);
        });
        m_job->start();
    });
}

} // namespace onboard
