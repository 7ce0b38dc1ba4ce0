#include "StandardStreams.h"

#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace onboard {

namespace {
bool stdoutWasClosed = false;

bool writeAll(int fd, const char *data, qint64 size, int *error)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = n < 0 ? errno : EIO;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}
} // namespace

void StandardStreams::guard()
{
    // A reader that went away (`trello-onboard token | true`) is then an EPIPE that writeOut()
    // reports, exit 74, instead of a death by signal that a script cannot tell from a crash.
    ::signal(SIGPIPE, SIG_IGN);
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        if (fd == 1)
            stdoutWasClosed = true;
        // open() takes the lowest free descriptor: this one.
        const int opened = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (opened >= 0 && opened != fd)
            ::close(opened);
    }
}

Error StandardStreams::writeOut(const QByteArray &bytes)
{
    int error = EBADF;
    if (!stdoutWasClosed && writeAll(STDOUT_FILENO, bytes.constData(), bytes.size(), &error))
        return {};
    QString why;
    switch (error) {
    case EBADF:
        why = tr("standard output is closed");
        break;
    case ENOSPC:
    case EDQUOT:
        why = tr("the disk is full");
        break;
    case EPIPE:
        why = tr("the program reading it has gone");
        break;
    default:
        why = QString::fromLocal8Bit(std::strerror(error));
    }
    return {ErrorKind::Output, tr("The output could not be written: %1.").arg(why)};
}

void StandardStreams::say(const QString &line)
{
    const QByteArray bytes = "trello-onboard: " + line.toLocal8Bit() + '\n';
    int ignored = 0;
    writeAll(STDERR_FILENO, bytes.constData(), bytes.size(), &ignored);
}

} // namespace onboard
