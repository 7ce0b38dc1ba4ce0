#pragma once

#include "accounts/Account.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace onboard {

class ChangeLock;

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
// Several trello-onboard processes may change the file at once (a wizard and a script): every
// change is made under the ChangeLock, whose holder each changing method asks for, and applies to
// the file as it is on disk (load → change → write), so no update is lost.
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)

public:
    static constexpr int FormatVersion = 1;
    // A larger file is refused unread: real ones are a few kilobytes.
    static constexpr qint64 MaxFileSize = qint64(4) * 1024 * 1024;

    static QString defaultPath(bool demo);

    explicit SettingsFile(QString path);

    const QString &path() const { return m_path; }

    // Reads the file. A missing file is no accounts (and success).
    Error load();
    // Writes the accounts held here; only right after load() (tests and seeding use it).
    Error save(const ChangeLock &held);
    // Loads the file, applies `change` to its accounts, checks them and writes them. On failure
    // nothing is written and the accounts held here are those loaded (or none).
    Error modify(const ChangeLock &held, const std::function<void(QList<Account> &)> &change);

    const QList<Account> &accounts() const { return m_accounts; }
    // The account with this exact id, else the first whose username matches case-insensitively.
    const Account *find(const QString &usernameOrId) const;
    // Replaces the account with the same id, or appends it.
    void upsert(const Account &account);
    // Removes the account with this id; false when there was none.
    bool remove(const QString &id);

    // The changes the operations make, as functions for modify() and prepare().
    static std::function<void(QList<Account> &)> storing(const Account &account);
    // Tells what it removed (an empty id: nothing) in *removed, if given.
    static std::function<void(QList<Account> &)> removing(const QString &id, Account *removed = nullptr);
    // Records what checks found (names, scopes, expiry, time of the check) for these accounts; an
    // account removed meanwhile stays removed.
    static std::function<void(QList<Account> &)> recordingChecks(const QList<Account> &checked);

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
    Error encode(const QList<Account> &accounts, QByteArray *bytes) const;
    Error unlocked(const ChangeLock &held) const;
    Error refusedAfterFailedLoad() const;
    QString listAccounts(const QList<const Account *> &accounts) const;
    static void upsertInto(QList<Account> &accounts, const Account &account);
    static Account removeFrom(QList<Account> &accounts, const QString &id);

    QString m_path;
    QList<Account> m_accounts;
    Error m_loadError; // of the last load(); save() refuses while there is one
};

} // namespace onboard
