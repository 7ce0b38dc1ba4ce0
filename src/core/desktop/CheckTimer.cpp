#include "desktop/CheckTimer.h"

#include "common/ShownText.h"

#include <QTimer>

namespace onboard {

CheckTimer::CheckTimer(Action action, QObject *parent)
    : Job(parent)
    , m_action(action)
{
}

CheckTimer::~CheckTimer()
{
    // QProcess's own destructor kills and waits, and would report that as finished to whoever
    // listens, which may be half destroyed by now (a window closing with this job in it).
    m_process.disconnect(this);
    if (m_process.state() == QProcess::NotRunning)
        return;
    if (m_action != Action::Query && m_process.waitForFinished(TimeoutMs))
        return;
    m_process.kill();
    m_process.waitForFinished(1000);
}

QString CheckTimer::notOnWarning(const Error &error)
{
    return tr("Warning: the daily check that warns before tokens expire is not on: %1").arg(error.message());
}

void CheckTimer::run()
{
    QString program = qEnvironmentVariable("TRELLO_ONBOARD_SYSTEMCTL");
    if (program.isEmpty())
        program = QStringLiteral("systemctl");
    QStringList arguments{QStringLiteral("--user")};
    switch (m_action) {
    case Action::Enable:
        arguments << QStringLiteral("enable") << QStringLiteral("--now") << unitName();
        break;
    case Action::Disable:
        arguments << QStringLiteral("disable") << QStringLiteral("--now") << unitName();
        break;
    case Action::Query:
        arguments << QStringLiteral("is-enabled") << unitName();
        break;
    }
    connect(&m_process, &QProcess::finished, this, &CheckTimer::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish({ErrorKind::LocalStore, tr("The daily check cannot be turned on or off here: %1 could not be started.").arg(program)});
    });
    auto *bound = new QTimer(this);
    bound->setSingleShot(true);
    connect(bound, &QTimer::timeout, this, [this] {
        m_process.kill();
        finish({ErrorKind::LocalStore, tr("systemctl did not answer within %1 seconds.").arg(TimeoutMs / 1000)});
    });
    bound->start(TimeoutMs);
    m_process.start(program, arguments);
}

void CheckTimer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString said = ShownText::folded(QString::fromLocal8Bit(m_process.readAllStandardError()), 300);
    if (m_action == Action::Query) {
        // is-enabled: 0 and "enabled" when it is; non-zero and "disabled" (or nothing) when not.
        m_enabled = status == QProcess::NormalExit && exitCode == 0;
        finish();
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        finish({ErrorKind::LocalStore, tr("The daily check could not be turned %1: %2")
                                           .arg(m_action == Action::Enable ? tr("on") : tr("off"),
                                                said.isEmpty() ? tr("systemctl failed") : said)});
        return;
    }
    finish();
}

} // namespace onboard
