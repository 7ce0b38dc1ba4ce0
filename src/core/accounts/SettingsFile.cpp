#include "accounts/SettingsFile.h"

#include "accounts/ChangeLock.h"
#include "common/Logging.h"
#include "common/SafeFile.h"
#include "common/ShownText.h"
#include "trello/CredentialFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

namespace onboard {

namespace {
const QLatin1String VersionKey("version");
const QLatin1String AccountsKey("accounts");
constexpr int MaxSelectorShown = 100;

// A settings file that holds something else than accounts is ErrorKind::BadInput (exit code 64):
// a person or a program put it there, and can fix it. That it cannot be read or written at all
// (disk full, read-only) is ErrorKind::LocalStore (exit code 3), from SafeFile.
Error fileError(const QString &message)
{
    return {ErrorKind::BadInput, message};
}
} // namespace

QString SettingsFile::defaultPath(bool demo)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           (demo ? QLatin1String("/accounts-demo.json") : QLatin1String("/accounts.json"));
}

SettingsFile::SettingsFile(QString path)
    : m_path(std::move(path))
{
}

Error SettingsFile::load()
{
    QList<Account> accounts;
    if (Error e = readFile(&accounts)) {
        m_accounts.clear();
        m_loadError = e;
        // The caller shows the message; the log says only that it happened (a path names a home
        // folder, and with it often a person).
        qCInfo(lcStore) << "The settings file could not be loaded:" << Error::kindName(e.kind());
        return e;
    }
    m_accounts = std::move(accounts);
    m_loadError = {};
    qCDebug(lcStore) << "Loaded" << m_accounts.size() << "account(s) from the settings file";
    return {};
}

Error SettingsFile::readFile(QList<Account> *accounts) const
{
    accounts->clear();
    QByteArray bytes;
    bool exists = false;
    if (Error e = SafeFile(m_path, tr("The settings file")).read(MaxFileSize, &bytes, &exists))
        return e;
    if (!exists)
        return {};

    const QString leftAlone = tr("It was left as it is: fix it, or move it away to start with no accounts.");
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fileError(tr("The settings file %1 is not valid JSON (%2 at byte %3). %4")
                             .arg(m_path, parseError.errorString())
                             .arg(parseError.offset)
                             .arg(leftAlone));
    if (!document.isObject())
        return fileError(tr("The settings file %1 does not hold a JSON object. %2").arg(m_path, leftAlone));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(VersionKey);
    if (!version.isDouble() || version.toDouble() != double(qint64(version.toDouble())))
        return fileError(tr("The settings file %1 has no valid \"version\" number. %2").arg(m_path, leftAlone));
    if (version.toDouble() != FormatVersion) {
        if (version.toDouble() > FormatVersion)
            return fileError(tr("The settings file %1 was written by a newer trello-onboard (format version %2); "
                                "this version reads version %3 only. It was left as it is.")
                                 .arg(m_path)
                                 .arg(version.toDouble())
                                 .arg(FormatVersion));
        return fileError(tr("The settings file %1 has an unknown format version. %2").arg(m_path, leftAlone));
    }
    const QJsonValue list = root.value(AccountsKey);
    if (!list.isArray())
        return fileError(tr("The settings file %1 has no \"accounts\" list. %2").arg(m_path, leftAlone));
    const QJsonArray array = list.toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (!entry.isObject())
            return fileError(tr("Entry %1 of the accounts in the settings file %2 is not a JSON object. %3")
                                 .arg(i + 1)
                                 .arg(m_path, leftAlone));
        Account account;
        if (Error e = Account::fromJson(entry.toObject(), &account))
            return fileError(tr("Entry %1 of the accounts in the settings file %2 is not valid: %3 %4")
                                 .arg(i + 1)
                                 .arg(m_path, e.message(), leftAlone));
        if (ids.contains(account.id()))
            return fileError(
                tr("The settings file %1 lists account %2 twice. %3").arg(m_path, account.id(), leftAlone));
        ids.insert(account.id());
        accounts->append(std::move(account));
    }
    return {};
}

Error SettingsFile::checkAccounts(const QList<Account> &accounts) const
{
    QSet<QString> ids;
    for (const Account &account : accounts) {
        if (Error e = account.validate())
            return {ErrorKind::BadInput, tr("Account %1 is not saved: %2").arg(account.id(), e.message())};
        if (ids.contains(account.id()))
            return {ErrorKind::BadInput, tr("Account %1 is listed twice; nothing was saved.").arg(account.id())};
        ids.insert(account.id());
    }
    return {};
}

Error SettingsFile::refusedAfterFailedLoad() const
{
    return {m_loadError.kind(), tr("The settings file %1 could not be read, so it is not overwritten. Fix it, or "
                                   "move it away to start with no accounts, then try again.")
                                    .arg(m_path)};
}

Error SettingsFile::encode(const QList<Account> &accounts, QByteArray *bytes) const
{
    if (Error e = checkAccounts(accounts))
        return e;
    QJsonArray array;
    for (const Account &account : accounts)
        array.append(account.toJson());
    const QJsonObject root{{VersionKey, FormatVersion}, {AccountsKey, array}};
    *bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return {};
}

Error SettingsFile::unlocked(const ChangeLock &held) const
{
    if (held.isHeld())
        return {};
    qCWarning(lcStore) << "the settings file was to be changed without the change lock; refused";
    return {ErrorKind::LocalStore, tr("The settings file %1 was not changed: the change lock is not held.").arg(m_path)};
}

