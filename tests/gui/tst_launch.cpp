#include "TestSupport.h"

#include <QProcess>
#include <QTest>

// `trello-onboard --demo` hands over to the window executable, which starts the sandbox and
// shows a window on the (Xvfb) display and keeps running until it is closed.
class TestLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoOpensAWindow()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "this test runs under Xvfb (session.sh --display)");
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard"), {QStringLiteral("--demo")});
        QVERIFY(process.waitForStarted(onboard::test::WaitMs));
        // Still running after a moment: it did not fail to start the GUI or the sandbox.
        QVERIFY(!process.waitForFinished(2000));
        QProcess xwininfo;
        xwininfo.start(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
        QVERIFY(xwininfo.waitForFinished(onboard::test::WaitMs));
        const QByteArray tree = xwininfo.readAllStandardOutput();
        QVERIFY2(tree.contains("Trello Onboard") || tree.contains("trello-onboard"), tree.constData());
        process.terminate();
        if (!process.waitForFinished(onboard::test::WaitMs))
            process.kill();
    }
};

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
