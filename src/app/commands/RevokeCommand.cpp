#include "RevokeCommand.h"

#include "OutcomeJson.h"
#include "RevokeAccountOperation.h"
#include "TerminalInput.h"

namespace onboard {

void RevokeCommand::start()
{
    Account account;
    if (!resolveAccount(&account))
        return;
    if (!confirmed(account))
        return;
    auto *operation = new RevokeAccountOperation(m_profile, account, this);
    connect(operation, &RevokeAccountOperation::finished, this, [this, operation, account] {
        if (m_invocation.json)
            print(OutcomeJson::forAccount(operation->error(), account, m_profile, QStringLiteral("revoked")));
        if (Error e = operation->error()) {
            fail(e);
            return;
        }
        if (operation->wasAlreadyInvalid())
            say(tr("Trello already considered the token of %1 invalid or expired; removed it from this computer.").arg(account.username));
        else
            say(tr("Revoked the token of %1 on Trello and removed it from this computer.").arg(account.username));
        succeed();
    });
    operation->start();
}

bool RevokeCommand::confirmed(const Account &account)
{
    if (m_invocation.yes)
        return true;
    if (!TerminalInput::isInteractive()) {
        fail({ErrorKind::BadInput, tr("revoke asks for confirmation on a terminal; from a script, add --yes.")});
        return false;
    }
    const QString question = tr("Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used. [y/N] ")
                                 .arg(account.fullName.isEmpty() ? account.username : account.fullName, account.id());
    const QString answer = TerminalInput::ask(question, TerminalInput::Echo::On).trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y"))
        return true;
    fail({ErrorKind::Cancelled, tr("Nothing was revoked.")});
    return false;
}

} // namespace onboard