Error SettingsFile::save(const ChangeLock &held)
{
    if (Error e = unlocked(held))
        return e;
    if (m_loadError)
        return refusedAfterFailedLoad();
    QByteArray bytes;
    if (Error e = encode(m_accounts, &bytes))
        return e;
    return SafeFile(m_path, tr("The settings file")).write(bytes);
}

Error SettingsFile::modify(const ChangeLock &held, const std::function<void(QList<Account> &)> &change)
{
    if (Error e = unlocked(held))
        return e;
    if (Error e = load())
        return e;
    QList<Account> changed = m_accounts;
    if (change)
        change(changed);
    QByteArray bytes;
    if (Error e = encode(changed, &bytes))
        return e;
    if (Error e = SafeFile(m_path, tr("The settings file")).write(bytes))
        return e;
    m_accounts = std::move(changed);
    qCDebug(lcStore) << "Saved" << m_accounts.size() << "account(s) to the settings file";
    return {};
}

const Account *SettingsFile::find(const QString &usernameOrId) const
{
    for (const Account &account : m_accounts) {
        if (account.id() == usernameOrId)
            return &account;
    }
    for (const Account &account : m_accounts) {
        if (account.username.compare(usernameOrId, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

void SettingsFile::upsertInto(QList<Account> &accounts, const Account &account)
{
    for (Account &existing : accounts) {
        if (existing.id() == account.id()) {
            existing = account;
            return;
        }
    }
    accounts.append(account);
}

Account SettingsFile::removeFrom(QList<Account> &accounts, const QString &id)
{
    Account removed;
    accounts.removeIf([&](const Account &account) {
        if (account.id() != id)
            return false;
        removed = account;
        return true;
    });
    return removed;
}

void SettingsFile::upsert(const Account &account)
{
    upsertInto(m_accounts, account);
}

bool SettingsFile::remove(const QString &id)
{
    return !removeFrom(m_accounts, id).memberId.isEmpty();
}

std::function<void(QList<Account> &)> SettingsFile::storing(const Account &account)
{
    return [account](QList<Account> &accounts) { upsertInto(accounts, account); };
}

std::function<void(QList<Account> &)> SettingsFile::removing(const QString &id, Account *removed)
{
    return [id, removed](QList<Account> &accounts) {
        const Account gone = removeFrom(accounts, id);
        if (removed)
            *removed = gone;
    };
}

std::function<void(QList<Account> &)> SettingsFile::recordingChecks(const QList<Account> &checked)
{
    // Only what a check finds: the rest of the record (host, headers…) may have been changed by
    // another copy since the check read it, and stays as it is now.
    return [checked](QList<Account> &accounts) {
        for (Account &account : accounts) {
            for (const Account &fresh : checked) {
                if (fresh.id() != account.id())
                    continue;
                account.username = fresh.username;
                account.fullName = fresh.fullName;
                account.scopes = fresh.scopes;
                account.expires = fresh.expires;
                account.lastChecked = fresh.lastChecked;
                account.grantRenewed = fresh.grantRenewed;
            }
        }
    };
}

QString SettingsFile::listAccounts(const QList<const Account *> &accounts) const
{
    QStringList parts;
    for (const Account *account : accounts)
        parts.append(tr("%1 (%2)").arg(account->username, account->id()));
    return parts.join(QLatin1String(", "));
}

Error SettingsFile::resolve(const QString &selector, Account *out) const
{
    const QString wanted = selector.trimmed();
    QList<const Account *> all;
    for (const Account &account : m_accounts)
        all.append(&account);

    if (wanted.isEmpty()) {
        if (all.isEmpty())
            return {ErrorKind::NoAccount, tr("No account is stored; run trello-onboard setup.")};
        if (all.size() > 1)
            return {ErrorKind::BadInput, tr("Several accounts are stored; choose one with --account and a username "
                                            "or account id: %1.")
                                             .arg(listAccounts(all))};
        *out = *all.first();
        return {};
    }

    for (const Account *account : all) {
        if (account->id() == wanted) {
            *out = *account;
            return {};
        }
    }
    QList<const Account *> matches;
    for (const Account *account : all) {
        if (account->username.compare(wanted, Qt::CaseInsensitive) == 0)
            matches.append(account);
    }
    if (matches.size() == 1) {
        *out = *matches.first();
        return {};
    }
    if (matches.size() > 1)
        return {ErrorKind::BadInput, tr("The username %1 belongs to several stored accounts (one per API key); give "
                                        "the account id with --account instead: %2.")
                                         .arg(matches.first()->username, listAccounts(matches))};
    // A token pasted where the account belongs must not come back in the message.
    const QString shown = CredentialFormat::checkToken(wanted) ? ShownText::oneLine(wanted, MaxSelectorShown)
                                                               : QStringLiteral("***");
    if (all.isEmpty())
        return {ErrorKind::NoAccount, tr("No account \"%1\" is stored; no account is stored at all. Run "
                                         "trello-onboard setup.")
                                          .arg(shown)};
    return {ErrorKind::NoAccount,
            tr("No stored account has the username or id \"%1\". Stored accounts: %2.").arg(shown, listAccounts(all))};
}

} // namespace onboard
