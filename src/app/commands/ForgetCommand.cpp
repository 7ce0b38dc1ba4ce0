#include "ForgetCommand.h"

#include "operations/ForgetAccountJob.h"
#include "operations/Outcome.h"
#include "trello/RevokeTokenJob.h"

namespace onboard {

void ForgetCommand::run()
{
    Account account;
    if (!resolveAccount(&account))
        return;
    startStep(new ForgetAccountJob(m_workspace, account), [this, account](ForgetAccountJob *forget) {
        const Error e = forget->error();
        const Outcome outcome = (e ? Outcome::failure(e) : Outcome::success(QStringLiteral("forgotten"))).withAccount(account, m_workspace);
        const QString who = account.fullName.isEmpty() ? account.username : account.fullName;
        conclude(outcome, e,
                 account.isOAuth()
                     ? tr("Removed the OAuth 2.0 sign-in of %1 (%2) from this computer. %3").arg(who, account.id(), RevokeTokenJob::howToRemoveOAuthApp())
                     : tr("Removed the token of %1 (%2) from this computer. It stays valid on Trello until it expires or is revoked. %3")
                           .arg(who, account.id(), RevokeTokenJob::howToRevokeOnTrello()));
    });
}

} // namespace onboard
