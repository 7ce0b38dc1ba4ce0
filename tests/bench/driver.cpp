// The stop-watch of tests/bench/run.sh for the window cases: starts a program, watches what it
// prints (stdout and stderr), and prints one line "MS PEAK_KIB PSS_KIB" on its own stdout:
//   MS        milliseconds from the start to the end condition
//   PEAK_KIB  the largest resident size of a process it waited for (getrusage, RUSAGE_CHILDREN)
//   PSS_KIB   the proportional set size summed over the program and all its descendants (the
//             web engine's processes), taken when --pss-on-line matched (0 without it)
//
//   bench-driver [OPTIONS] -- PROGRAM [ARGS...]
//     --until-line TEXT     stop at the first output line containing TEXT (the program is then
//                           terminated); without it: stop when the program exits
//     --click-on-line TEXT  when a line contains TEXT, click the element --click-id of the page
//                           whose URL contains --click-url, through Chromium's DevTools endpoint
//                           on 127.0.0.1:--devtools-port (QTWEBENGINE_REMOTE_DEBUGGING of the
//                           program, set by the caller)
//     --pss-on-line TEXT    when a line contains TEXT, wait --settle-ms, sum the PSS of the
//                           process tree, then stop
//     --pss-after-ms N      sum the PSS of the process tree N ms after the start, then stop
//     --timeout-ms N        give up after N ms (default 60000): exit 1
// A bench tool, not a test: it asserts nothing about the numbers.
#include "DevToolsClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <sys/resource.h>

namespace {



bool clickThroughDevTools(quint16 port, const QString &urlPart, const QString &id)
{
    return onboard::test::DevToolsClient(port)
        .evaluateIn(urlPart, QStringLiteral("document.getElementById('%1') ? (document.getElementById('%1').click(), 'clicked') : 'wait'")
                                 .arg(id))
        .contains("clicked");
}

qint64 pssKib(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// The PSS of `root` and all its descendants.
qint64 treePssKib(qint64 root)
{
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        children.insert(fields.value(1).toLongLong(), pid);
    }
    qint64 sum = 0;
    QList<qint64> todo{root};
    while (!todo.isEmpty()) {
        const qint64 pid = todo.takeLast();
        sum += pssKib(pid);
        todo += children.values(pid);
    }
    return sum;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const int separator = args.indexOf(QStringLiteral("--"));
    if (separator < 0 || separator + 1 >= args.size()) {
        std::fputs("usage: bench-driver [OPTIONS] -- PROGRAM [ARGS...]\n", stderr);
        return 64;
    }
    const QStringList command = args.mid(separator + 1);
    args = args.mid(0, separator);
    auto value = [&args](const char *name) {
        const int at = args.indexOf(QLatin1String(name));
        return at < 0 ? QString() : args.value(at + 1);
    };
    const QString untilLine = value("--until-line");
    const QString clickOnLine = value("--click-on-line");
    const QString clickUrl = value("--click-url");
    const QString clickId = value("--click-id");
    const quint16 devToolsPort = quint16(value("--devtools-port").toUInt());
    const QString pssOnLine = value("--pss-on-line");
    const int settleMs = value("--settle-ms").toInt();
    const int pssAfterMs = value("--pss-after-ms").toInt();
    const int timeoutMs = value("--timeout-ms").isEmpty() ? 60000 : value("--timeout-ms").toInt();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    qint64 elapsed = -1;
    qint64 pss = 0;
    bool clicked = false;
    QByteArray pending;

    auto stop = [&] {
        if (elapsed < 0)
            elapsed = clock.elapsed();
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished(5000);
            }
        }
        QCoreApplication::exit(0);
    };
    auto takePss = [&](int afterMs) {
        QTimer::singleShot(afterMs, &app, [&] {
            if (elapsed >= 0)
                return;
            elapsed = clock.elapsed();
            pss = treePssKib(process.processId());
            stop();
        });
    };

    QObject::connect(&process, &QProcess::readyRead, &app, [&] {
        pending += process.readAll();
        int end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            if (qEnvironmentVariableIsSet("BENCH_DRIVER_ECHO"))
                std::fprintf(stderr, "[%lld] %s\n", clock.elapsed(), qPrintable(line));
            if (elapsed >= 0)
                continue;
            if (!untilLine.isEmpty() && line.contains(untilLine)) {
                elapsed = clock.elapsed();
                stop();
                return;
            }
            if (!clickOnLine.isEmpty() && !clicked && line.contains(clickOnLine)) {
                for (int attempt = 0; attempt < 50 && !clicked; ++attempt) {
                    clicked = clickThroughDevTools(devToolsPort, clickUrl, clickId);
                    if (!clicked)
                        QThread::msleep(20);
                }
                if (qEnvironmentVariableIsSet("BENCH_DRIVER_ECHO"))
                    std::fprintf(stderr, "[%lld] bench-driver: %s\n", clock.elapsed(), clicked ? "clicked" : "could not click");
            }
            if (!pssOnLine.isEmpty() && line.contains(pssOnLine))
                takePss(settleMs);
        }
    });
    QObject::connect(&process, &QProcess::finished, &app, [&] {
        if (elapsed < 0)
            elapsed = clock.elapsed();
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(timeoutMs, &app, [&] {
        std::fprintf(stderr, "bench-driver: timed out: %s\n", qPrintable(command.join(QLatin1Char(' '))));
        elapsed = -2;
        stop();
    });

    clock.start();
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "bench-driver: cannot start %s\n", qPrintable(command.first()));
        return 1;
    }
    if (pssAfterMs > 0)
        takePss(pssAfterMs);
    app.exec();
    if (process.state() != QProcess::NotRunning)
        stop();
    if (elapsed == -2)
        return 1;
    struct rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("%lld %ld %lld\n", elapsed, usage.ru_maxrss, pss);
    return 0;
}
