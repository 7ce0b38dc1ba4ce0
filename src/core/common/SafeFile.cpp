#include "common/SafeFile.h"

#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace onboard {

namespace {

// Closes a descriptor when it goes out of scope.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
    int release()
    {
        const int taken = fd;
        fd = -1;
        return taken;
    }
};

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

// Reads up to `limit` bytes from the current position; false with errno set on failure.
bool readUpTo(int fd, qint64 limit, QByteArray *out)
{
    out->clear();
    char buffer[16 * 1024];
    while (out->size() < limit) {
        const ssize_t n = ::read(fd, buffer, size_t(qMin<qint64>(sizeof buffer, limit - out->size())));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            break;
        out->append(buffer, n);
    }
    return true;
}

// Makes a rename or removal in `folder` last across a power cut. Not every file system can sync
// a folder; that is no reason to fail a write that has already taken effect.
void syncFolder(const QString &folder)
{
    Descriptor dir{::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dir.fd >= 0 && ::fsync(dir.fd) != 0 && errno != EINVAL)
        qCInfo(lcStore) << "could not sync the settings folder:" << std::strerror(errno);
}

} // namespace

SafeFile::SafeFile(QString path, QString what)
    : m_path(std::move(path))
    , m_what(std::move(what))
{
}

QString SafeFile::reason(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EROFS:
        return tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return tr("the folder is read-only or not yours");
    case EIO:
        return tr("the disk reported an input/output error");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

QString SafeFile::folderProblem(const QString &folder)
{
    struct statvfs fs = {};
    const QByteArray native = QFile::encodeName(folder);
    if (::statvfs(native.constData(), &fs) == 0) {
        if (fs.f_flag & ST_RDONLY)
            return reason(EROFS);
        if (fs.f_bavail == 0 || fs.f_favail == 0)
            return reason(ENOSPC);
    }
    if (::access(native.constData(), W_OK) != 0)
        return reason(errno == ENOENT ? ENOENT : EACCES);
    return {};
}

Error SafeFile::failure(Doing doing, int errorNumber) const
{
    const QString why = reason(errorNumber);
    QString fix;
    if (errorNumber == ENOSPC || errorNumber == EDQUOT)
        fix = tr("Free some space on the disk and try again.");
    else if (errorNumber == EROFS || errorNumber == EACCES || errorNumber == EPERM)
        fix = tr("Make the folder %1 writable and try again.").arg(QFileInfo(m_path).absolutePath());
    switch (doing) {
    case Doing::Read:
        return {ErrorKind::LocalStore, tr("%1 %2 could not be read: %3.").arg(m_what, m_path, why)};
    case Doing::Write:
        return {ErrorKind::LocalStore,
                tr("%1 %2 could not be written: %3. It was left as it was. %4").arg(m_what, m_path, why, fix).trimmed()};
    case Doing::Remove:
        break;
    }
    return {ErrorKind::LocalStore, tr("%1 %2 could not be removed: %3. %4").arg(m_what, m_path, why, fix).trimmed()};
}

Error SafeFile::read(qint64 maxBytes, QByteArray *bytes, bool *exists) const
{
    bytes->clear();
    if (exists)
        *exists = true;
    const QByteArray native = QFile::encodeName(m_path);
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
    Descriptor file{::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0) {
        const int error = errno;
        struct stat link = {};
        if (error == ENOENT && ::lstat(native.constData(), &link) != 0) {
            if (exists)
                *exists = false;
            return {};
        }
        if (error == ENOENT)
            return {ErrorKind::BadInput, tr("%1 %2 is a link to nothing.").arg(m_what, m_path)};
        if (error == ENXIO) // a FIFO or socket without a writer
            return {ErrorKind::BadInput, tr("%1 %2 is not a regular file.").arg(m_what, m_path)};
        return failure(Doing::Read, error);
    }
    struct stat info = {};
    if (::fstat(file.fd, &info) != 0)
        return failure(Doing::Read, errno);
    if (!S_ISREG(info.st_mode))
        return {ErrorKind::BadInput, tr("%1 %2 is not a regular file.").arg(m_what, m_path)};
    const Error tooLarge{ErrorKind::BadInput, tr("%1 %2 is larger than %3 KiB, which no file of this kind is.")
                                                  .arg(m_what, m_path)
                                                  .arg(maxBytes / 1024)};
    if (info.st_size > maxBytes)
        return tooLarge;
    if (!readUpTo(file.fd, maxBytes + 1, bytes))
        return failure(Doing::Read, errno);
    if (bytes->size() > maxBytes) { // it grew while being read
        bytes->clear();
        return tooLarge;
    }
    return {};
}

Error SafeFile::makePrivateFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return {};
    // The folders above ours are the person's (~/.config): made as usual. Ours is private.
    if (!info.dir().mkpath(QStringLiteral(".")) && !info.dir().exists()) {
        const QString why = folderProblem(info.dir().absolutePath());
        return {ErrorKind::LocalStore, tr("The folder %1 could not be created: %2.")
                                           .arg(info.dir().absolutePath(), why.isEmpty() ? reason(EACCES) : why)};
    }
    if (::mkdir(QFile::encodeName(info.absoluteFilePath()).constData(), 0700) != 0 && errno != EEXIST)
        return {ErrorKind::LocalStore, tr("The folder %1 could not be created: %2.").arg(folder, reason(errno))};
    if (!QFileInfo(folder).isDir())
        return {ErrorKind::LocalStore, tr("%1 is in the way of the settings folder: it is not a folder.").arg(folder)};
    return {};
}

