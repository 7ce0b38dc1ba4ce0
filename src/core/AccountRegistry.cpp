#include "AccountRegistry.h"

#include "CredentialFormat.h"
#include "SafeFile.h"
#include "ShownText.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
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

QString AccountRegistry::defaultPath(bool demo)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           (demo ? QLatin1String("/accounts-demo.json") : QLatin1String("/accounts.json"));
}

AccountRegistry::AccountRegistry(QString path)
    : m_path(std::move(path))
{
}

Error AccountRegistry::load()
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

Error AccountRegistry::readFile(QList<Account> *accounts) const
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

Error AccountRegistry::checkAccounts(const QList<Account> &accounts) const
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

Error AccountRegistry::refusedAfterFailedLoad() const
{
    return {m_loadError.kind(), tr("The settings file %1 could not be read, so it is not overwritten. Fix it, or "
                                   "move it away to start with no accounts, then try again.")
                                    .arg(m_path)};
}

Error AccountRegistry::ensureFolder() const
{
    return SafeFile::makePrivateFolder(QFileInfo(m_path).absolutePath());
}

Error AccountRegistry::writeFile(const QList<Account> &accounts) const
{
    if (Error e = checkAccounts(accounts))
        return e;
    if (Error e = ensureFolder())
        return e;
    QJsonArray array;
    for (const Account &account : accounts)
        array.append(account.toJson());
    const QJsonObject root{{VersionKey, FormatVersion}, {AccountsKey, array}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    if (Error e = SafeFile(m_path, tr("The settings file")).write(bytes))
        return e;
    qCDebug(lcStore) << "Saved" << accounts.size() << "account(s) to the settings file";
    return {};
}

namespace {
// Takes <path>.lock with a bounded wait. A lock left by a process that died is taken over at once
// (QLockFile checks whether its owner still runs); one older than the stale time (30 s, Qt's
// default, far longer than a save takes) is taken over too.
Error takeLock(QLockFile &lock, const QString &path)
{
    if (lock.tryLock(AccountRegistry::LockTimeoutMs))
        return {};
    if (lock.error() == QLockFile::LockFailedError)
        return fileError(AccountRegistry::tr("Another trello-onboard is changing the settings file %1 and did not "
                                             "finish within %2 seconds; try again.")
                             .arg(path)
                             .arg(AccountRegistry::LockTimeoutMs / 1000));
    const QString why = SafeFile::folderProblem(QFileInfo(path).absolutePath());
    return {ErrorKind::LocalStore, AccountRegistry::tr("The lock file %1.lock for the settings file could not be created%2; "
                                                       "nothing was changed.")
                                       .arg(path, why.isEmpty() ? QString() : QStringLiteral(": ") + why)};
}
} // namespace

Error AccountRegistry::save()
{
    if (m_loadError)
        return refusedAfterFailedLoad();
    if (Error e = ensureFolder())
        return e;
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (Error e = takeLock(lock, m_path))
        return e;
    return writeFile(m_accounts);
}

Error AccountRegistry::modify(const std::function<void(QList<Account> &)> &change)
{
    if (Error e = ensureFolder())
        return e;
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (Error e = takeLock(lock, m_path))
        return e;
    if (Error e = load())
        return e;
    QList<Account> changed = m_accounts;
    if (change)
        change(changed);
    if (Error e = writeFile(changed))
        return e;
    m_accounts = std::move(changed);
    return {};
}

const Account *AccountRegistry::find(const QString &usernameOrId) const
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

QString AccountRegistry::siblingPath(const QString &registryPath, const QString &name)
{
    QString path = registryPath;
    if (path.endsWith(QLatin1String(".json")))
        path.chop(5);
    return path + QLatin1Char('.') + name;
}

void AccountRegistry::upsertInto(QList<Account> &accounts, const Account &account)
{
    for (Account &existing : accounts) {
        if (existing.id() == account.id()) {
            existing = account;
            return;
        }
    }
    accounts.append(account);
}

Account AccountRegistry::removeFrom(QList<Account> &accounts, const QString &id)
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

void AccountRegistry::upsert(const Account &account)
{
    upsertInto(m_accounts, account);
}

bool AccountRegistry::remove(const QString &id)
{
    return !removeFrom(m_accounts, id).memberId.isEmpty();
}

Error AccountRegistry::storeAccount(const Account &account)
{
    return modify([&account](QList<Account> &accounts) { upsertInto(accounts, account); });
}

Error AccountRegistry::removeAccount(const QString &id, Account *removed)
{
    Account gone;
    const Error e = modify([&id, &gone](QList<Account> &accounts) { gone = removeFrom(accounts, id); });
    if (removed)
        *removed = gone;
    return e;
}

Error AccountRegistry::recordChecks(const QList<Account> &checked)
{
    return modify([&checked](QList<Account> &accounts) {
        for (Account &account : accounts) {
            for (const Account &fresh : checked) {
                if (fresh.id() == account.id())
                    account = fresh;
            }
        }
    });
}

QString AccountRegistry::listAccounts(const QList<const Account *> &accounts) const
{
    QStringList parts;
    for (const Account *account : accounts)
        parts.append(tr("%1 (%2)").arg(account->username, account->id()));
    return parts.join(QLatin1String(", "));
}

Error AccountRegistry::resolve(const QString &selector, Account *out) const
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
