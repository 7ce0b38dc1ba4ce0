#pragma once

#include "TestSupport.h"

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

    // gnome-keyring's own unlock prompt (gcr-prompter, on the test's display), as a person meets
    // it: a window "Unlock Login Keyring" with a password field.
    static bool waitForPrompt(int ms = WaitMs);
    static bool isPromptOpen();
    // Types the session's password into it and presses Return; or presses Escape (Cancel).
    static bool typePasswordIntoPrompt();
    static bool dismissPrompt();

private:
    QProcess m_daemon;
};

// A Secret Service that takes the bus name and never answers: a real process on the session bus
// (python3-dbus without a main loop, so nothing it receives is ever dispatched). Stop the real
// one first (SessionKeyring::stop); the destructor stops this one.
class SilentSecretService
{
public:
    SilentSecretService() = default;
    ~SilentSecretService();
    SilentSecretService(const SilentSecretService &) = delete;
    SilentSecretService &operator=(const SilentSecretService &) = delete;

    bool start();
    void stop();

private:
    QProcess m_process;
};

} // namespace onboard::test
