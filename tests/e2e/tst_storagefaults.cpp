#include "RunKeychainJob.h"
#include "ProgramRun.h"
#include "SandboxServer.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using onboard::KeychainJob;
using onboard::sandbox::SandboxServer;
using onboard::test::ProgramRun;
using Result = ProgramRun::Result;

// The local store and standard output under real faults, as a careless or hostile environment
// makes them: the settings folder on a tmpfs filled to its last pages, a read-only folder and a
// read-only settings file, stdout on /dev/full or closed, a FIFO named as config or CA file,
// options given twice. After each, the settings file still parses and names every account it
// named, and every stored token still prints once the fault is gone. Mounting a tmpfs needs root
// (CI runs as root); without it those cases are skipped, saying so.
class TestStorageFaults : public QObject
{
    Q_OBJECT

    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    QString m_configHome; // XDG_CONFIG_HOME of the runs: on the tmpfs when there is one
    bool m_mounted = false;
    QStringList m_tokens;
    QList<QByteArray> m_outputs;

    QString settingsFolder() const { return m_configHome + QStringLiteral("/trello-onboard"); }
    QString settingsPath() const { return settingsFolder() + QStringLiteral("/accounts.json"); }
    QString accountId(int member) const
    {
        return SandboxServer::demoKey() + QLatin1Char(':') + SandboxServer::members().at(member).id;
    }
    QString issue(int member)
    {
        const QString token = m_sandbox.issueToken(member, {QStringLiteral("read")}, QStringLiteral("never"));
        m_tokens.append(token);
        return token;
    }

    Result run(const QStringList &arguments, const QByteArray &input = {}, const QString &stdoutFile = {},
               const QStringList &wrapper = {})
    {
        ProgramRun program{arguments, input, {QStringLiteral("XDG_CONFIG_HOME=") + m_configHome}, wrapper};
        program.stdoutFile = stdoutFile;
        const Result result = program.run();
        if (arguments.value(0) != QLatin1String("token"))
            m_outputs.append(result.out);
        m_outputs.append(result.err);
        return result;
    }
    Result import(const QString &token, const QStringList &extra = {})
    {
        return run(QStringList{QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey(),
                               QStringLiteral("--api-host"), m_sandbox.apiRoot().toString()}
                       + extra,
                   token.toLatin1() + '\n');
    }

