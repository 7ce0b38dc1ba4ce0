#include "ProgramRun.h"

#include <QSignalSpy>

namespace onboard::test {

QByteArray ProgramRun::Result::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (timed out)") + "; stdout: " + out
           + "; stderr: " + err;
}

QString ProgramRun::program()
{
    return qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR") + QStringLiteral("/trello-onboard");
}

void ProgramRun::start(QProcess &process) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TRELLO_TOKEN"));
    env.remove(QStringLiteral("TRELLO_KEY"));
    for (const QString &entry : environment) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    if (wrapper.isEmpty())
        process.start(program(), arguments);
    else
        process.start(wrapper.first(), wrapper.mid(1) + QStringList{program()} + arguments);
    if (!process.waitForStarted(WaitMs))
        return;
    if (!input.isEmpty()) {
        process.write(input);
        process.waitForBytesWritten(WaitMs);
    }
    process.closeWriteChannel();
}

ProgramRun::Result ProgramRun::finish(QProcess &process) const
{
    Result result;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        result.finished = finished.wait(boundMs);
        if (!result.finished) {
            process.kill();
            finished.wait(2000);
        }
    } else {
        result.finished = process.error() != QProcess::FailedToStart;
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProgramRun::Result ProgramRun::run() const
{
    QProcess process;
    start(process);
    return finish(process);
}

} // namespace onboard::test
