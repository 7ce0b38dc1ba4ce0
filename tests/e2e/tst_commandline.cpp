#include "TestSupport.h"

#include <QProcess>
#include <QTest>

// trello-onboard as a process: the answers that need no account, the exit code for bad command
// lines, and the promise that the command-line front maps neither Widgets nor WebEngine.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static QString program(const QString &name = QStringLiteral("trello-onboard"))
    {
        return qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QLatin1Char('/') + name;
    }

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Result run(const QStringList &arguments)
    {
        QProcess process;
        process.start(program(), arguments);
        if (!process.waitForFinished(onboard::test::WaitMs)) {
            process.kill();
            process.waitForFinished(1000);
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Result version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("trello-onboard "));
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: trello-onboard"));
        QVERIFY(help.out.contains("Exit codes"));
        // --help after a command still helps.
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--help")}).exitCode, 0);
    }

    void unknownCommandIsBadCommandLine()
    {
        const Result result = run({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 64);
        QVERIFY(result.err.contains("Unknown command"));
        QVERIFY(result.out.isEmpty());
    }

    void browserSignInWithAReturnUrlItCannotListenOnIsBadCommandLine()
    {
        // Refused before any window opens: the receiver could not catch the answer there.
        const Result result = run({QStringLiteral("setup"), QStringLiteral("--sign-in"), QStringLiteral("browser"),
                                   QStringLiteral("--return-url"), QStringLiteral("https://example.com/cb")});
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains("http://localhost"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void commandLineFrontLinksNoWidgetsOrWebEngine()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {program()});
        QVERIFY(ldd.waitForFinished(onboard::test::WaitMs));
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY(libraries.contains("libQt6Core"));
        QVERIFY2(!libraries.contains("Widgets"), libraries.constData());
        QVERIFY2(!libraries.contains("WebEngine"), libraries.constData());
        QVERIFY2(!libraries.contains("libQt6Gui"), libraries.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
