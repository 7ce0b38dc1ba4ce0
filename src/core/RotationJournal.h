#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace onboard {

// The record of rotations in flight, so that one cut short by a crash or a kill is finished or
// rolled back at the next start (see RotationRecovery). It names accounts, never tokens:
//
//   {"version": 1, "rotating": [{"accountId": "<apiKey>:<memberId>", "started": "…Z"}]}
//
// in a file next to the settings file ("accounts.json" → "accounts.rotating.json"), written
// atomically with QSaveFile (mode 0600) under a lock file. While an account's id is listed, the
// token it had before the rotation is kept in the keychain, same service, under stashKey(id).
class RotationJournal
{
    Q_DECLARE_TR_FUNCTIONS(RotationJournal)

public:
    static QString pathFor(const QString &registryPath);
    // The keychain key of the old token while a rotation is in flight.
    static QString stashKey(const QString &accountId);

    explicit RotationJournal(QString path);
    const QString &path() const { return m_path; }

    Error add(const QString &accountId);
    Error remove(const QString &accountId);
    // The accounts listed; a missing file is none. An unreadable file is an error.
    Error read(QStringList *accountIds) const;

private:
    Error change(const QString &accountId, bool add);
    QString m_path;
};

} // namespace onboard
