#include "GuiLauncher.h"

#include "StandardStreams.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace onboard {

QString GuiLauncher::guiExecutable()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList candidates{here.filePath(QStringLiteral("trello-onboard-gui")),
                                 here.filePath(QStringLiteral("../" TRELLO_ONBOARD_LIBEXEC_SUBDIR "/trello-onboard-gui"))};
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

int GuiLauncher::replaceWith(const QStringList &arguments)
{
    const QString program = guiExecutable();
    if (program.isEmpty()) {
        StandardStreams::say(QStringLiteral("the window part (trello-onboard-gui) is not installed next to this program."));
        return 64;
    }
    return replaceWith(program, arguments);
}

namespace {
QList<int> openDescriptors()
{
    QList<int> result;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QString &entry : descriptors.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int fd = entry.toInt(&ok);
        if (ok && fd > 2)
            result.append(fd);
    }
    return result;
}

QList<int> &inherited()
{
    static QList<int> descriptors;
    return descriptors;
}
} // namespace

void GuiLauncher::rememberInheritedDescriptors()
{
    inherited() = openDescriptors();
}

void GuiLauncher::closeOwnDescriptorsOnExec()
{
    // What this process opened itself (the web engine's sockets to its helper processes, the
    // display and bus connections) does not cross into the new image, so those helpers end;
    // what a launcher handed down on purpose (a status pipe, say) stays open.
    const QList<int> keep = inherited();
    for (const int fd : openDescriptors()) {
        if (!keep.contains(fd))
            ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC);
    }
}

int GuiLauncher::replaceWith(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (int i = 1; i < arguments.size(); ++i)
        storage.push_back(arguments.at(i).toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    const QString why = QString::fromLocal8Bit(std::strerror(errno));
    StandardStreams::say(QStringLiteral("could not start %1: %2").arg(QString::fromLocal8Bit(argv[0]), why));
    return 64;
}

} // namespace onboard