Error SafeFile::write(const QByteArray &bytes) const
{
    const QFileInfo target(m_path);
    if (Error e = makePrivateFolder(target.absolutePath()))
        return e;
    // Write where a link points, as an editor would, and keep the link.
    const QString path = target.isSymLink() && target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    const QByteArray native = QFile::encodeName(path);
    struct stat existing = {};
    if (::stat(native.constData(), &existing) == 0) {
        if (!S_ISREG(existing.st_mode))
            return {ErrorKind::BadInput, tr("%1 %2 is not a regular file.").arg(m_what, m_path)};
        // A person who made the file read-only meant it, also when the program runs as root.
        if (!(existing.st_mode & S_IWUSR))
            return {ErrorKind::LocalStore, tr("%1 %2 is read-only, so it was not changed. Make it writable and try "
                                              "again.")
                                               .arg(m_what, m_path)};
    }

    QByteArray temporary = native + ".XXXXXX";
    Descriptor file{::mkostemp(temporary.data(), O_CLOEXEC)}; // mode 0600
    if (file.fd < 0)
        return failure(Doing::Write, errno);
    const auto abandon = [&](int error) {
        ::close(file.release());
        ::unlink(temporary.constData());
        return failure(Doing::Write, error);
    };
    if (!writeAll(file.fd, bytes.constData(), bytes.size()))
        return abandon(errno);
    if (::fsync(file.fd) != 0)
        return abandon(errno);
    // What the disk gives back is what the next start will read: compare before it counts.
    QByteArray back;
    if (::lseek(file.fd, 0, SEEK_SET) != 0 || !readUpTo(file.fd, bytes.size() + 1, &back))
        return abandon(errno);
    if (back != bytes)
        return abandon(EIO);
    if (::close(file.release()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return failure(Doing::Write, error);
    }
    if (::rename(temporary.constData(), native.constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return failure(Doing::Write, error);
    }
    syncFolder(QFileInfo(path).absolutePath());
    return {};
}

Error SafeFile::remove() const
{
    if (::unlink(QFile::encodeName(m_path).constData()) != 0) {
        if (errno == ENOENT)
            return {};
        return failure(Doing::Remove, errno);
    }
    syncFolder(QFileInfo(m_path).absolutePath());
    return {};
}

} // namespace onboard
