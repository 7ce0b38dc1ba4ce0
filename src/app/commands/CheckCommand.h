#pragma once

#include "StatusCommand.h"
#include "desktop/NotificationLog.h"

#include <QTimer>

namespace onboard {

class DesktopNotifier;

// `check [--notify] [--json]`: the background check (PRODUCT.md, "Keeping tokens alive"), run
// daily by the systemd user timer. It is `status` for every account, and renews OAuth 2.0 grants
// that near their lapse; then it names the accounts that need their person (AccountAttention):
// lines after the table, or "attention" in each account's JSON. With --notify each of those gets
// one desktop notification (not twice a day: NotificationLog) whose action starts `rotate` for
// it; the process stays up to hear the clicks until every notification is closed, or for
// NotifyWaitSeconds (TRELLO_ONBOARD_NOTIFY_WAIT). No notification service: one stderr line, and
// nothing else changes. Exits as status does.
class CheckCommand : public StatusCommand
{
    Q_OBJECT

public:
    using StatusCommand::StatusCommand;

    static constexpr int NotifyWaitSeconds = 600;
    // Grants are renewed when they would lapse within this many days.
    static constexpr int RenewGrantDays = 30;

protected:
    void prepare(CheckAccountJob *check) override;
    void describe(const CheckAccountJob *check, QJsonObject &object) override;
    void concludeReport(int exitCode) override;

private:
    void notifyAll();
    void onSent(const QString &accountId, const Error &error);
    void startRotate(const QString &accountId);
    void finishWhenQuiet();

    int m_exitCode = 0;
    DesktopNotifier *m_notifier = nullptr;
    NotificationLog m_log{QString()};
    QStringList m_waitingForSend;
    QStringList m_needing; // usernames, for the line when no service answers
    bool m_saidNoService = false;
    QTimer m_bound;
};

} // namespace onboard
