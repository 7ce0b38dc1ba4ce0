#pragma once

#include "common/Job.h"

#include <QHash>
#include <QString>

#include <optional>

namespace onboard {

// Every entry one service has in the Secret Service, read in one request, for the commands that
// need many accounts' tokens at once (status). QtKeychain reads one entry at a time, each behind
// the last, so 20 accounts cost 20 round trips; this is one search with the secrets loaded in the
// same encrypted session (libsecret, which QtKeychain stores through on Linux, with QtKeychain's
// schema and attributes).
//
// It is a shortcut, never the only way: it takes a key only when exactly one item holds it,
// unlocked, in QtKeychain's schema, as text. Anything else (a locked collection or a locked copy,
// a copy in another collection, another program's item, another type, a KDE session where
// QtKeychain may use KWallet, no Secret Service) is read by KeychainJob as always, which unlocks,
// prompts, lets QtKeychain choose, and reports. It never prompts itself. It fails only when the
// keychain gave no answer within its bound (ErrorKind::Keychain, as KeychainJob's), since every
// read after it would wait as long again.
class KeychainSnapshot : public Job
{
    Q_OBJECT

public:
    explicit KeychainSnapshot(QString service, QObject *parent = nullptr);
    ~KeychainSnapshot() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The text of entry `key` (an account id, or its "#headers" entry) when this read found it
    // exactly once; nothing otherwise.
    std::optional<QString> entry(const QString &key) const;
    int size() const { return int(m_entries.size()); }

protected:
    void run() override;

private:
    friend struct KeychainSnapshotCallbacks;
    void take(void *items, const void *error);

    QString m_service;
    int m_timeoutMs;
    QHash<QString, QString> m_entries;
    void *m_cancellable = nullptr;
};

} // namespace onboard
