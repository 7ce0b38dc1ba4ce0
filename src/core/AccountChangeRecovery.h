#pragma once

#include "AccountChangeJournal.h"
#include "Error.h"
#include "Profile.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace onboard {

class TokenStoreJob;

// Completes the stores and removals that a crash or kill cut short (see AccountChangeJournal), so
// that the keychain and the settings file agree again. For each entry:
// - store: the settings file already names the account → nothing to do. Otherwise the keychain
//   decides: it holds a token under the account id → the token was verified before it was
//   written, so the account is recorded from the entry; it holds none → the store never got to
//   the keychain, nothing to do.
// - remove: the keychain entry is removed (if still there), then the account record.
// A step that cannot be made (keychain unavailable, settings file unwritable) leaves the entry for
// the next start. Run by StartupRecovery, under the ChangeLock. No network.
class AccountChangeRecovery : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Completed, NothingToDo, Undecided };
    Q_ENUM(Outcome)

    explicit AccountChangeRecovery(Profile profile, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    const QStringList &reports() const { return m_reports; }
    const QHash<QString, Outcome> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void finished();

private:
    void next();
    void completeStore();
    void completeRemoval();
    void done(Outcome outcome, const QString &report = {});

    Profile m_profile;
    QList<AccountChangeJournal::Entry> m_pending;
    AccountChangeJournal::Entry m_entry;
    QStringList m_reports;
    QHash<QString, Outcome> m_outcomes;
    bool m_finished = false;
};

} // namespace onboard
