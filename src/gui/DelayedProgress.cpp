#include "DelayedProgress.h"

#include <QProgressBar>
#include <QTimer>

namespace onboard {

DelayedProgress::DelayedProgress(QProgressBar *bar, int delayMs)
    : QObject(bar)
    , m_bar(bar)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_running && m_bar)
            m_bar->setVisible(true);
    });
    m_bar->setVisible(false);
}

void DelayedProgress::start()
{
    if (m_running)
        return;
    m_running = true;
    m_timer->start();
}

void DelayedProgress::setValue(int value)
{
    if (m_bar)
        m_bar->setValue(value); // a hidden bar does not repaint
}

void DelayedProgress::finish()
{
    m_running = false;
    m_timer->stop();
    if (m_bar)
        m_bar->setVisible(false);
}

} // namespace onboard
