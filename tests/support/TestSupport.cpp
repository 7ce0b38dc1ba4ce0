#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>

namespace onboard::test {

QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Sockets and FIFOs (a test may make one) hold no file content, and reading one blocks.
        if (!it.fileInfo().isFile())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (file.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

QString sessionRoot()
{
    return qEnvironmentVariable("TRELLO_TEST_SESSION_ROOT");
}

} // namespace onboard::test
