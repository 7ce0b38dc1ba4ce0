#pragma once

#include "common/Job.h"

#include <QProcess>
#include <QStringList>

namespace onboard {

// The daily `check --notify` (packaging/systemd: trello-onboard-check.timer, shipped and not
// enabled) turned on or off for this user, or asked about, through `systemctl --user`: "Warn me
// before tokens expire" in the windows. A job that runs systemctl once (bounded by TimeoutMs);
// systemctl missing, no user manager, or the timer not installed → ErrorKind::LocalStore with
// what systemctl said. TRELLO_ONBOARD_SYSTEMCTL names another program (the tests: there is no
// user systemd in a container).
class CheckTimer : public Job
{
    Q_OBJECT

public:
    enum class Action { Enable, Disable, Query };
    static constexpr int TimeoutMs = 15000;
    static QString unitName() { return QStringLiteral("trello-onboard-check.timer"); }
    // What a person types to undo Enable, for the windows to show.
    static QString disableCommand() { return QStringLiteral("systemctl --user disable --now ") + unitName(); }

    explicit CheckTimer(Action action, QObject *parent = nullptr);
    // Deleting a CheckTimer while systemctl runs does not emit finished(). A Query is ended; an
    // Enable or Disable is waited for (up to TimeoutMs): a window closed at once must not undo
    // the person's (or the administrator's) change half-way.
    ~CheckTimer() override;

    // The line a person reads when the daily check could not be turned on after an account was
    // stored: a warning, since the account is stored either way.
    static QString notOnWarning(const Error &error);

    // After a successful Query: whether the timer is enabled for this user.
    bool isEnabled() const { return m_enabled; }

protected:
    void run() override;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    Action m_action;
    QProcess m_process;
    bool m_enabled = false;
};

} // namespace onboard
