#include "common/SafeFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using onboard::ErrorKind;
using onboard::SafeFile;

// SafeFile: whole-or-nothing writes, checked to the end, and reads that never block. The full
// disk is a real 16 KiB tmpfs (root only: CI runs as root; e2e_storagefaults has the commands).
class TestSafeFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
    }
    static int mode(const QString &path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
    }
    QStringList leftovers() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("*.??????")}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void writeThenRead()
    {
        const SafeFile file(path(QStringLiteral("a/b/settings.json")), QStringLiteral("The settings file"));
        QVERIFY(!file.write("hello\n"));
        QByteArray bytes;
        bool exists = false;
        QVERIFY(!file.read(1024, &bytes, &exists));
        QVERIFY(exists);
        QCOMPARE(bytes, QByteArray("hello\n"));
        QCOMPARE(mode(file.path()), 0600);
        QCOMPARE(mode(path(QStringLiteral("a/b"))), 0700);
        QVERIFY(!file.write("again\n"));
        QCOMPARE(contents(file.path()), QByteArray("again\n"));
        QVERIFY(QDir(path(QStringLiteral("a/b"))).entryList(QDir::Files).size() == 1);
    }

    void missingIsNotAnError()
    {
        QByteArray bytes("x");
        bool exists = true;
        QVERIFY(!SafeFile(path(QStringLiteral("none")), QStringLiteral("The file")).read(10, &bytes, &exists));
        QVERIFY(!exists);
        QVERIFY(bytes.isEmpty());
        QVERIFY(!SafeFile(path(QStringLiteral("none")), QStringLiteral("The file")).remove());
    }

    void notARegularFileIsRefusedWithoutBlocking()
    {
        const QString fifo = path(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QElapsedTimer timer;
        timer.start();
        QByteArray bytes;
        const onboard::Error e = SafeFile(fifo, QStringLiteral("The config file")).read(1024, &bytes);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(QStringLiteral("not a regular file")), qPrintable(e.message()));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(SafeFile(m_dir.path(), QStringLiteral("The config file")).read(1024, &bytes).kind(), ErrorKind::BadInput);
        QCOMPARE(SafeFile(QStringLiteral("/dev/zero"), QStringLiteral("The config file")).read(1024, &bytes).kind(),
                 ErrorKind::BadInput);
        // Writing over something that is not a file is refused too.
        QCOMPARE(SafeFile(fifo, QStringLiteral("The settings file")).write("x").kind(), ErrorKind::BadInput);
    }

    void tooLargeIsRefused()
    {
        const SafeFile file(path(QStringLiteral("big")), QStringLiteral("The settings file"));
        QVERIFY(!file.write(QByteArray(2048, 'a')));
        QByteArray bytes;
        const onboard::Error e = file.read(1024, &bytes);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY(e.message().contains(QStringLiteral("1 KiB")));
        QVERIFY(bytes.isEmpty());
    }

    void readOnlyFileIsNotReplaced()
    {
        const SafeFile file(path(QStringLiteral("ro.json")), QStringLiteral("The settings file"));
        QVERIFY(!file.write("kept\n"));
        QVERIFY(QFile::setPermissions(file.path(), QFile::ReadOwner));
        const onboard::Error e = file.write("replaced\n");
        QCOMPARE(e.kind(), ErrorKind::LocalStore);
        QCOMPARE(e.exitCode(), 3);
        QVERIFY2(e.message().contains(QStringLiteral("read-only")), qPrintable(e.message()));
        QCOMPARE(contents(file.path()), QByteArray("kept\n"));
        QVERIFY(QFile::setPermissions(file.path(), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(leftovers().isEmpty());
    }

    void linkIsWrittenThroughAndKept()
    {
        const QString real = path(QStringLiteral("real.json"));
        const QString link = path(QStringLiteral("link.json"));
        QVERIFY(!SafeFile(real, QStringLiteral("The file")).write("one"));
        QVERIFY(QFile::link(real, link));
        QVERIFY(!SafeFile(link, QStringLiteral("The file")).write("two"));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(contents(real), QByteArray("two"));
    }

    void fullDiskLeavesThePreviousFile()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        const QString disk = path(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=16k"), QStringLiteral("tmpfs"), disk});
        QVERIFY(mount.waitForFinished(10000) && mount.exitCode() == 0);
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {disk}); });

        const SafeFile file(disk + QStringLiteral("/settings.json"), QStringLiteral("The settings file"));
        const QByteArray before(3000, 'b');
        QVERIFY(!file.write(before));
        // A new version larger than the room that is left.
        const onboard::Error e = file.write(QByteArray(20000, 'n'));
        QCOMPARE(e.kind(), ErrorKind::LocalStore);
        QVERIFY2(e.message().contains(QStringLiteral("disk is full")), qPrintable(e.message()));
        QCOMPARE(contents(file.path()), before);
        QCOMPARE(QDir(disk).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("settings.json")});
        QVERIFY(SafeFile::folderProblem(disk).isEmpty() || SafeFile::folderProblem(disk).contains(QStringLiteral("full")));
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
