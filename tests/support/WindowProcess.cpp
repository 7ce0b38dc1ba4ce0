#include "WindowProcess.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

namespace onboard::test::WindowProcess {

QByteArray procFile(qint64 pid, const char *what)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(what)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList descendantsRunning(qint64 pid, const QByteArray &needle)
{
    QHash<qint64, qint64> parentOf;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        parentOf.insert(entry.toLongLong(), fields.value(1).toLongLong());
    }
    QStringList found;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        qint64 ancestor = it.value();
        while (ancestor > 1 && ancestor != pid)
            ancestor = parentOf.value(ancestor, 0);
        if (ancestor == pid && procFile(it.key(), "cmdline").contains(needle))
            found << QString::number(it.key());
    }
    return found;
}

Ended pressReturnUntilItExits(QProcess &process)
{
    // Tried until the window is there to take it.
    QElapsedTimer pressing;
    pressing.start();
    while (process.state() == QProcess::Running && pressing.elapsed() < WaitMs) {
        QProcess windows;
        windows.start(QStringLiteral("xdotool"),
                      {QStringLiteral("search"), QStringLiteral("--pid"), QString::number(process.processId())});
        windows.waitForFinished(WaitMs);
        for (const QByteArray &window : windows.readAllStandardOutput().split('\n')) {
            if (window.trimmed().isEmpty())
                continue;
            QProcess key;
            key.start(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("--window"),
                                                  QString::fromLatin1(window.trimmed()), QStringLiteral("Return")});
            key.waitForFinished(WaitMs);
        }
        process.waitForFinished(500);
    }
    if (process.state() != QProcess::NotRunning)
        process.waitForFinished(WaitMs);
    Ended ended;
    ended.normalExit = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit;
    ended.exitCode = process.exitCode();
    ended.out = process.readAllStandardOutput();
    ended.err = process.readAllStandardError();
    return ended;
}

} // namespace onboard::test::WindowProcess
