#include "common/Job.h"

#include "common/Logging.h"

namespace onboard {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

void Job::start()
{
    if (m_started) {
        qCWarning(lcStore) << "a job was started twice; the second start is ignored:" << metaObject()->className();
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &Job::run, Qt::QueuedConnection);
}

void Job::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished(this);
}

} // namespace onboard
