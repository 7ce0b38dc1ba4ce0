#include "ForgetCommand.h"

#include "ForgetAccountOperation.h"
#include "OutcomeJson.h"
#include "RevokeAccountOperation.h"

namespace onboard {

void ForgetCommand::start()
{
    Account account;
    if (!resolveAccount(&account))
        return;
    auto *operation = new ForgetAccountOperation(m_profile, account, this);
    connect(operation, &ForgetAccountOperation::finished, this, [this, operation, account] {
        if (m_invocation.json)
            print(OutcomeJson::forAccount(operation->error(), account, m_profile, QStringLiteral("forgotten")));
        if (Error e = operation->error()) {
            fail(e);
            return;
        }
        say(tr("Removed the token of %1 (%2) from this computer. It stays valid on Trello until it expires or is revoked. %3")
                .arg(account.fullName.isEmpty() ? account.username : account.fullName, account.id(),
                     RevokeAccountOperation::howToRevokeOnTrello()));
        succeed();
    });
    operation->start();
}

} // namespace onboard
