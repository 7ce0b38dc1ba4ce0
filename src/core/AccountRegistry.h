#pragma once

#include "Account.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace onboard {

// The non-secret settings file: every stored account (see Account), never a token.
//
//   {"version": 1, "accounts": [ <Account JSON>, … ]}
//
// at defaultPath(): QStandardPaths::AppConfigLocation + "/accounts.json" ("accounts-demo.json"
// for --demo). That is ~/.config/trello-onboard/ only when the application name is
// "trello-onboard" and the organization name is empty: main() must set them before asking.
//
// Writing is atomic and checked to the end (SafeFile: a crash, a full disk or a read-only folder
// leave the old file, never half of one or none), the file is made mode 0600 and a missing folder
// is created with mode 0700.
//
// A file that cannot be read (not JSON, wrong shape, an unknown version, an invalid account:
// ErrorKind::BadInput; unreadable: ErrorKind::LocalStore) is never overwritten: load() says what
// is wrong naming the file, and every later save() or modify() of this registry refuses with the
// same kind until a load() succeeds. So a person's hand-edited file with a typo loses nothing; they fix or remove
// it and try again.
//
// Several trello-onboard processes may change the file at once (a wizard and a script):
// modify() does load → change → save under a lock file (<path>.lock), so no update is lost.
// save() takes the same lock, but writes what this object holds: use modify() to change
// accounts; use save() only right after load().
class AccountRegistry
{
    Q_DECLARE_TR_FUNCTIONS(AccountRegistry)

public:
    static constexpr int FormatVersion = 1;
    // How long modify() and save() wait for another process to release the lock.
    static constexpr int LockTimeoutMs = 5000;
    // A larger file is refused unread: real ones are a few kilobytes.
    static constexpr qint64 MaxFileSize = qint64(4) * 1024 * 1024;

    static QString defaultPath(bool demo);
    // A file that belongs with the settings file: "…/accounts.json" and "changes.lock" →
    // "…/accounts.changes.lock" (the records of unfinished changes, the change lock).
    static QString siblingPath(const QString &registryPath, const QString &name);

    explicit AccountRegistry(QString path);

    const QString &path() const { return m_path; }

    // Reads the file. A missing file is no accounts (and success).
    Error load();
    // Writes the accounts held here (see the class comment).
    Error save();
    // Locks the file, loads it, applies `change` to the accounts, checks them and saves, so
    // that concurrent changes by other processes are not lost. On failure nothing is written and
    // the accounts held here are those loaded (or none).
    Error modify(const std::function<void(QList<Account> &)> &change);

    const QList<Account> &accounts() const { return m_accounts; }
    // The account with this exact id, else the first whose username matches case-insensitively.
    const Account *find(const QString &usernameOrId) const;
    // Replaces the account with the same id, or appends it.
    void upsert(const Account &account);
    // Removes the account with this id; false when there was none.
    bool remove(const QString &id);

    // The two changes the operations make, each as one modify(): upsert() and remove() of the
    // file's current accounts. removeAccount() tells what it removed (an empty id: nothing).
    Error storeAccount(const Account &account);
    Error removeAccount(const QString &id, Account *removed = nullptr);
    // Replaces the records of these accounts with their checked versions, in one modify(); an
    // account removed meanwhile stays removed.
    Error recordChecks(const QList<Account> &checked);

    // The `--account A` rule of PRODUCT.md: A is a username (any case) or an account id, and
    // may be empty when exactly one account is stored.
    // - empty, one account → it; empty, none → NoAccount; empty, several → BadInput listing them
    // - an exact id → it; else one username match → it
    // - no match → NoAccount naming what was asked for
    // - a username shared by several accounts (one member under two API keys) → BadInput asking
    //   for the account id
    Error resolve(const QString &selector, Account *out) const;

private:
    Error readFile(QList<Account> *accounts) const;
    Error checkAccounts(const QList<Account> &accounts) const;
    Error writeFile(const QList<Account> &accounts) const;
    Error ensureFolder() const;
    Error refusedAfterFailedLoad() const;
    QString listAccounts(const QList<const Account *> &accounts) const;
    static void upsertInto(QList<Account> &accounts, const Account &account);
    static Account removeFrom(QList<Account> &accounts, const QString &id);

    QString m_path;
    QList<Account> m_accounts;
    Error m_loadError; // of the last load(); save() refuses while there is one
};

} // namespace onboard
