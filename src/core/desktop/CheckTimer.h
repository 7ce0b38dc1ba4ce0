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
    // Deleting a CheckTimer while systemctl runs ends it, and finished() is then not emitted.
    ~CheckTimer() override;

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
