#pragma once

#include "accounts/Account.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace onboard {

class ChangeLock;
class Workspace;

// The one record of changes to stored secrets that are in flight, so that a change cut short by a
// crash or a kill is completed, finished or rolled back at the next start (ChangeRecovery, which
// holds the decision table; docs/design.md, "Crash safety"). One entry per account and kind of
// change; entries name accounts, never hold a token:
//
//   {"version": 2, "changes": [
//       {"accountId": "<apiKey>:<memberId>", "change": "store", "account": {…Account JSON…}, "started": "…Z"},
//       {"accountId": "<apiKey>:<memberId>", "change": "remove", "started": "…Z"},
//       {"accountId": "<apiKey>:<memberId>", "change": "rotate", "started": "…Z"}]}
//
// next to the settings file ("accounts.json" → "accounts.changes.json"), written whole or not at
// all (SafeFile, mode 0600), removed when empty, changed only under the ChangeLock. A store entry
// carries the verified account's record so that recovery can write it. A store and a removal of
// one account take each other's place (the later is what the person wants); while a rotate entry
// exists, the token the account had before is kept in the keychain under stashKey(id). A new kind
// of change (the OAuth 2.0 refresh) is one more "change" name and one more row of the table.
//
// The release before this one wrote version 1 of this file (store and remove only) and kept its
// rotations in "accounts.rotating.json" ({"version": 1, "rotating": [{"accountId", "started"}]}).
// read() reads both and remove() takes entries out of both, so a change that release left
// unfinished is completed by this one; new entries go to this file only. Entries of a kind this
// release does not know are kept as they are.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    enum class Kind { Store, Remove, Rotate };
    struct Entry
    {
        Kind kind = Kind::Store;
        QString accountId;
        Account account; // Store only
        QDateTime started;
    };

    static constexpr int FormatVersion = 2;

    static QString pathFor(const QString &settingsPath);
    // The file of the release before, read and emptied, never written anew.
    static QString legacyRotationsPathFor(const QString &settingsPath);
    // The keychain key of an account's token before a rotation, while the rotation is in flight.
    static QString stashKey(const QString &accountId);

    explicit ChangeJournal(const Workspace &workspace);
    explicit ChangeJournal(QString settingsPath);

    const QString &path() const { return m_path; }
    // Whether there is anything at all to look at (two file checks: cheap at every start).
    bool exists() const;

    // Replaces the account's entry of the same kind (keeping when it started), and a store its
    // removal or a removal its store.
    Error add(const ChangeLock &held, const Entry &entry);
    Error remove(const ChangeLock &held, const QString &accountId, Kind kind);
    // The entries: stores and removals first, then rotations, as the recovery takes them. Ones that
    // cannot be understood (a store without a valid account, an unknown kind) are left out.
    Error read(QList<Entry> *entries) const;
    bool contains(const QString &accountId, Kind kind) const;

private:
    Error readList(const QString &path, const QString &listKey, QJsonArray *list) const;
    Error writeList(const QString &path, const QString &listKey, int version, const QJsonArray &list) const;
    Error unlocked(const ChangeLock &held) const;

    QString m_path;
    QString m_legacyRotationsPath;
};

} // namespace onboard
