#include "ImportCommand.h"

#include "CredentialFormat.h"
#include "OutcomeJson.h"
#include "StoreTokenOperation.h"
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

void ImportCommand::start()
{
    QString token;
    if (Error e = readToken(&token)) {
        fail(e);
        return;
    }
    auto *operation = new StoreTokenOperation(m_profile, this);
    operation->setOptions(m_invocation.setup);
    operation->setToken(token);
    connect(operation, &StoreTokenOperation::finished, this, [this, operation] {
        const Error e = operation->error();
        if (m_invocation.json)
            print(e && operation->account().memberId.isEmpty() ? OutcomeJson::forError(e)
                                                                : OutcomeJson::forAccount(e, operation->account(), m_profile, QStringLiteral("stored")));
        if (e) {
            fail(e);
            return;
        }
        const Account &account = operation->account();
        say(tr("Stored the verified token of %1 (%2) in the keychain: service \"%3\", account \"%4\".")
                .arg(account.fullName.isEmpty() ? account.username : account.fullName, account.username,
                     m_profile.keychainService(), account.id()));
        succeed();
    });
    operation->start();
}

} // namespace onboard
