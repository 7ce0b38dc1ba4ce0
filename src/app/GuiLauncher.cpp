#include "GuiLauncher.h"

#include "StandardStreams.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstdio>
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

void GuiLauncher::handOver(const QString &resumeOption, const QJsonObject &state, const QStringList &flags)
{
    closeOwnDescriptorsOnExec();
    int ends[2] = {-1, -1};
    const QByteArray bytes = QJsonDocument(state).toJson(QJsonDocument::Compact);
    // A pipe holds 64 KiB before a write would wait for a reader: the state is a few hundred bytes.
    if (bytes.size() >= 60 * 1024 || ::pipe(ends) != 0)
        return;
    const bool written = ::write(ends[1], bytes.constData(), size_t(bytes.size())) == bytes.size();
    ::close(ends[1]);
    if (!written) {
        ::close(ends[0]);
        return;
    }
    const QString program = QCoreApplication::applicationFilePath();
    std::fflush(stdout);
    std::fflush(stderr);
    replaceWith(program, QStringList{program, resumeOption, QString::number(ends[0])} + flags);
    ::close(ends[0]);
}

bool GuiLauncher::handedOver(const QStringList &arguments, const QString &resumeOption, QJsonObject *state)
{
    if (arguments.value(1) != resumeOption)
        return false;
    bool ok = false;
    const int fd = arguments.value(2).toInt(&ok);
    if (!ok || fd <= 2)
        return false;
    QByteArray bytes;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || bytes.size() > 64 * 1024)
            break;
        bytes.append(buffer, n);
    }
    ::close(fd);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    *state = document.object();
    return document.isObject();
}

} // namespace onboard
