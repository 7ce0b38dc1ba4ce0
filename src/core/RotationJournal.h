#pragma once

#include "Error.h"
#include "JournalFile.h"

#include <QString>
#include <QStringList>

namespace onboard {

// The record of rotations in flight, so that one cut short by a crash or a kill is finished or
// rolled back at the next start (see RotationRecovery). It names accounts, never tokens:
//
//   {"version": 1, "rotating": [{"accountId": "<apiKey>:<memberId>", "started": "…Z"}]}
//
// in a JournalFile next to the settings file ("accounts.json" → "accounts.rotating.json"). While an
// account's id is listed, the token it had before the rotation is kept in the keychain, same
// service, under stashKey(id).
class RotationJournal
{
public:
    static QString pathFor(const QString &registryPath);
    // The keychain key of the old token while a rotation is in flight.
    static QString stashKey(const QString &accountId);

    explicit RotationJournal(QString path);
    const QString &path() const { return m_file.path(); }

    Error add(const QString &accountId);
    Error remove(const QString &accountId);
    // The accounts listed; a missing file is none. An unreadable file is an error.
    Error read(QStringList *accountIds) const;

private:
    JournalFile m_file;
};

} // namespace onboard
