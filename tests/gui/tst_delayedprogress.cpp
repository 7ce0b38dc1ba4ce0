// DelayedProgress: a progress bar that appears only when the work takes longer than a moment.
#include "DelayedProgress.h"

#include <QApplication>
#include <QProgressBar>
#include <QTest>
#include <QWidget>

using onboard::DelayedProgress;

class DelayedProgressTest : public QObject
{
    Q_OBJECT

private:
    // A shown window holding the bar, so that isVisible() tells what a person sees.
    struct Shown {
        QWidget window;
        QProgressBar *bar = new QProgressBar(&window);
        Shown() { window.show(); }
    };

private Q_SLOTS:
    void hiddenUntilStarted()
    {
        Shown s;
        DelayedProgress progress(s.bar, 50);
        QVERIFY(!s.bar->isVisible());
        QVERIFY(!progress.isRunning());
    }

    void appearsAfterTheDelay()
    {
        Shown s;
        DelayedProgress progress(s.bar, 50);
        progress.start();
        QVERIFY(progress.isRunning());
        QVERIFY(!s.bar->isVisible()); // not at once
        QTRY_VERIFY_WITH_TIMEOUT(s.bar->isVisible(), 5000);
        progress.finish();
        QVERIFY(!s.bar->isVisible());
        QVERIFY(!progress.isRunning());
    }

    void neverAppearsForFastWork()
    {
        Shown s;
        DelayedProgress progress(s.bar, 100);
        progress.start();
        progress.finish();
        QTest::qWait(300);
        QVERIFY(!s.bar->isVisible());
    }

    void valueSetWhileHiddenIsShown()
    {
        Shown s;
        DelayedProgress progress(s.bar, 50);
        progress.start();
        progress.setValue(40);
        QTRY_VERIFY_WITH_TIMEOUT(s.bar->isVisible(), 5000);
        QCOMPARE(s.bar->value(), 40);
    }

    void startingTwiceKeepsTheFirstDeadline()
    {
        Shown s;
        // Due 300 ms after the second start; a restarted delay would need 1000 ms.
        DelayedProgress progress(s.bar, 1000);
        progress.start();
        QTest::qWait(700);
        progress.start(); // does not push the bar's appearance further out
        QTRY_VERIFY_WITH_TIMEOUT(s.bar->isVisible(), 900);
    }

    void aRestartAfterFinishWaitsAgain()
    {
        Shown s;
        DelayedProgress progress(s.bar, 50);
        progress.start();
        QTRY_VERIFY_WITH_TIMEOUT(s.bar->isVisible(), 5000);
        progress.finish();
        progress.start();
        QVERIFY(!s.bar->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(s.bar->isVisible(), 5000);
    }

    void survivesItsBar()
    {
        auto *window = new QWidget;
        auto *bar = new QProgressBar(window);
        auto *progress = new DelayedProgress(bar, 10); // a child of the bar: deleted with it
        QPointer<DelayedProgress> watch(progress);
        progress->start();
        delete window;
        QVERIFY(watch.isNull());
        QTest::qWait(50);
    }
};

QTEST_MAIN(DelayedProgressTest)
#include "tst_delayedprogress.moc"
