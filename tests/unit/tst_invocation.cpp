// Invocation::parse: commands, flags, which options each command takes, value forms, exec's
// "--", --help/--version, and the --config merge (the command line wins).
#include "Invocation.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;

namespace {
const QString Key = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString OtherKey = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString Token = QStringLiteral("ATTA") + QString(64, QLatin1Char('b')) + QStringLiteral("0A1B2C3D");

QStringList args(const char *text)
{
    QStringList list;
    for (const QString &part : QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        list.append(part);
    return list;
}

Error parse(const QStringList &arguments, Invocation *out = nullptr)
{
    Invocation local;
    return Invocation::parse(arguments, out ? out : &local);
}

QString headerValue(const Invocation &inv, const QByteArray &name)
{
    for (const CustomHeader &h : inv.setup.endpoint.headers) {
        if (h.name().compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(h.value());
    }
    return {};
}
} // namespace

class TestInvocation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString config(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("config-%1.conf").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write a config file");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void noArguments()
    {
        Invocation inv;
        QVERIFY(!parse({}, &inv));
        QCOMPARE(inv.kind, Invocation::Kind::Run);
        QCOMPARE(inv.command, QString());
        QVERIFY(!inv.demo && !inv.json && !inv.yes && !inv.firstRun && !inv.closeWhenDone);
        QVERIFY(inv.setup.given.isEmpty());
        QVERIFY(Invocation::isWindowCommand(inv.command));
    }

    void commandsWithTheirOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString k = QStringLiteral(" --key ") + Key;
        const auto row = [](const QString &name, const QString &line) {
            QTest::newRow(qPrintable(name)) << QString(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        row(QStringLiteral("none, setup options"), QStringLiteral("--scope read,write --expiration never --first-run --close-when-done --json") + k);
        row(QStringLiteral("none, demo"), QStringLiteral("--demo"));
        row(QStringLiteral("setup"), QStringLiteral("setup --app-name X --api-host https://a.example.com/1 --authorize-url https://a.example.com/1/authorize "
                                                    "--return-url http://localhost:1/cb --header X-A:b --credentials-in header --first-run --close-when-done --json --demo") + k);
        row(QStringLiteral("manage"), QStringLiteral("manage"));
        row(QStringLiteral("manage demo"), QStringLiteral("manage --demo"));
        row(QStringLiteral("rotate"), QStringLiteral("rotate --account alice --scope read --close-when-done --json --demo"));
        row(QStringLiteral("status"), QStringLiteral("status --json --account alice --demo"));
        row(QStringLiteral("token"), QStringLiteral("token --account alice"));
        row(QStringLiteral("token alone"), QStringLiteral("token"));
        row(QStringLiteral("exec"), QStringLiteral("exec --account alice -- env"));
        row(QStringLiteral("import"), QStringLiteral("import --json --expiration 1day --scope read") + k);
        row(QStringLiteral("revoke"), QStringLiteral("revoke --account alice --yes --json"));
        row(QStringLiteral("forget"), QStringLiteral("forget --account alice --json --demo"));
        row(QStringLiteral("options before command"), QStringLiteral("--demo --account alice status"));
    }

    void commandsWithTheirOptions()
    {
        QFETCH(QStringList, arguments);
        Invocation inv;
        const Error e = parse(arguments, &inv);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(inv.kind, Invocation::Kind::Run);
    }

    void fieldsAreFilled()
    {
        Invocation inv;
        Error e = parse(args("setup --demo --json --first-run --close-when-done --scope write,read --expiration 1hour "
                             "--app-name Tool --header X-A:1 --header X-B:2 --credentials-in header --key ")
                            + QStringList{Key},
                        &inv);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(inv.command, QStringLiteral("setup"));
        QVERIFY(inv.demo && inv.json && inv.firstRun && inv.closeWhenDone && !inv.yes);
        QCOMPARE(inv.setup.request.apiKey, Key);
        QCOMPARE(inv.setup.request.scopes, (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(inv.setup.request.expiration, QStringLiteral("1hour"));
        QCOMPARE(inv.setup.request.appName, QStringLiteral("Tool"));
        QCOMPARE(inv.setup.endpoint.headers.size(), 2);
        QCOMPARE(inv.setup.endpoint.credentialsIn, ApiEndpoint::CredentialsIn::Header);
        QCOMPARE(inv.setup.given, (QSet<QString>{QStringLiteral("key"), QStringLiteral("scope"), QStringLiteral("expiration"),
                                                 QStringLiteral("app-name"), QStringLiteral("header"), QStringLiteral("credentials-in")}));

        Invocation revoke;
        QVERIFY(!parse(args("revoke --yes --account bob"), &revoke));
        QCOMPARE(revoke.command, QStringLiteral("revoke"));
        QVERIFY(revoke.yes);
        QCOMPARE(revoke.account, QStringLiteral("bob"));
        QVERIFY(!Invocation::isWindowCommand(revoke.command));
        for (const char *window : {"setup", "manage", "rotate"})
            QVERIFY(Invocation::isWindowCommand(QLatin1String(window)));
        for (const char *script : {"status", "token", "exec", "import", "revoke", "forget"})
            QVERIFY(!Invocation::isWindowCommand(QLatin1String(script)));
    }

    void optionsThatDoNotApply_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("key to token") << (args("token --key") << Key) << "--key does not apply to token";
        QTest::newRow("scope to status") << args("status --scope read") << "--scope does not apply to status";
        QTest::newRow("config to exec") << args("exec --config /x.conf -- env") << "--config does not apply to exec";
        QTest::newRow("header to forget") << args("forget --header X-A:b") << "--header does not apply to forget";
        QTest::newRow("account to setup") << args("setup --account alice") << "--account does not apply to setup";
        QTest::newRow("account to none") << args("--account alice") << "--account does not apply to trello-onboard";
        QTest::newRow("account to import") << (args("import --account alice --key") << Key) << "--account does not apply to import";
        QTest::newRow("json to token") << args("token --json") << "--json does not apply to token";
        QTest::newRow("json to exec") << args("exec --json -- env") << "--json does not apply to exec";
        QTest::newRow("json to manage") << args("manage --json") << "--json does not apply to manage";
        QTest::newRow("yes to forget") << args("forget --yes") << "--yes does not apply to forget";
        QTest::newRow("yes to setup") << args("setup --yes") << "--yes does not apply to setup";
        QTest::newRow("first-run to rotate") << args("rotate --first-run") << "--first-run does not apply to rotate";
        QTest::newRow("first-run to import") << (args("import --first-run --key") << Key) << "--first-run does not apply to import";
        QTest::newRow("close-when-done to status") << args("status --close-when-done") << "--close-when-done does not apply to status";
        QTest::newRow("account to manage") << args("manage --account alice") << "--account does not apply to manage";
    }

    void optionsThatDoNotApply()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Error e = parse(arguments);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << args("status --bogus") << "--bogus";
        QTest::newRow("unknown option with value") << args("status --bogus=1") << "--bogus";
        QTest::newRow("unknown short option") << args("status -x") << "-x";
        QTest::newRow("unknown command") << args("stats") << "stats";
        QTest::newRow("empty command") << QStringList{QString()} << "command";
        QTest::newRow("two commands") << args("status token") << "token";
        QTest::newRow("missing value at end") << args("status --account") << "--account needs a value";
        QTest::newRow("missing value before option") << args("token --account --json") << "--account needs a value";
        QTest::newRow("missing value before --") << args("exec --account -- env") << "--account needs a value";
        QTest::newRow("empty account") << args("token --account=") << "--account needs a value";
        QTest::newRow("empty config") << args("setup --config=") << "--config needs a value";
        QTest::newRow("missing key value") << args("setup --key") << "--key needs a value";
        QTest::newRow("flag with value") << args("status --json=yes") << "--json takes no value";
        QTest::newRow("demo with value") << args("--demo=1") << "--demo takes no value";
        QTest::newRow("bad key") << args("setup --key 1234") << "";
        QTest::newRow("empty key") << args("setup --key=") << "";
        QTest::newRow("bad scope") << args("setup --scope admin") << "admin";
        QTest::newRow("bad expiration") << args("setup --expiration 2days") << "2days";
        QTest::newRow("bad header") << args("setup --header X-A") << "";
        QTest::newRow("http api host") << args("setup --api-host http://api.trello.com/1") << "";
        QTest::newRow("bad credentials-in") << args("setup --credentials-in body") << "";
        QTest::newRow("missing ca-file") << args("setup --ca-file /nonexistent.pem") << "/nonexistent.pem";
        QTest::newRow("-- with status") << args("status -- env") << "exec";
        QTest::newRow("-- with no command") << args("-- env") << "exec";
        QTest::newRow("exec without --") << args("exec env") << "";
        QTest::newRow("exec with nothing") << args("exec") << "exec needs a command";
        QTest::newRow("exec with empty --") << args("exec --") << "exec needs a command";
        QTest::newRow("import without key") << args("import") << "import needs --key";
        QTest::newRow("import with json only") << args("import --json") << "import needs --key";
        QTest::newRow("missing config") << args("setup --config /nonexistent/x.conf") << "/nonexistent/x.conf";
    }

    void badCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        Invocation inv;
        inv.command = QStringLiteral("untouched");
        const Error e = parse(arguments, &inv);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY(!e.message().isEmpty());
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
        QCOMPARE(inv.command, QStringLiteral("untouched")); // nothing half-filled
    }

    void valueForms()
    {
        Invocation a;
        Invocation b;
        QVERIFY(!parse(QStringList{QStringLiteral("setup"), QStringLiteral("--key=") + Key, QStringLiteral("--scope=read,write"),
                                   QStringLiteral("--header=X-A: x=y")},
                       &a));
        QVERIFY(!parse(QStringList{QStringLiteral("setup"), QStringLiteral("--key"), Key, QStringLiteral("--scope"),
                                   QStringLiteral("read,write"), QStringLiteral("--header"), QStringLiteral("X-A: x=y")},
                       &b));
        QCOMPARE(a.setup.request.apiKey, Key);
        QCOMPARE(a.setup.request.apiKey, b.setup.request.apiKey);
        QCOMPARE(a.setup.request.scopes, b.setup.request.scopes);
        QCOMPARE(a.setup.endpoint.headers, b.setup.endpoint.headers);
        QCOMPARE(headerValue(a, "X-A"), QStringLiteral("x=y"));
        // The = form may carry a value that starts with dashes.
        Invocation c;
        QVERIFY(!parse(args("token --account=--odd"), &c));
        QCOMPARE(c.account, QStringLiteral("--odd"));
        // A value with spaces stays one value.
        Invocation d;
        QVERIFY(!parse(QStringList{QStringLiteral("setup"), QStringLiteral("--app-name"), QStringLiteral("My Team Tool")}, &d));
        QCOMPARE(d.setup.request.appName, QStringLiteral("My Team Tool"));
        // A single-value option given twice is an error naming it (the second would silently
        // replace the first); headers accumulate.
        Invocation e;
        const Error twice = parse(args("setup --scope read --scope write --header X-A:1 --header X-B:2"), &e);
        QCOMPARE(twice.kind(), ErrorKind::BadInput);
        QVERIFY2(twice.message().contains(QStringLiteral("--scope")), qPrintable(twice.message()));
        for (const char *line : {"token --account a --account=b", "setup --config a.conf --config b.conf",
                                 "import --key 0123456789abcdef0123456789abcdef --key=0123456789abcdef0123456789abcdef"}) {
            const Error again = parse(args(line), &e);
            QVERIFY2(again.kind() == ErrorKind::BadInput && again.message().contains(QStringLiteral("twice")), line);
        }
        QVERIFY(!parse(args("setup --scope write --header X-A:1 --header X-B:2"), &e));
        QCOMPARE(e.setup.request.scopes, QStringList{QStringLiteral("write")});
        QCOMPARE(e.setup.endpoint.headers.size(), 2);
    }

    void execCommand()
    {
        Invocation inv;
        const QStringList command{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $TRELLO_KEY"),
                                  QStringLiteral("--key"), Key, QStringLiteral("--help"), QStringLiteral("--"),
                                  QStringLiteral("--version"), QStringLiteral("-h"), QString(), QStringLiteral("exec")};
        Error e = parse(QStringList{QStringLiteral("exec"), QStringLiteral("--account"), QStringLiteral("alice"), QStringLiteral("--")} + command, &inv);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(inv.kind, Invocation::Kind::Run);
        QCOMPARE(inv.command, QStringLiteral("exec"));
        QCOMPARE(inv.account, QStringLiteral("alice"));
        QCOMPARE(inv.execCommand, command);
        QVERIFY(inv.setup.given.isEmpty());

        Invocation demo;
        QVERIFY(!parse(args("--demo exec -- env"), &demo));
        QVERIFY(demo.demo);
        QCOMPARE(demo.execCommand, QStringList{QStringLiteral("env")});

        // The command may itself be named like an option.
        Invocation odd;
        QVERIFY(!parse(args("exec -- --key"), &odd));
        QCOMPARE(odd.execCommand, QStringList{QStringLiteral("--key")});
    }

    void helpAndVersionAnywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("kind");
        const int help = int(Invocation::Kind::Help);
        const int version = int(Invocation::Kind::Version);
        QTest::newRow("--help") << args("--help") << help;
        QTest::newRow("-h") << args("-h") << help;
        QTest::newRow("--version") << args("--version") << version;
        QTest::newRow("-v") << args("-v") << version;
        QTest::newRow("after command") << args("status --help") << help;
        QTest::newRow("after options") << args("token --account alice --version") << version;
        QTest::newRow("with an option that does not apply") << args("token --json --help") << help;
        QTest::newRow("import without key") << args("import --help") << help;
        QTest::newRow("exec without command") << args("exec --help") << help;
        QTest::newRow("before command") << args("--help revoke") << help;
        QTest::newRow("with a bad value") << args("setup --scope admin --help") << help;
        QTest::newRow("with missing config") << args("setup --config /nonexistent.conf --version") << version;
    }

    void helpAndVersionAnywhere()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, kind);
        Invocation inv;
        const Error e = parse(arguments, &inv);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(int(inv.kind), kind);
    }

    void helpAfterDashDashBelongsToTheCommand()
    {
        Invocation inv;
        QVERIFY(!parse(args("exec -- tool --help"), &inv));
        QCOMPARE(inv.kind, Invocation::Kind::Run);
        QCOMPARE(inv.execCommand, (QStringList{QStringLiteral("tool"), QStringLiteral("--help")}));
    }

    void helpAndVersionTexts()
    {
        QVERIFY(Invocation::versionText().startsWith(QStringLiteral("trello-onboard ")));
        QVERIFY(Invocation::versionText().endsWith(QLatin1Char('\n')));
        const QString help = Invocation::helpText();
        for (const char *word : {"setup", "manage", "rotate", "status", "token", "exec", "import", "revoke", "forget", "--key",
                                 "--app-name", "--scope", "--expiration", "--api-host", "--authorize-url", "--return-url",
                                 "--header", "--credentials-in", "--ca-file", "--config", "--first-run", "--close-when-done",
                                 "--json", "--yes", "--demo", "--account", "64"})
            QVERIFY2(help.contains(QLatin1String(word)), word);
    }

    void configValuesAreUsed()
    {
        const QString path = config("key = 0123456789abcdef0123456789abcdef\n"
                                    "scope = read,write\n"
                                    "expiration = never\n"
                                    "api-host = https://proxy.example.com/1\n"
                                    "credentials-in = header\n"
                                    "[headers]\n"
                                    "X-Team = blue\n");
        Invocation inv;
        const Error e = parse(QStringList{QStringLiteral("setup"), QStringLiteral("--config"), path}, &inv);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(inv.configFile, path);
        QCOMPARE(inv.setup.request.apiKey, Key);
        QCOMPARE(inv.setup.request.scopes, (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(inv.setup.request.expiration, QStringLiteral("never"));
        QCOMPARE(inv.setup.endpoint.apiHost, QUrl(QStringLiteral("https://proxy.example.com/1")));
        QCOMPARE(inv.setup.endpoint.credentialsIn, ApiEndpoint::CredentialsIn::Header);
        QCOMPARE(headerValue(inv, "X-Team"), QStringLiteral("blue"));
        QVERIFY(inv.setup.isGiven(QStringLiteral("key")));
        QVERIFY(inv.setup.isGiven(QStringLiteral("header")));
        QVERIFY(!inv.setup.isGiven(QStringLiteral("app-name")));

        // import's key may come from the config.
        Invocation import;
        const Error ie = parse(QStringList{QStringLiteral("import"), QStringLiteral("--config=") + path}, &import);
        QVERIFY2(!ie, qPrintable(ie.message()));
        QCOMPARE(import.setup.request.apiKey, Key);
    }

    void browserSignInNeedsAReturnUrlItCanListenOn()
    {
        // The windows refuse it before they open; import never signs in, so it is not its concern.
        const QString path = config("sign-in = browser\nreturn-url = https://example.com/cb\n");
        for (const char *command : {"setup", "rotate"}) {
            const Error e = parse(QStringList{QString::fromLatin1(command), QStringLiteral("--config"), path});
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("http://localhost")), qPrintable(e.message()));
        }
        const Error import = parse(QStringList{QStringLiteral("import"), QStringLiteral("--key"), Key,
                                               QStringLiteral("--config"), path});
        QVERIFY2(!import, qPrintable(import.message()));
        const Error fine = parse(QStringList{QStringLiteral("setup"), QStringLiteral("--sign-in"), QStringLiteral("browser"),
                                             QStringLiteral("--return-url"), QStringLiteral("http://127.0.0.1:18000/cb")});
        QVERIFY2(!fine, qPrintable(fine.message()));
    }

    void commandLineWins()
    {
        const QString path = config("key = 0123456789abcdef0123456789abcdef\n"
                                    "scope = read,write\n"
                                    "app-name = From Config\n"
                                    "[headers]\n"
                                    "X-Team = blue\n"
                                    "X-Keep = kept\n");
        Invocation inv;
        // Before or after --config makes no difference.
        for (const bool configFirst : {true, false}) {
            QStringList arguments{QStringLiteral("setup"), QStringLiteral("--key"), OtherKey, QStringLiteral("--scope"),
                                  QStringLiteral("account"), QStringLiteral("--header"), QStringLiteral("x-team: red")};
            if (configFirst)
                arguments = QStringList{QStringLiteral("--config"), path} + arguments;
            else
                arguments << QStringLiteral("--config") << path;
            const Error e = parse(arguments, &inv);
            QVERIFY2(!e, qPrintable(e.message()));
            QCOMPARE(inv.setup.request.apiKey, OtherKey);
            QCOMPARE(inv.setup.request.scopes, QStringList{QStringLiteral("account")});
            QCOMPARE(inv.setup.request.appName, QStringLiteral("From Config"));
            // The command line's header replaces the config's of the same name (any case); others stay.
            QCOMPARE(inv.setup.endpoint.headers.size(), 2);
            QCOMPARE(headerValue(inv, "X-Team"), QStringLiteral("red"));
            QCOMPARE(headerValue(inv, "X-Keep"), QStringLiteral("kept"));
        }
    }

    void commandLineOverridesABadConfigValue()
    {
        // The command line wins even over a value the config gets wrong.
        const QString path = config("scope = everything\n");
        Invocation inv;
        const Error e = parse(QStringList{QStringLiteral("setup"), QStringLiteral("--config"), path, QStringLiteral("--scope"), QStringLiteral("read")}, &inv);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(inv.setup.request.scopes, QStringList{QStringLiteral("read")});
    }

    void badConfig_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad value") << QByteArray("scope = everything\n") << "everything";
        QTest::newRow("bad key value") << QByteArray("key = 1234\n") << "";
        QTest::newRow("http api host") << QByteArray("api-host = http://api.trello.com/1\n") << "";
        QTest::newRow("bad header") << QByteArray("[headers]\nX Team = blue\n") << "";
        QTest::newRow("header injection") << QByteArray("[headers]\nX-Team = blue\rX-Evil: 1\n") << "";
        QTest::newRow("unknown key") << QByteArray("\nscoep = read\n") << "line 2";
        QTest::newRow("binary") << QByteArray("scope\0", 6) << "binary";
    }

    void badConfig()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const QString path = config(text);
        Invocation inv;
        const Error e = parse(QStringList{QStringLiteral("setup"), QStringLiteral("--config"), path}, &inv);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
    }

    void tokensAreNotEchoed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("as command") << QStringList{Token};
        QTest::newRow("as extra argument") << QStringList{QStringLiteral("import"), QStringLiteral("--key"), Key, Token};
        QTest::newRow("legacy as extra argument") << QStringList{QStringLiteral("status"), QString(64, QLatin1Char('c'))};
        QTest::newRow("as option") << QStringList{QStringLiteral("--") + Token};
        QTest::newRow("as key") << QStringList{QStringLiteral("import"), QStringLiteral("--key"), Token};
        QTest::newRow("as api host") << QStringList{QStringLiteral("setup"), QStringLiteral("--api-host"), Token};
    }

    void tokensAreNotEchoed()
    {
        // A token pasted on the command line (import reads it from stdin) is not repeated back.
        QFETCH(QStringList, arguments);
        const Error e = parse(arguments);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(!e.message().contains(QStringLiteral("bbbbbbbbbbbbbbbb")), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QStringLiteral("cccccccccccccccc")), qPrintable(e.message()));
    }
};

QTEST_GUILESS_MAIN(TestInvocation)
#include "tst_invocation.moc"
