#pragma once

#include "Account.h"
#include "Error.h"
#include "JournalFile.h"

#include <QList>
#include <QString>

namespace onboard {

// The record of stores and removals in flight (setup, import, revoke, forget), so that one cut
// short by a crash or a kill between its keychain step and its settings-file step is completed at
// the next start (see AccountChangeRecovery) instead of leaving a keychain entry that no account
// names, or an account whose token is gone. Rotations have their own record (RotationJournal).
//
//   {"version": 1, "changes": [
//       {"accountId": "<apiKey>:<memberId>", "change": "store", "account": {…Account JSON…}, "started": "…Z"},
//       {"accountId": "<apiKey>:<memberId>", "change": "remove", "started": "…Z"}]}
//
// in a JournalFile next to the settings file ("accounts.json" → "accounts.changes.json"). A store
// entry carries the verified account's record (never its token), so that recovery can write it.
class AccountChangeJournal
{
public:
    enum class Change { Store, Remove };
    struct Entry
    {
        QString accountId;
        Change change = Change::Store;
        Account account; // Store only
    };

    static QString pathFor(const QString &registryPath);

    explicit AccountChangeJournal(QString path);
    const QString &path() const { return m_file.path(); }

    // Replaces any entry of the same account.
    Error add(const Entry &entry);
    Error remove(const QString &accountId);
    // The entries; ones that cannot be understood (a store without a valid account) are skipped.
    Error read(QList<Entry> *entries) const;

private:
    JournalFile m_file;
};

} // namespace onboard
