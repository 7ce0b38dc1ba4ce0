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

// The one record of changes to stored secrets that are in flight (store, remove, rotate), next to
// the settings file, changed only under the ChangeLock; ChangeRecovery settles it at the next
// start. (store, remove, rotate and the OAuth 2.0 refresh) Its format, its rules and the files of the release before that it reads: docs/design.md,
// "Crash safety". Entries name accounts and hold records, never a token.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    // Refresh: an OAuth 2.0 account's refresh token is being spent for a new one.
    enum class Kind { Store, Remove, Rotate, Refresh };
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
