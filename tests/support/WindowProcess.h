#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace onboard::test {

// Helpers for a window program run as a process (under Xvfb): what /proc says of it, and a key
// press into its windows from outside, as a person would.
namespace WindowProcess {

// /proc/PID/<what> ("cmdline", "environ"); empty when it cannot be read.
QByteArray procFile(qint64 pid, const char *what);
// Living processes below `pid` whose command line contains `needle` (zombies have none).
QStringList descendantsRunning(qint64 pid, const QByteArray &needle);
struct Ended
{
    bool normalExit = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // The lines of stdout, for "one outcome" checks.
    QList<QByteArray> outLines() const { return out.trimmed().split('\n'); }
};
// Presses Return in every window of `process` (xdotool) until it exits, bounded by WaitMs, and
// says how it ended and what it printed.
Ended pressReturnUntilItExits(QProcess &process);

} // namespace WindowProcess

} // namespace onboard::test
