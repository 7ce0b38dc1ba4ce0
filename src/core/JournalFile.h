#pragma once

#include "Error.h"
#include "SafeFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include <functional>

namespace onboard {

// A small record of changes in flight, kept next to the settings file so that a change cut short
// by a crash or a kill is put right at the next start. It holds one list of entries:
//
//   {"version": 1, "<listKey>": [ {...}, ... ]}
//
// written whole or not at all (SafeFile, mode 0600) under a lock file, and removed when the
// list is empty. Entries are objects that name their account with "accountId", never a token.
class JournalFile
{
    Q_DECLARE_TR_FUNCTIONS(JournalFile)

public:
    // The key by which every entry names its account; hasEntryOf() and dropEntriesOf() match it.
    static constexpr QLatin1String AccountIdKey{"accountId"};

    JournalFile(QString path, QString listKey);
    const QString &path() const { return m_path; }

    // The entries; a missing file is none. An unreadable file is an error.
    Error read(QJsonArray *entries) const;
    // Changes the entries under the lock and writes them back (or removes the file when empty).
    Error modify(const std::function<void(QJsonArray &entries)> &change);
    // Removes the entries of this account.
    Error removeEntriesOf(const QString &accountId);

    static bool hasEntryOf(const QJsonArray &entries, const QString &accountId);
    static void dropEntriesOf(QJsonArray &entries, const QString &accountId);

private:
    SafeFile file() const;

    QString m_path;
    QString m_listKey;
};

} // namespace onboard
