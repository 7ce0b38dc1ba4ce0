#include "TokenCommand.h"

#include "accounts/ReadTokenJob.h"
#include "operations/AccessTokenJob.h"

namespace onboard {

void TokenCommand::run()
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
    if (account.isOAuth()) {
        // A valid access token, refreshed first when under five minutes are left.
        auto *access = new AccessTokenJob(m_workspace, account);
        access->setReadHeaders(false);
        startStep(access, [this, then = std::move(then)](AccessTokenJob *access) {
            if (Error e = access->error())
                fail(e);
            else
                then(access->account(), access->grant().accessToken);
        });
        return;
    }
    auto *read = new ReadTokenJob(m_workspace, account);
    read->setReadHeaders(false); // the token is all a script gets
    startStep(read, [this, then = std::move(then)](ReadTokenJob *read) {
        if (Error e = read->error())
            fail(e);
        else
            then(read->account(), read->token());
    });
}

} // namespace onboard
