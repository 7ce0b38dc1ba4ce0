#include "TokenCommand.h"

#include "accounts/ReadTokenJob.h"

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
