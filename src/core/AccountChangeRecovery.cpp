#include "AccountChangeRecovery.h"

#include "AccountRegistry.h"
#include "Logging.h"
#include "TokenStoreJob.h"

namespace onboard {

AccountChangeRecovery::AccountChangeRecovery(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
}

void AccountChangeRecovery::start()
{
    if (Error e = AccountChangeJournal(AccountChangeJournal::pathFor(m_profile.registryPath())).read(&m_pending)) {
        m_reports.append(e.message());
        m_pending.clear();
    }
    QMetaObject::invokeMethod(this, &AccountChangeRecovery::next, Qt::QueuedConnection);
}

void AccountChangeRecovery::next()
{
    if (m_pending.isEmpty()) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    m_entry = m_pending.takeFirst();
    if (m_entry.change == AccountChangeJournal::Change::Store)
        completeStore();
    else
        completeRemoval();
}

void AccountChangeRecovery::completeStore()
{
    AccountRegistry registry(m_profile.registryPath());
    if (Error e = registry.load()) {
        done(Outcome::Undecided, e.message());
        return;
    }
    if (registry.find(m_entry.accountId)) {
        done(Outcome::NothingToDo);
        return;
    }
    TokenStoreJob::run(TokenStoreJob::Operation::Read, m_profile.keychainService(), m_entry.accountId, {}, this,
                       [this](TokenStoreJob *job) {
                           const Error e = job->error();
                           if (e.kind() == ErrorKind::NoAccount || e.kind() == ErrorKind::BadInput) {
                               done(Outcome::NothingToDo);
                               return;
                           }
                           if (e) {
                               done(Outcome::Undecided,
                                    tr("An interrupted setup of %1 could not be completed: %2 It is tried again at "
                                       "the next start.")
                                        .arg(m_entry.account.username, e.message()));
                               return;
                           }
                           // Nothing recorded it (checked above, under the change lock).
                           if (Error saved = AccountRegistry(m_profile.registryPath()).storeAccount(m_entry.account)) {
                               done(Outcome::Undecided, saved.message());
                               return;
                           }
                           done(Outcome::Completed,
                                tr("An interrupted setup of %1 was completed: the token is stored and recorded.")
                                    .arg(m_entry.account.username));
                       });
}

void AccountChangeRecovery::completeRemoval()
{
    TokenStoreJob::run(TokenStoreJob::Operation::Remove, m_profile.keychainService(), m_entry.accountId, {}, this,
                       [this](TokenStoreJob *job) {
                           if (Error e = job->error()) {
                               done(Outcome::Undecided,
                                    tr("An interrupted removal of %1 could not be completed: %2 It is tried again "
                                       "at the next start.")
                                        .arg(m_entry.accountId, e.message()));
                               return;
                           }
                           Account removed; // stays empty when the record was already gone
                           const Error saved = AccountRegistry(m_profile.registryPath())
                                                   .removeAccount(m_entry.accountId, &removed);
                           if (saved) {
                               done(Outcome::Undecided, saved.message());
                               return;
                           }
                           done(Outcome::Completed,
                                removed.username.isEmpty()
                                    ? QString()
                                    : tr("An interrupted removal of %1 was completed: the token and the account "
                                         "record are gone from this computer.")
                                          .arg(removed.username));
                       });
}

void AccountChangeRecovery::done(Outcome outcome, const QString &report)
{
    m_outcomes.insert(m_entry.accountId, outcome);
    if (!report.isEmpty()) {
        m_reports.append(report);
        qCInfo(lcStore) << "recovery of an interrupted change:" << outcome;
    }
    if (outcome != Outcome::Undecided)
        AccountChangeJournal(AccountChangeJournal::pathFor(m_profile.registryPath())).remove(m_entry.accountId);
    next();
}

} // namespace onboard
