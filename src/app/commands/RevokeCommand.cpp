#include "RevokeCommand.h"

#include "operations/Outcome.h"
#include "operations/RevokeAccountJob.h"
#include "trello/RevokeTokenJob.h"
#include "TerminalInput.h"

namespace onboard {

void RevokeCommand::run()
{
    Account account;
    if (!resolveAccount(&account))
        return;
    if (!confirmed(account))
        return;
    startStep(new RevokeAccountJob(m_workspace, account), [this, account](RevokeAccountJob *revoke) {
        const Error e = revoke->error();
        if (revoke->wasForgottenOnly()) {
            const Outcome outcome = (e ? Outcome::failure(e) : Outcome::success(QStringLiteral("forgotten"))).withAccount(account, m_workspace);
            conclude(outcome, e, tr("Removed the OAuth 2.0 sign-in of %1 from this computer. %2")
                                     .arg(account.username, RevokeTokenJob::howToRemoveOAuthApp()));
            return;
        }
        const Outcome outcome = (e ? Outcome::failure(e) : Outcome::success(QStringLiteral("revoked"))).withAccount(account, m_workspace);
        conclude(outcome, e,
                 revoke->wasAlreadyInvalid()
                     ? tr("Trello already considered the token of %1 invalid or expired; removed it from this computer.").arg(account.username)
                     : tr("Revoked the token of %1 on Trello and removed it from this computer.").arg(account.username));
    });
}

bool RevokeCommand::confirmed(const Account &account)
{
    if (m_invocation.yes)
        return true;
    if (!TerminalInput::isInteractive()) {
        fail({ErrorKind::BadInput, tr("revoke asks for confirmation on a terminal; from a script, add --yes.")});
        return false;
    }
    const QString who = account.fullName.isEmpty() ? account.username : account.fullName;
    const QString question = account.isOAuth()
                                 ? tr("Remove the OAuth 2.0 sign-in of %1 (%2) from this computer? Trello offers no way to "
                                      "revoke it from here. [y/N] ").arg(who, account.id())
                                 : tr("Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used. [y/N] ")
                                       .arg(who, account.id());
    const QString answer = TerminalInput::ask(question, TerminalInput::Echo::On).trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y"))
        return true;
    fail({ErrorKind::Cancelled, tr("Nothing was revoked.")});
    return false;
}

} // namespace onboard
