#include "RevokeCommand.h"

#include "operations/CountWebhooksJob.h"
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
    // Without a question to put (--yes, an OAuth 2.0 account, or no terminal, which confirmed()
    // refuses), nothing is asked of Trello first.
    if (m_invocation.yes || account.isOAuth() || !TerminalInput::isInteractive()) {
        if (confirmed(account, nullptr))
            revoke(account);
        return;
    }
    // The question says how many webhooks stop with the token; a count that fails is said, and the
    // question asked all the same.
    startStep(new CountWebhooksJob(m_workspace, account), [this, account](CountWebhooksJob *count) {
        if (confirmed(account, count))
            revoke(account);
    });
}

void RevokeCommand::revoke(const Account &account)
{
    startStep(new RevokeAccountJob(m_workspace, account), [this, account](RevokeAccountJob *revoke) {
        const Error e = revoke->error();
        if (revoke->wasForgottenOnly()) {
            const Outcome outcome = (e ? Outcome::failure(e) : Outcome::success(QStringLiteral("forgotten"))).withAccount(account, m_workspace);
            conclude(outcome, e, tr("Removed the OAuth 2.0 sign-in of %1 from this computer. %2")
                                     .arg(account.username, RevokeTokenJob::howToRemoveOAuthApp()));
            return;
        }
        Outcome outcome = (e ? Outcome::failure(e) : Outcome::success(QStringLiteral("revoked"))).withAccount(account, m_workspace);
        const int stopped = revoke->webhooksStopped();
        QString webhooks;
        if (!e) {
            outcome.with(QStringLiteral("webhooksStopped"), stopped < 0 ? QJsonValue() : QJsonValue(stopped));
            if (stopped > 0)
                webhooks = QLatin1Char(' ') + tr("Its %n webhook(s) stopped with it.", nullptr, stopped);
            else if (stopped < 0)
                webhooks = QLatin1Char(' ')
                           + tr("Its webhooks could not be counted (%1); any it had stopped with it.")
                                 .arg(revoke->webhookCountProblem().message());
        }
        conclude(outcome, e,
                 (revoke->wasAlreadyInvalid()
                      ? tr("Trello already considered the token of %1 invalid or expired; removed it from this computer.").arg(account.username)
                      : tr("Revoked the token of %1 on Trello and removed it from this computer.").arg(account.username))
                     + webhooks);
    });
}

bool RevokeCommand::confirmed(const Account &account, const CountWebhooksJob *count)
{
    if (m_invocation.yes)
        return true;
    if (!TerminalInput::isInteractive()) {
        fail({ErrorKind::BadInput, tr("revoke asks for confirmation on a terminal; from a script, add --yes.")});
        return false;
    }
    const QString who = account.fullName.isEmpty() ? account.username : account.fullName;
    QString question;
    if (account.isOAuth()) {
        question = tr("Remove the OAuth 2.0 sign-in of %1 (%2) from this computer? Trello offers no way to "
                      "revoke it from here. [y/N] ").arg(who, account.id());
    } else if (count->error()) {
        question = tr("Could not count the token's webhooks: %1\nRevoke the token of %2 (%3) on Trello? It stops "
                      "working everywhere it is used, and any webhooks it has stop with it. [y/N] ")
                       .arg(count->error().message(), who, account.id());
    } else if (count->count() == 0) {
        question = tr("Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used; it has no "
                      "webhooks. [y/N] ").arg(who, account.id());
    } else {
        question = tr("Revoke the token of %1 (%2) on Trello? It stops working everywhere it is used, and its %n "
                      "webhook(s) stop with it. [y/N] ", nullptr, count->count())
                       .arg(who, account.id());
    }
    const QString answer = TerminalInput::ask(question, TerminalInput::Echo::On).trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y"))
        return true;
    fail({ErrorKind::Cancelled, tr("Nothing was revoked.")});
    return false;
}

} // namespace onboard
