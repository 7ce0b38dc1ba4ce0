#include "TokenCommand.h"

#include "TokenStoreJob.h"

namespace onboard {

void TokenCommand::start()
{
    withToken([this](const Account &, const QString &token) {
        print(token.toLatin1() + '\n');
        succeed();
    });
}

void TokenCommand::withToken(std::function<void(const Account &, const QString &)> then)
{
    Account account;
    if (!resolveAccount(&account))
        return;
    auto *job = new TokenStoreJob(TokenStoreJob::Operation::Read, m_profile.keychainService(), account.id(), this);
    connect(job, &TokenStoreJob::finished, this, [this, job, account, then = std::move(then)] {
        job->deleteLater();
        if (Error e = job->error()) {
            if (e.kind() == ErrorKind::NoAccount)
                e = Error(ErrorKind::NoAccount, tr("The keychain holds no token for %1 (%2); run trello-onboard setup to store one.")
                                                    .arg(account.username, account.id()));
            fail(e);
            return;
        }
        then(account, job->token());
    });
    job->start();
}

} // namespace onboard
