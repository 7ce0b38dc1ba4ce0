#include "ImportCommand.h"

#include "desktop/CheckTimer.h"
#include "trello/CredentialFormat.h"
#include "operations/Outcome.h"
#include "operations/StoreTokenJob.h"
#include "TerminalInput.h"

namespace onboard {

namespace {
// A token is 76 characters; anything much longer on stdin is not one.
constexpr qint64 MaxInputBytes = 4096;
}

Error ImportCommand::readToken(QString *token)
{
    QByteArray input;
    if (TerminalInput::stdinIsTerminal()) {
        input = TerminalInput::ask(tr("Paste the token (it is not shown): "), TerminalInput::Echo::Off).toLatin1();
    } else {
        bool tooLong = false;
        input = TerminalInput::readAll(MaxInputBytes, &tooLong);
        if (tooLong)
            return {ErrorKind::BadInput, tr("Standard input holds more than %1 bytes; a token is 76 characters.").arg(MaxInputBytes)};
    }
    *token = CredentialFormat::trimmed(QString::fromLatin1(input));
    if (token->isEmpty())
        return {ErrorKind::BadInput, tr("No token on standard input. Pipe it in, for example: trello-onboard import --key KEY < token-file")};
    return CredentialFormat::checkToken(*token);
}

void ImportCommand::run()
{
    QString token;
    if (Error e = readToken(&token)) {
        fail(e);
        return;
    }
    startStep(new StoreTokenJob(m_workspace, m_invocation.setup, token), [this](StoreTokenJob *store) {
        const Error e = store->error();
        const Account &account = store->account();
        Outcome outcome = e ? Outcome::failure(e) : Outcome::success(QStringLiteral("stored"));
        if (!account.memberId.isEmpty())
            outcome.withAccount(account, m_workspace);
        const QString sentence = tr("Stored the verified token of %1 (%2) in the keychain: service \"%3\", account \"%4\".")
                                     .arg(account.fullName.isEmpty() ? account.username : account.fullName,
                                          account.username, m_workspace.keychainService(), account.id());
        // "expiry-warnings = on" turns the daily check on once an account is stored, as the
        // wizard's Done page does (the demo's accounts are not checked). The token is stored
        // either way, so a timer that cannot be turned on is a warning, not a failure.
        if (e || !m_invocation.setup.expiryWarnings || m_workspace.isDemo()) {
            conclude(outcome, e, sentence);
            return;
        }
        startStep(new CheckTimer(CheckTimer::Action::Enable), [this, outcome, sentence](CheckTimer *timer) {
            if (const Error &warning = timer->error()) {
                say(CheckTimer::notOnWarning(warning));
                conclude(outcome, {}, sentence);
                return;
            }
            conclude(outcome, {},
                     sentence + QLatin1Char(' ')
                         + tr("The daily check that warns before tokens expire is on (to turn it off: %1).")
                               .arg(CheckTimer::disableCommand()));
        });
    });
}

} // namespace onboard
