#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace onboard::test {

// One run of bin/trello-onboard (from TRELLO_ONBOARD_BIN_DIR) as a process, the way a script
// runs it: arguments, bytes on stdin (then closed), extra environment. The test's event loop
// keeps running meanwhile, so servers inside the test process answer it; a run that outlives
// its bound is killed.
struct ProgramRun
{
    explicit ProgramRun(QStringList arguments_, QByteArray input_ = {}, QStringList environment_ = {},
                        QStringList wrapper_ = {}, int boundMs_ = WaitMs)
        : arguments(std::move(arguments_))
        , input(std::move(input_))
        , environment(std::move(environment_))
        , wrapper(std::move(wrapper_))
        , boundMs(boundMs_)
    {
    }

    QStringList arguments;
    QByteArray input;
    QStringList environment;  // NAME=value, added or replacing
    QStringList wrapper;      // a program to run it under (/usr/bin/time …), if any
    int boundMs = WaitMs;
    QString stdoutFile;       // where stdout goes instead of the test (/dev/full), if anywhere

    struct Result
    {
        int exitCode = -1; // -1 when it did not exit normally
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        bool finished = false;
        QByteArray out;
        QByteArray err;
        // "exit N; stdout: …; stderr: …", for failure messages.
        QByteArray describe() const;
    };

    static QString program();
    Result run() const;
    // Starts it and returns without waiting (for tests that run copies side by side).
    void start(QProcess &process) const;
    // Waits (bounded) for a process start() began and collects what it printed.
    Result finish(QProcess &process) const;
};

} // namespace onboard::test
