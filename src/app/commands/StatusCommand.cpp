#include "StatusCommand.h"

#include "AccountRegistry.h"
#include "CheckAccountOperation.h"
#include "OutcomeJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onboard {

int StatusCommand::severity(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return 0;
    case ErrorKind::NoAccount:
        return 1;
    case ErrorKind::Network:
        return 2;
    case ErrorKind::TokenRefused:
        return 3;
    case ErrorKind::Keychain:
    case ErrorKind::LocalStore:
        return 4;
    default:
        return 5;
    }
}

void StatusCommand::fail(const Error &error)
{
    if (m_invocation.json && !m_printed) {
        // The shape of a report, with no account checked: {"exitCode": 5, "accounts": [], …}.
        QJsonObject document;
        document.insert(QStringLiteral("status"), Error::kindName(error.kind()));
        document.insert(QStringLiteral("exitCode"), error.exitCode());
        document.insert(QStringLiteral("message"), error.message());
        document.insert(QStringLiteral("accounts"), QJsonArray());
        print(QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
    ScriptCommand::fail(error);
}

void StatusCommand::start()
{
    QList<Account> accounts;
    if (m_invocation.account.isEmpty()) {
        AccountRegistry registry(m_profile.registryPath());
        if (Error e = registry.load()) {
            fail(e);
            return;
        }
        accounts = registry.accounts();
        if (accounts.isEmpty()) {
            fail({ErrorKind::NoAccount, tr("No account is stored; run trello-onboard setup to add one.")});
            return;
        }
    } else {
        Account account;
        if (!resolveAccount(&account))
            return;
        accounts.append(account);
    }
    for (const Account &account : accounts) {
        auto *check = new CheckAccountOperation(m_profile, account, this);
        connect(check, &CheckAccountOperation::finished, this, &StatusCommand::onChecked);
        m_checks.append(check);
    }
    for (CheckAccountOperation *check : std::as_const(m_checks))
        check->start();
}

void StatusCommand::onChecked()
{
    for (const CheckAccountOperation *check : std::as_const(m_checks)) {
        if (!check->isFinished())
            return;
    }
    report();
}

QString StatusCommand::stateOf(const CheckAccountOperation *check) const
{
    switch (check->error().kind()) {
    case ErrorKind::None:
        return tr("OK");
    case ErrorKind::TokenRefused:
        return tr("refused");
    case ErrorKind::Network:
        return tr("unreachable");
    case ErrorKind::Keychain:
        return tr("keychain");
    case ErrorKind::LocalStore:
        return tr("settings");
    case ErrorKind::NoAccount:
        return tr("missing");
    default:
        return tr("error");
    }
}

void StatusCommand::report()
{
    // What the checks found is recorded once for all accounts. A failure there (disk full, folder
    // read-only) changes nothing about the tokens: it is one line on stderr, not the exit code.
    QList<Account> checked;
    for (const CheckAccountOperation *check : std::as_const(m_checks)) {
        if (!check->error())
            checked.append(check->account());
    }
    const Error unrecorded = checked.isEmpty() ? Error() : AccountRegistry(m_profile.registryPath()).recordChecks(checked);

    const Error *worst = nullptr;
    for (const CheckAccountOperation *check : std::as_const(m_checks)) {
        if (!worst || severity(check->error().kind()) > severity(worst->kind()))
            worst = &check->error();
    }
    const int exitCode = worst ? worst->exitCode() : 0;

    if (m_invocation.json) {
        QJsonArray accounts;
        for (const CheckAccountOperation *check : std::as_const(m_checks)) {
            QJsonObject object = OutcomeJson::accountObject(check->account(), m_profile);
            object.insert(QStringLiteral("status"), check->error() ? Error::kindName(check->error().kind()) : QStringLiteral("ok"));
            object.insert(QStringLiteral("exitCode"), check->error().exitCode());
            if (check->error())
                object.insert(QStringLiteral("message"), check->error().message());
            accounts.append(object);
        }
        QJsonObject document;
        document.insert(QStringLiteral("exitCode"), exitCode);
        document.insert(QStringLiteral("accounts"), accounts);
        print(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        const QString format = QStringLiteral("%1  %2  %3  %4  %5\n");
        QByteArray table = format.arg(tr("ACCOUNT"), -20).arg(tr("MEMBER"), -28).arg(tr("SCOPES"), -18).arg(tr("EXPIRES"), -24).arg(tr("STATE")).toUtf8();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const CheckAccountOperation *check : std::as_const(m_checks)) {
            const Account &a = check->account();
            QString expires = tr("never");
            if (a.expires.isValid()) {
                const qint64 days = now.daysTo(a.expires);
                expires = a.expires.toUTC().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ')
                          + (a.expires < now ? tr("(expired)") : tr("(%1 d left)").arg(days));
            }
            const QString member = a.fullName.isEmpty() ? a.username : tr("%1 (%2)").arg(a.fullName, a.username);
            table += format.arg(a.username, -20).arg(member, -28).arg(a.scopes.join(QLatin1Char(',')), -18).arg(expires, -24).arg(stateOf(check)).toUtf8();
        }
        print(table);
        for (const CheckAccountOperation *check : std::as_const(m_checks)) {
            if (check->error())
                say(tr("%1: %2").arg(check->account().username, check->error().message()));
        }
    }
    if (unrecorded)
        say(tr("The time of this check was not recorded: %1").arg(unrecorded.message()));
    end(exitCode);
}

} // namespace onboard
