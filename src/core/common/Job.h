#pragma once

#include "common/Error.h"

#include <QObject>

namespace onboard {

// The one shape of every asynchronous piece of the program (a keychain step, an API call, an
// operation, the recovery): set it up, connect finished(), start(), then read error() and the
// subclass's results. Modelled on KDE's KJob and QtKeychain's Job.
//
// - start() runs the job from the event loop, never inside start(): finished() therefore always
//   comes from the event loop, so a caller may connect after start() and may delete the job (with
//   deleteLater) from its slot.
// - finished(job) comes exactly once per start(). A job runs once; a second start() is ignored.
// - A job that is part of another one is started with startStep(): it becomes the child of the
//   job that started it (unless it has a parent already, as an API call has its client),
//   `then(step)` is called when it finishes (not if the starting job has finished or died
//   meanwhile), and the step is deleted afterwards. That is the one way steps chain.
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }

Q_SIGNALS:
    void finished(onboard::Job *job);

protected:
    // The work itself; called once, from the event loop. It ends, now or later, with finish().
    virtual void run() = 0;
    // Ends the job with this outcome; later calls are ignored.
    void finish(const Error &error = {});

    template <class Step, class Then>
    void startStep(Step *step, Then then)
    {
        if (!step->parent()) // an API call stays its client's
            step->setParent(this);
        connect(step, &Job::finished, this, [this, step, then = std::move(then)]() mutable {
            step->deleteLater();
            if (!isFinished())
                then(step);
        });
        step->start();
    }

private:
    bool m_started = false;
    bool m_finished = false;
    Error m_error;
};

} // namespace onboard
