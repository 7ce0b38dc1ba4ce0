#include "AccountOperation.h"

#include "AccountRegistry.h"
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

void AccountOperation::removeLocally(const Error &outcome)
{
    m_job = new TokenStoreJob(TokenStoreJob::Operation::Remove, m_profile.keychainService(), m_account.id(), this);
    connect(m_job, &TokenStoreJob::finished, this, [this, outcome] {
        m_job->deleteLater();
        if (Error e = m_job->error()) {
            finish(e);
            return;
        }
        AccountRegistry registry(m_profile.registryPath());
        const QString id = m_account.id();
        const Error e = registry.modify([&id](QList<Account> &accounts) {
            accounts.erase(std::remove_if(accounts.begin(), accounts.end(), [&id](const Account &a) { return a.id() == id; }),
                           accounts.end());
        });
        finish(e ? e : outcome);
    });
    m_job->start();
}

} // namespace onboard
