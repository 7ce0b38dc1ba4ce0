#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

class QTimer;

namespace onboard {

class Job;

// This process's line to the freedesktop Secret Service, the keychain QtKeychain stores in on
// Linux (through libsecret), for what QtKeychain does not offer (docs/design.md, "Keychains"):
//
// - unlock(): before a keychain step, makes sure the default collection (where libsecret keeps
//   the tokens) is unlocked. A locked one answers Service.Unlock with a prompt; the prompt is
//   shown (Prompt.Prompt, over the window named by setWindowHandle()) and waited for as long as
//   the person takes, since it has no bound of its own. Every other answer must come within the
//   caller's bound. One prompt per process: unlocks asked for meanwhile wait for the same one.
//   waitingForPerson() comes once it has been open for NoticeDelayMs; stopWaiting() gives up on
//   it (the prompt itself is left to the person: see stopWaiting()).
// - identify(): names the program that answers, so that status and the messages can say where
//   the tokens live.
//
// Only the Secret Service API as specified is used: the alias path of the default collection,
// Service.Unlock, Prompt.Prompt and Prompt.Completed (not Prompt.Dismiss, see stopWaiting()).
// On a KDE session QtKeychain keeps the tokens in KWallet when it runs; then nothing is unlocked
// here and KWallet is named.
// It talks over GLib's D-Bus connection (the one libsecret uses too), because reaching the bus
// never blocks there; QtDBus connects with a handshake that has no bound, so a bus that does not
// answer would hang the program.
class SecretService : public QObject
{
    Q_OBJECT

public:
    // The one instance of this process (never deleted: GLib may still call back into it while
    // the process ends).
    static SecretService *instance();

    static constexpr int NoticeDelayMs = 1000;

    // A KDE session, where QtKeychain keeps the tokens in KWallet when KWallet runs.
    static bool isKdeSession();

    // A job for the caller to start (startStep). Ends with ErrorKind::Keychain when the collection
    // stayed locked (the prompt was dismissed or could not be shown), the provider stopped while
    // prompting, or it gave no answer within `answerTimeoutMs`. No Secret Service or no default
    // collection is success: there is nothing to unlock, and QtKeychain reports what it finds.
    Job *unlock(int answerTimeoutMs);
    // A job after which provider() and api() name who keeps the tokens (empty: nobody runs).
    Job *identify(int answerTimeoutMs);

    // "gnome-keyring-daemon", "keepassxc", "kwalletd5"…, as last identified; empty when unknown.
    const QString &provider() const { return m_provider; }
    // "Secret Service" or "KWallet".
    const QString &api() const { return m_api; }
    // The provider for a sentence: "the keychain (gnome-keyring-daemon)", or "the keychain".
    QString named() const;

    // The window a prompt is shown over: on X11 the window id in decimal; empty for none.
    void setWindowHandle(const QString &handle) { m_windowHandle = handle; }
    bool isWaitingForPerson() const { return m_noticeGiven; }
    // A window's Cancel: the unlocks waiting now end "stayed locked", nothing changed. The prompt
    // is not closed (gnome-keyring 42 aborts on Prompt.Dismiss of an unlock prompt); a later
    // unlock waits for that same prompt rather than asking for a second one.
    void stopWaiting();

    // The message of a keychain that did not answer within `timeoutMs`.
    Error noAnswer(int timeoutMs) const;

Q_SIGNALS:
    void waitingForPerson(const QString &provider);
    void waitOver();
    // For the jobs of unlock() and identify().
    void unlockSettled(const onboard::Error &error);

private:
    friend class UnlockJob;
    friend class IdentifyJob;
    friend struct SecretServiceCallbacks;

    enum class State { Idle, Asking, Prompting };

    SecretService();
    void startUnlock(int answerTimeoutMs);
    void onUnlockAnswer(const QString &promptPath);
    void identifyAside();
    void joinPrompt();
    void onPromptCompleted(bool dismissed);
    void onProviderGone();
    void settle(const Error &error);
    void setProvider(const QString &api, const QString &provider);
    Error stayedLocked() const;

    State m_state = State::Idle;
    int m_answerTimeoutMs = 0;
    QString m_promptPath;
    QString m_windowHandle;
    QString m_provider;
    QString m_api;
    bool m_noticeGiven = false;
    unsigned m_promptSubscription = 0;
    unsigned m_nameWatch = 0;
    QTimer *m_answerTimer;
    QTimer *m_noticeTimer;
    quint64 m_attempt = 0;         // which unlock an answer belongs to
    void *m_cancellable = nullptr; // the GCancellable of its calls
};

} // namespace onboard
