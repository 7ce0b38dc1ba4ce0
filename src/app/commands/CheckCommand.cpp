#include "CheckCommand.h"

#include "desktop/DesktopNotifier.h"
#include "operations/AccountAttention.h"
#include "operations/CheckAccountJob.h"

#include <QProcess>

namespace onboard {

void CheckCommand::prepare(CheckAccountJob *check)
{
    const QDateTime lapses = check->account().grantLapses();
    check->setRenewGrant(lapses.isValid() && QDateTime::currentDateTimeUtc().daysTo(lapses) < RenewGrantDays);
}

void CheckCommand::describe(const CheckAccountJob *check, QJsonObject &object)
{
    const AccountAttention attention = AccountAttention::of(check->account(), check->error(), QDateTime::currentDateTimeUtc());
    object.insert(QStringLiteral("attention"), attention.needed() ? QJsonValue(attention.name()) : QJsonValue());
}

void CheckCommand::concludeReport(int exitCode)
{
    m_exitCode = exitCode;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray lines;
    for (const CheckAccountJob *check : checks()) {
        const AccountAttention attention = AccountAttention::of(check->account(), check->error(), now);
        // Refusals were said with the table; dates come from the record, and are said here.
        const bool dated = attention.reason() == AccountAttention::Reason::ExpiresSoon
                           || attention.reason() == AccountAttention::Reason::Expired;
        if (dated && !m_invocation.json)
            lines += attention.sentence().toUtf8() + '\n';
    }
    if (!lines.isEmpty())
        print(lines);
    if (m_invocation.notify)
        notifyAll();
    else
        end(exitCode);
}

void CheckCommand::notifyAll()
{
    m_log = NotificationLog(NotificationLog::pathFor(m_workspace.settingsPath()));
    m_log.load();
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::sent, this, &CheckCommand::onSent);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &CheckCommand::startRotate);
    connect(m_notifier, &DesktopNotifier::closed, this, &CheckCommand::finishWhenQuiet);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const CheckAccountJob *check : checks()) {
        const Account &account = check->account();
        const AccountAttention attention = AccountAttention::of(account, check->error(), now);
        if (!attention.needed())
            continue;
        m_needing.append(account.username);
        if (m_log.notifiedRecently(account.id(), now))
            continue;
        DesktopNotifier::Notice notice;
        notice.key = account.id();
        switch (attention.reason()) {
        case AccountAttention::Reason::ExpiresSoon:
            notice.summary = tr("Trello token of %1 expires soon").arg(account.username);
            break;
        case AccountAttention::Reason::Expired:
            notice.summary = tr("Trello token of %1 has expired").arg(account.username);
            break;
        default:
            notice.summary = tr("Trello access of %1 has stopped working").arg(account.username);
        }
        notice.body = attention.sentence();
        notice.actionLabel = tr("Get a new token");
        m_waitingForSend.append(account.id());
        m_notifier->send(notice);
    }
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("TRELLO_ONBOARD_NOTIFY_WAIT", &ok);
    m_bound.setSingleShot(true);
    connect(&m_bound, &QTimer::timeout, this, [this] { end(m_exitCode); });
    m_bound.start((ok && seconds >= 0 ? qMin(seconds, 24 * 3600) : NotifyWaitSeconds) * 1000);
    finishWhenQuiet();
}

void CheckCommand::onSent(const QString &accountId, const Error &error)
{
    m_waitingForSend.removeOne(accountId);
    if (error) {
        if (!m_saidNoService) {
            m_saidNoService = true;
            say(tr("%1 Not notified: %2.").arg(error.message(), m_needing.join(QStringLiteral(", "))));
        }
    } else {
        m_log.markNotified(accountId, QDateTime::currentDateTimeUtc());
    }
    if (m_waitingForSend.isEmpty()) {
        if (Error e = m_log.save(QDateTime::currentDateTimeUtc()))
            say(tr("When accounts were notified was not recorded: %1").arg(e.message()));
    }
    finishWhenQuiet();
}

void CheckCommand::startRotate(const QString &accountId)
{
    // A new process, detached: the rotate window outlives this check.
    QStringList arguments{QStringLiteral("rotate"), QStringLiteral("--account"), accountId};
    if (m_invocation.demo)
        arguments.append(QStringLiteral("--demo"));
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        say(tr("Could not start trello-onboard rotate for %1.").arg(accountId));
    m_notifier->close(accountId);
}

void CheckCommand::finishWhenQuiet()
{
    if (isFinished() || !m_waitingForSend.isEmpty() || m_notifier->openCount() > 0)
        return;
    end(m_exitCode);
}

} // namespace onboard
