#pragma once

#include <QObject>
#include <QPointer>

class QProgressBar;
class QTimer;

namespace onboard {

// Shows a progress bar only once the work it stands for has taken longer than a moment. A bar
// that flashes up for a page that loads at once, or a test call that is over in a tenth of a
// second, tells a person nothing; and in a window that holds a web view every repaint of it is a
// redraw of the whole window (about 10 ms each without a graphics card).
class DelayedProgress : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 500;

    explicit DelayedProgress(QProgressBar *bar, int delayMs = DefaultDelayMs);

    // The work begins: the bar appears after the delay unless finish() came first. Starting
    // again while running changes nothing.
    void start();
    // Remembered while the bar is hidden, shown once it appears.
    void setValue(int value);
    // The work is over (done or failed): the bar is hidden.
    void finish();

    bool isRunning() const { return m_running; }

private:
    QPointer<QProgressBar> m_bar;
    QTimer *m_timer;
    bool m_running = false;
};

} // namespace onboard
