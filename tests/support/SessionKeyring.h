#pragma once

#include <QProcess>

namespace onboard::test {

// The Secret Service of the test's session (gnome-keyring on the private bus of session.sh),
// which a test may stop in the middle of a flow and start again on the same keyring files: a
// real keychain fault, not a mock.
class SessionKeyring
{
public:
    SessionKeyring() = default;
    ~SessionKeyring(); // stops the daemon this object started
    SessionKeyring(const SessionKeyring &) = delete;
    SessionKeyring &operator=(const SessionKeyring &) = delete;

    // The process that owns org.freedesktop.secrets on the session bus; 0 when none does.
    static qint64 ownerPid();
    // Stops whoever serves the Secret Service and waits (bounded) until the name is free.
    static bool stop();
    // Starts an unlocked daemon on the same keyring (the session's password), waits for it.
    bool start();

    // Locks the default collection (org.freedesktop.Secret.Service.Lock), as the desktop does
    // after a timeout or on screen lock; with no display no unlock prompt can appear.
    static bool lock();
    // Unlocks it again with the session's password (gnome-keyring's UnlockWithMasterPassword,
    // which needs no prompt), without restarting the daemon.
    static bool unlock();
    static bool isLocked();

private:
    QProcess m_daemon;
};

} // namespace onboard::test