    // The account ids the settings file names; fails the test when it does not parse.
    QStringList recordedIds() const
    {
        QFile file(settingsPath());
        if (!file.exists())
            return {};
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("<unreadable>")};
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.object().value(QStringLiteral("accounts")).isArray())
            return {QStringLiteral("<not a settings file>")};
        QStringList ids;
        for (const QJsonValue account : document.object().value(QStringLiteral("accounts")).toArray())
            ids.append(account.toObject().value(QStringLiteral("id")).toString());
        ids.sort();
        return ids;
    }

    static bool sh(const QString &command)
    {
        QProcess process;
        process.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        return process.waitForFinished(onboard::test::WaitMs) && process.exitStatus() == QProcess::NormalExit
               && process.exitCode() == 0;
    }

    // A fresh 64 KiB tmpfs as the config home.
    bool mountSmallDisk()
    {
        m_configHome = m_dir.filePath(QStringLiteral("disk"));
        QDir().mkpath(m_configHome);
        m_mounted = sh(QStringLiteral("mount -t tmpfs -o size=64k,mode=0700 tmpfs '%1'").arg(m_configHome));
        return m_mounted;
    }
    void unmount()
    {
        if (m_mounted)
            sh(QStringLiteral("umount '%1'").arg(m_configHome));
        m_mounted = false;
    }
    // Fills the disk, then gives back `freeBytes` (whole pages).
    bool fillLeaving(qint64 freeBytes)
    {
        const QByteArray path = QFile::encodeName(m_configHome + QStringLiteral("/filler"));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0)
            return false;
        const QByteArray page(4096, 'x');
        qint64 written = 0;
        for (;;) {
            const ssize_t n = ::write(fd, page.constData(), size_t(page.size()));
            if (n <= 0)
                break;
            written += n;
        }
        const bool ok = errno == ENOSPC && ::ftruncate(fd, qMax<qint64>(0, written - freeBytes)) == 0;
        ::close(fd);
        return ok;
    }
    void makeRoom() { QFile::remove(m_configHome + QStringLiteral("/filler")); }

    // Every recorded account's token prints, and is the token it was stored with.
    void everyRecordedTokenPrints(const QHash<QString, QString> &tokenOf)
    {
        for (const QString &id : recordedIds()) {
            const Result r = run({QStringLiteral("token"), QStringLiteral("--account"), id});
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            QCOMPARE(r.out, tokenOf.value(id).toLatin1() + '\n');
        }
    }

    // No keychain entry of the demo key that no account names.
    void noOrphanedToken(int member)
    {
        const auto answer = onboard::test::runKeychainJob(KeychainJob::Operation::Read,
                                                          KeychainJob::serviceName(false), accountId(member));
        if (!recordedIds().contains(accountId(member)))
            QVERIFY2(answer.error.kind() == onboard::ErrorKind::NoAccount,
                     qPrintable(QStringLiteral("a token without an account: ") + answer.error.message()));
    }

    void forgetEverything()
    {
        for (const QString &id : recordedIds())
            run({QStringLiteral("forget"), QStringLiteral("--account"), id});
        for (int member = 0; member < 2; ++member)
            onboard::test::runKeychainJob(KeychainJob::Operation::Remove, KeychainJob::serviceName(false),
                                          accountId(member));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(ProgramRun::program()));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.listen());
    }

    void init()
    {
        m_configHome = m_dir.filePath(QStringLiteral("config"));
        QDir().mkpath(m_configHome);
    }

    void cleanup()
    {
        forgetEverything();
        unmount();
        sh(QStringLiteral("chmod -R u+w '%1'").arg(m_dir.path()));
    }

    void fullDiskLosesNothing_data()
    {
        QTest::addColumn<int>("freeKib");
        for (int kib : {0, 4, 8, 12, 16, 24})
            QTest::newRow(qPrintable(QStringLiteral("%1 KiB free").arg(kib))) << kib;
    }

    void fullDiskLosesNothing()
    {
        QFETCH(int, freeKib);
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root); the read-only and output cases run without");
        QVERIFY2(mountSmallDisk(), "mount -t tmpfs failed");
        QHash<QString, QString> tokenOf;
        const QString first = issue(0);
        tokenOf.insert(accountId(0), first);
        QCOMPARE(import(first).exitCode, 0);
        QVERIFY(fillLeaving(qint64(freeKib) * 1024));
        const QByteArray before = [this] {
            QFile f(settingsPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        // status reports the tokens and exits by their state; a failed record is one line.
        const Result status = run({QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        QVERIFY2(status.out.contains("OK"), status.describe().constData());
        QVERIFY2(status.err.count('\n') <= 1, status.describe().constData());
        if (!status.err.isEmpty())
            QVERIFY2(status.err.contains("disk is full"), status.describe().constData());
        QCOMPARE(recordedIds(), QStringList{accountId(0)});

        // A second account: stored, or exit 3 saying the disk is full; never "another process".
        const QString second = issue(1);
        const Result added = import(second);
        QVERIFY2(added.exitCode == 0 || added.exitCode == 3, added.describe().constData());
        if (added.exitCode == 3) {
            QVERIFY2(added.err.contains("disk is full"), added.describe().constData());
            QVERIFY2(!added.err.contains("nother"), added.describe().constData());
            QCOMPARE(recordedIds(), QStringList{accountId(0)});
        } else {
            tokenOf.insert(accountId(1), second);
            QCOMPARE(recordedIds(), (QStringList{accountId(0), accountId(1)}));
        }
        noOrphanedToken(1);
        if (freeKib == 0) {
            QCOMPARE(added.exitCode, 3);
            QFile f(settingsPath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }

        // Forgetting on a full disk: done; or exit 3 with the token still there; or exit 3 saying
        // that the token is gone and the record goes at the next run (which the status below does).
        const Result forgot = run({QStringLiteral("forget"), QStringLiteral("--account"), accountId(0)});
        QVERIFY2(forgot.exitCode == 0 || forgot.exitCode == 3, forgot.describe().constData());
        bool forgotten = forgot.exitCode == 0;
        if (forgot.exitCode == 3) {
            QVERIFY2(recordedIds().contains(accountId(0)), forgot.describe().constData());
            forgotten = forgot.err.contains("removed the next time");
            QVERIFY2(forgotten || forgot.err.contains("disk is full"), forgot.describe().constData());
        }

        // No empty or stray files block or confuse the next start.
        for (const QFileInfo &file : QDir(settingsFolder()).entryInfoList(QDir::Files | QDir::Hidden))
            QVERIFY2(file.size() > 0 || file.fileName().endsWith(QLatin1String(".lock")), qPrintable(file.fileName()));

        makeRoom();
        // The first run completes what was interrupted; from then on all is quiet.
        const Result recovered = run({QStringLiteral("status")});
        QVERIFY2(recovered.exitCode == 0 || (forgotten && tokenOf.size() == 1 && recovered.exitCode == 5), recovered.describe().constData());
        QCOMPARE(recordedIds().contains(accountId(0)), !forgotten);
        everyRecordedTokenPrints(tokenOf);
        if (!recordedIds().isEmpty()) {
            const Result after = run({QStringLiteral("status")});
            QVERIFY2(after.exitCode == 0, after.describe().constData());
            QVERIFY2(after.err.isEmpty(), after.describe().constData());
        }
        noOrphanedToken(0);
        noOrphanedToken(1);
    }

    void readOnlyFolderLosesNothing()
    {
        const QString token = issue(0);
        QCOMPARE(import(token).exitCode, 0);
        // As root a mode does not stop a write: a read-only bind mount of the folder does.
        const bool root = ::geteuid() == 0;
        if (root)
            QVERIFY(sh(QStringLiteral("mount --bind '%1' '%1' && mount -o remount,bind,ro '%1'").arg(settingsFolder())));
        else
            QVERIFY(QFile::setPermissions(settingsFolder(), QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard([&] {
            if (root)
                sh(QStringLiteral("umount '%1'").arg(settingsFolder()));
            else
                QFile::setPermissions(settingsFolder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });

        const Result status = run({QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0 && status.out.contains("OK"), status.describe().constData());
        QCOMPARE(status.err.count('\n'), 1);
        QVERIFY2(status.err.contains("read-only"), status.describe().constData());

        const Result added = import(issue(1));
        QVERIFY2(added.exitCode == 3, added.describe().constData());
        QVERIFY2(added.err.contains("read-only"), added.describe().constData());
        const Result forgot = run({QStringLiteral("forget")});
        QVERIFY2(forgot.exitCode == 3, forgot.describe().constData());
        const Result printed = run({QStringLiteral("token")});
        QCOMPARE(printed.out, token.toLatin1() + '\n');
        QCOMPARE(recordedIds(), QStringList{accountId(0)});
        noOrphanedToken(1);
    }

    void readOnlySettingsFileIsNotChanged()
    {
        const QString token = issue(0);
        QCOMPARE(import(token).exitCode, 0);
        QVERIFY(QFile::setPermissions(settingsPath(), QFile::ReadOwner));
        const Result added = import(issue(1));
        QVERIFY2(added.exitCode == 3, added.describe().constData());
        QVERIFY2(added.err.contains("read-only"), added.describe().constData());
        QCOMPARE(recordedIds(), QStringList{accountId(0)});
        noOrphanedToken(1);
        const Result status = run({QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0 && status.err.count('\n') == 1, status.describe().constData());
        QVERIFY(QFile::setPermissions(settingsPath(), QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(run({QStringLiteral("token")}).out, token.toLatin1() + '\n');
    }

    void outputThatCannotBeWrittenIsExit74()
    {
        QCOMPARE(import(issue(0)).exitCode, 0);
        const Result full = run({QStringLiteral("token")}, {}, QStringLiteral("/dev/full"));
        QVERIFY2(full.exitCode == 74, full.describe().constData());
        QVERIFY2(full.err.contains("disk is full"), full.describe().constData());
        const Result json = run({QStringLiteral("status"), QStringLiteral("--json")}, {}, QStringLiteral("/dev/full"));
        QVERIFY2(json.exitCode == 74, json.describe().constData());
        const Result version = run({QStringLiteral("--version")}, {}, QStringLiteral("/dev/full"));
        QVERIFY2(version.exitCode == 74, version.describe().constData());
        // stdout closed: nothing the program opens later may take its place.
        const QStringList closed{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exec \"$@\" >&-"), QStringLiteral("sh")};
        const Result shut = run({QStringLiteral("token")}, {}, {}, closed);
        QVERIFY2(shut.exitCode == 74, shut.describe().constData());
        QVERIFY2(shut.err.contains("closed"), shut.describe().constData());
        const Result statusShut = run({QStringLiteral("status")}, {}, {}, closed);
        QVERIFY2(statusShut.exitCode == 74, statusShut.describe().constData());
        // The reader went away before anything was written: EPIPE, not a death by SIGPIPE (141).
        const QStringList gone{QStringLiteral("bash"), QStringLiteral("-c"),
                               QStringLiteral("exec > >(exit 0); sleep 0.3; exec \"$@\""), QStringLiteral("bash")};
        const Result piped = run({QStringLiteral("token")}, {}, {}, gone);
        QVERIFY2(piped.exitCode == 74, piped.describe().constData());
        QVERIFY2(piped.err.contains("has gone"), piped.describe().constData());
        // The command exec runs gets SIGPIPE back as a shell would give it.
        const Result exec = run({QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("grep SigIgn /proc/self/status")});
        QVERIFY2(exec.exitCode == 0, exec.describe().constData());
        const qulonglong ignored = exec.out.trimmed().split('\t').value(1).toULongLong(nullptr, 16);
        QVERIFY2(!(ignored & (1ULL << (SIGPIPE - 1))), exec.describe().constData());
        QCOMPARE(recordedIds(), QStringList{accountId(0)});
    }

    void fifoIsRefusedWithoutBlocking()
    {
        const QByteArray fifo = QFile::encodeName(m_dir.filePath(QStringLiteral("fifo")));
        QVERIFY(::mkfifo(fifo.constData(), 0600) == 0 || errno == EEXIST);
        QElapsedTimer timer;
        timer.start();
        const Result config = import(issue(0), {QStringLiteral("--config"), QFile::decodeName(fifo)});
        QVERIFY2(config.exitCode == 64 && config.err.contains("regular file"), config.describe().constData());
        const Result ca = import(issue(0), {QStringLiteral("--ca-file"), QFile::decodeName(fifo)});
        QVERIFY2(ca.exitCode == 64, ca.describe().constData());
        QVERIFY2(timer.elapsed() < 5000, "a FIFO blocked the program");
        QCOMPARE(recordedIds(), QStringList());
    }

    void singleValueOptionGivenTwiceIsAnError()
    {
        const QString token = issue(0);
        const Result twice = import(token, {QStringLiteral("--api-host"), QStringLiteral("https://api.trello.com/1")});
        QVERIFY2(twice.exitCode == 64 && twice.err.contains("--api-host"), twice.describe().constData());
        const Result keys = run({QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey(),
                                 QStringLiteral("--key=") + SandboxServer::demoKey()},
                                token.toLatin1() + '\n');
        QVERIFY2(keys.exitCode == 64 && keys.err.contains("--key"), keys.describe().constData());
        // --header is repeatable.
        const Result headers = import(token, {QStringLiteral("--header"), QStringLiteral("X-A: 1"),
                                              QStringLiteral("--header"), QStringLiteral("X-B: 2")});
        QVERIFY2(headers.exitCode == 0, headers.describe().constData());
        // An upper-case key is the same key: one account.
        const Result upper = run({QStringLiteral("import"), QStringLiteral("--key"), SandboxServer::demoKey().toUpper(),
                                  QStringLiteral("--api-host"), m_sandbox.apiRoot().toString()},
                                 token.toLatin1() + '\n');
        QVERIFY2(upper.exitCode == 0, upper.describe().constData());
        QCOMPARE(recordedIds(), QStringList{accountId(0)});
    }

    void noTokenLeaked()
    {
        for (const QString &token : std::as_const(m_tokens)) {
            const QStringList files = onboard::test::filesContaining(onboard::test::sessionRoot(), token.toLatin1());
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
            for (const QByteArray &output : std::as_const(m_outputs))
                QVERIFY(!output.contains(token.toLatin1()));
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
