#include "Invocation.h"
#include "setup/SetupSources.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;

namespace {
const QString KeyA = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString KeyB = QStringLiteral("fedcba9876543210fedcba9876543210");
} // namespace

// Managed defaults: the administrator's config, the person's own, --config and the command line,
// weakest first, and the options the administrator locks.
class TestSetupSources : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        file.write(text);
        return path;
    }

    SetupSources::Layer layer(const QString &path, bool system)
    {
        SetupSources::Layer l;
        const Error e = SetupSources::readConfig(path, system, &l);
        if (e)
            qFatal("%s", qPrintable(e.message()));
        return l;
    }

private Q_SLOTS:
    void laterSourcesWinUnlockedOptions()
    {
        SetupSources sources;
        sources.add(layer(write(QStringLiteral("system.conf"), "key = " + KeyA.toLatin1() + "\nscope = read\napp-name = Corp App\n"), true));
        sources.add(layer(write(QStringLiteral("user.conf"), "scope = read,write\n"), false));
        sources.add({QString(), {{QStringLiteral("expiration"), QStringLiteral("never")}}, {}});
        SetupOptions options;
        const Error e = sources.resolve(&options);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(options.request.apiKey, KeyA);
        QCOMPARE(options.request.appName, QStringLiteral("Corp App"));
        QCOMPARE(options.request.scopes, (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(options.request.expiration, QStringLiteral("never"));
        QVERIFY(options.isGiven(QStringLiteral("key")));
        QVERIFY(options.locked.isEmpty());
    }

    void lockedOptionsCannotBeChanged_data()
    {
        QTest::addColumn<bool>("byCommandLine");
        QTest::newRow("by the command line") << true;
        QTest::newRow("by the user's config") << false;
    }

    void lockedOptionsCannotBeChanged()
    {
        QFETCH(bool, byCommandLine);
        const QString system = write(QStringLiteral("locked.conf"),
                                     "key = " + KeyA.toLatin1() + "\napi-host = https://proxy.corp.example/trello/1\nlocked = key, api-host\n");
        SetupSources sources;
        sources.add(layer(system, true));
        if (byCommandLine)
            sources.add({QString(), {{QStringLiteral("api-host"), QStringLiteral("https://elsewhere.example/1")}}, {}});
        else
            sources.add(layer(write(QStringLiteral("mine.conf"), "key = " + KeyB.toLatin1() + "\n"), false));
        SetupOptions options;
        const Error e = sources.resolve(&options);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(QStringLiteral("locked")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(system), qPrintable(e.message()));
    }

    void lockedOptionsAreReportedForTheWizard()
    {
        SetupSources sources;
        sources.add(layer(write(QStringLiteral("l2.conf"), "key = " + KeyA.toLatin1() + "\nlocked = key\n"), true));
        sources.add({QString(), {{QStringLiteral("scope"), QStringLiteral("read,write")}}, {}});
        SetupOptions options;
        QVERIFY(!sources.resolve(&options));
        QVERIFY(options.isLocked(QStringLiteral("key")));
        QVERIFY(!options.isLocked(QStringLiteral("scope")));
        QCOMPARE(options.request.apiKey, KeyA);
    }

    void headersMergeByName()
    {
        SetupSources sources;
        sources.add(layer(write(QStringLiteral("h.conf"), "[headers]\nX-Team = ops\nX-Proxy-Route = a\n"), true));
        sources.add({QString(), {{QStringLiteral("header"), QStringLiteral("x-proxy-route: b")}, {QStringLiteral("header"), QStringLiteral("X-Extra: 1")}}, {}});
        SetupOptions options;
        QVERIFY(!sources.resolve(&options));
        QStringList lines;
        for (const CustomHeader &h : options.endpoint.headers)
            lines.append(h.toLine());
        QCOMPARE(lines, (QStringList{QStringLiteral("X-Team: ops"), QStringLiteral("x-proxy-route: b"), QStringLiteral("X-Extra: 1")}));
    }

    void lockedHeadersCannotBeAdded()
    {
        SetupSources sources;
        sources.add(layer(write(QStringLiteral("hl.conf"), "locked = header\n[headers]\nX-Team = ops\n"), true));
        sources.add({QString(), {{QStringLiteral("header"), QStringLiteral("X-Other: 1")}}, {}});
        SetupOptions options;
        QCOMPARE(sources.resolve(&options).kind(), ErrorKind::BadInput);
    }

    void onlyTheSystemConfigMayLock()
    {
        SetupSources::Layer l;
        const Error e = SetupSources::readConfig(write(QStringLiteral("u.conf"), "locked = key\n"), false, &l);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        const Error unknown = SetupSources::readConfig(write(QStringLiteral("s.conf"), "locked = key, colour\n"), true, &l);
        QCOMPARE(unknown.kind(), ErrorKind::BadInput);
        QVERIFY(unknown.message().contains(QStringLiteral("colour")));
    }

    void badValueInTheSystemConfigNamesTheFile()
    {
        const QString system = write(QStringLiteral("bad.conf"), "api-host = http://proxy.corp.example/1\n");
        SetupSources sources;
        sources.add(layer(system, true));
        SetupOptions options;
        const Error e = sources.resolve(&options);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY(e.message().contains(system));
    }

    void theAdministratorSetsOAuthAndExpiryWarnings()
    {
        // An OAuth 2.0 client for everyone, and the daily check on and locked.
        const QString system = write(QStringLiteral("oauth-system.conf"),
                                     "client-id = abcDEF0123456789abcdef0123456789\n"
                                     "oauth-scope = read:member:trello offline_access\n"
                                     "expiry-warnings = on\nlocked = client-id, expiry-warnings\n");
        SetupSources sources;
        sources.add(layer(system, true));
        SetupOptions options;
        Error e = sources.resolve(&options);
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(options.isOAuth());
        QVERIFY(options.expiryWarnings);
        QVERIFY(options.isLocked(QStringLiteral("expiry-warnings")));

        SetupSources overridden;
        overridden.add(layer(system, true));
        overridden.add(layer(write(QStringLiteral("oauth-user.conf"), "expiry-warnings = off\n"), false));
        e = overridden.resolve(&options);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(QLatin1String("locked")) && e.message().contains(system), qPrintable(e.message()));
    }

    void invocationReadsTheSystemAndUserConfigs()
    {
        write(QStringLiteral("xdg/trello-onboard/trello-onboard.conf"), "key = " + KeyA.toLatin1() + "\nlocked = key\nscope = read\n");
        qputenv("XDG_CONFIG_DIRS", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
        const QString user = SetupSources::userConfigPath();
        QDir().mkpath(QFileInfo(user).path());
        {
            QFile file(user);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("scope = read,write\n");
        }
        Invocation invocation;
        Error e = Invocation::parse({QStringLiteral("setup")}, &invocation);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(invocation.setup.request.apiKey, KeyA);
        QCOMPARE(invocation.setup.request.scopes, (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
        QVERIFY(invocation.setup.isLocked(QStringLiteral("key")));

        e = Invocation::parse({QStringLiteral("import"), QStringLiteral("--key"), KeyB}, &invocation);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY(e.message().contains(QStringLiteral("locked")));

        // manage takes no setup options, but its windows follow the configs and their locks.
        Invocation manage;
        e = Invocation::parse({QStringLiteral("manage")}, &manage);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(manage.setup.request.apiKey, KeyA);
        QVERIFY(manage.setup.isLocked(QStringLiteral("key")));

        // Commands without setup options do not read the configs at all.
        QVERIFY(!Invocation::parse({QStringLiteral("token")}, &invocation));
        QFile::remove(user);
        qunsetenv("XDG_CONFIG_DIRS");
    }
};

QTEST_GUILESS_MAIN(TestSetupSources)
#include "tst_setupsources.moc"
