#pragma once

#include "Error.h"
#include "Profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace onboard {

class AccountChangeRecovery;
class ChangeLock;
class RotationRecovery;

// What every command that reads or changes stored accounts runs first when a change was cut
// short: interrupted stores and removals are completed (AccountChangeRecovery), then interrupted
// rotations are finished or rolled back (RotationRecovery), all under the ChangeLock so that no
// other copy is mid-change meanwhile. needed() is a cheap check (two files' existence), so the
// commands for scripts pay nothing when there is nothing to do.
class StartupRecovery : public QObject
{
    Q_OBJECT

public:
    static bool needed(const Profile &profile);

    explicit StartupRecovery(Profile profile, QObject *parent = nullptr);
    ~StartupRecovery() override;

    // How long to wait for another copy that is changing stored tokens (ChangeLock's default).
    void setLockWaitMs(int ms) { m_lockWaitMs = ms; }
    void start();
    // One sentence per change that was put right or could not be; for a message strip or stderr.
    const QStringList &reports() const { return m_reports; }

Q_SIGNALS:
    void finished();

private:
    void runChanges();
    void runRotations();
    void finish();

    Profile m_profile;
    int m_lockWaitMs;
    QStringList m_reports;
    QPointer<ChangeLock> m_lock;
    QPointer<AccountChangeRecovery> m_changes;
    QPointer<RotationRecovery> m_rotations;
};

} // namespace onboard
