#include "StatusCommand.h"

#include "accounts/SettingsFile.h"
#include "keychain/KeychainJob.h"
#include "keychain/KeychainSnapshot.h"
#include "keychain/SecretService.h"
#include "operations/CheckAccountJob.h"
#include "operations/Outcome.h"
#include "operations/RecordChecksJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        const QJsonObject document = Outcome::failure(error).with(QStringLiteral("accounts"), QJsonArray()).toJson();
        print(QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
    ScriptCommand::fail(error);
}

void StatusCommand::run()
{
    QList<Account> accounts;
    if (m_invocation.account.isEmpty()) {
        SettingsFile settings(m_workspace.settingsPath());
        if (Error e = settings.load()) {
            fail(e);
            return;
        }
        accounts = settings.accounts();
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
    // The tokens in one keychain request when there are several (KeychainSnapshot), then all
    // checks at once: their requests overlap.
    if (accounts.size() == 1) {
        check(accounts, nullptr);
        return;
    }
    auto *snapshot = new KeychainSnapshot(m_workspace.keychainService(), this);
    connect(snapshot, &Job::finished, this, [this, accounts, snapshot] { check(accounts, snapshot); });
    snapshot->start();
}

void StatusCommand::check(const QList<Account> &accounts, const KeychainSnapshot *snapshot)
{
    for (const Account &account : accounts) {
        auto *check = new CheckAccountJob(m_workspace, account, this);
        check->setSnapshot(snapshot);
        prepare(check);
        connect(check, &Job::finished, this, &StatusCommand::onChecked);
        m_checks.append(check);
    }
    for (CheckAccountJob *check : std::as_const(m_checks))
        check->start();
}

void StatusCommand::onChecked()
{
    for (const CheckAccountJob *check : std::as_const(m_checks)) {
        if (!check->isFinished())
            return;
    }
    record();
}

void StatusCommand::record()
{
    QList<Account> checked;
    for (const CheckAccountJob *check : std::as_const(m_checks)) {
        if (!check->error())
            checked.append(check->account());
    }
    startStep(new RecordChecksJob(m_workspace, checked), [this](RecordChecksJob *recorded) {
        // Then who keeps the tokens, asked after the checks: they may have started it.
        const Error unrecorded = recorded->error();
        startStep(SecretService::instance()->identify(KeychainJob::defaultTimeoutMs()),
                  [this, unrecorded](Job *) { report(unrecorded); });
    });
}

QString StatusCommand::shownScopes(const Account &account)
{
    if (!account.isOAuth())
        return account.scopes.join(QLatin1Char(','));
    // "read:board:trello" → "read:board": the suffix is the same for all ten.
    QStringList shown;
    for (QString scope : account.scopes) {
        if (scope.endsWith(QLatin1String(":trello")))
            scope.chop(7);
        shown.append(scope);
    }
    return shown.join(QLatin1Char(','));
}

QString StatusCommand::stateOf(const CheckAccountJob *check) const
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

void StatusCommand::report(const Error &unrecorded)
{
    const Error *worst = nullptr;
    for (const CheckAccountJob *check : std::as_const(m_checks)) {
        if (!worst || severity(check->error().kind()) > severity(worst->kind()))
            worst = &check->error();
    }
    const int exitCode = worst ? worst->exitCode() : 0;

    if (m_invocation.json) {
        QJsonArray accounts;
        for (const CheckAccountJob *check : std::as_const(m_checks)) {
            const Outcome outcome = check->error() ? Outcome::failure(check->error()) : Outcome::success(QStringLiteral("ok"));
            QJsonObject object = Outcome(outcome).withAccount(check->account(), m_workspace).toJson();
            describe(check, object);
            accounts.append(object);
        }
        QJsonObject document;
        document.insert(QStringLiteral("exitCode"), exitCode);
        document.insert(QStringLiteral("accounts"), accounts);
        const SecretService *keychain = SecretService::instance();
        const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
        document.insert(QStringLiteral("keychain"), QJsonObject{{QStringLiteral("api"), orNull(keychain->api())},
                                                                {QStringLiteral("provider"), orNull(keychain->provider())}});
        print(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        const QString format = QStringLiteral("%1  %2  %3  %4  %5\n");
        QByteArray table = format.arg(tr("ACCOUNT"), -20).arg(tr("MEMBER"), -28).arg(tr("SCOPES"), -18).arg(tr("EXPIRES"), -24).arg(tr("STATE")).toUtf8();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const CheckAccountJob *check : std::as_const(m_checks)) {
            const Account &a = check->account();
            QString expires = tr("never");
            if (a.isOAuth() && a.grantLapses().isValid()) {
                // The access token lives an hour and is renewed on use; what a person must act on
                // is the grant, which lapses when unused.
                const qint64 minutes = now.secsTo(a.expires) / 60;
                const QString access = minutes <= 0 ? tr("expired")
                                       : minutes < 120 ? tr("%1 min").arg(minutes)
                                                       : tr("%1 h").arg(minutes / 60);
                expires = tr("access %1, grant %2").arg(access, a.grantLapses().toString(QStringLiteral("yyyy-MM-dd")));
            } else if (a.expires.isValid()) {
                const qint64 days = now.daysTo(a.expires);
                expires = a.expires.toUTC().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ')
                          + (a.expires < now ? tr("(expired)") : tr("(%1 d left)").arg(days));
            }
            const QString member = a.fullName.isEmpty() ? a.username : tr("%1 (%2)").arg(a.fullName, a.username);
            table += format.arg(a.username, -20).arg(member, -28).arg(shownScopes(a), -18).arg(expires, -24).arg(stateOf(check)).toUtf8();
        }
        const SecretService *keychain = SecretService::instance();
        table += (keychain->provider().isEmpty() ? tr("Keychain: not found on the session bus")
                                                 : tr("Keychain: %1 (%2)").arg(keychain->provider(), keychain->api()))
                     .toUtf8()
                 + '\n';
        print(table);
        for (const CheckAccountJob *check : std::as_const(m_checks)) {
            if (check->error())
                say(tr("%1: %2").arg(check->account().username, check->error().message()));
        }
    }
    if (unrecorded)
        say(tr("The time of this check was not recorded: %1").arg(unrecorded.message()));
    concludeReport(exitCode);
}

} // namespace onboard
