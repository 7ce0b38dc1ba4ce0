// ConfigFile: the strict INI reader of --config files. Good files are read in order; every kind
// of bad file is ErrorKind::BadInput naming the file (and the line, where there is one); random
// bytes never crash it.
#include "setup/ConfigFile.h"
#include "setup/SetupOptions.h"
#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;

namespace {
const QString Name = QStringLiteral("/etc/example.conf");
const QString Key = QStringLiteral("0123456789abcdef0123456789abcdef");
} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsEveryKnownKey()
    {
        const QByteArray text = "# trello-onboard config\n"
                                "; another comment\n"
                                "\n"
                                "key = 0123456789abcdef0123456789abcdef\n"
                                "app-name = My Tool\n"
                                "scope=read,write\n"
                                "  expiration   =   never  \n"
                                "api-host = https://proxy.example.com/trello/1\n"
                                "authorize-url = https://trello.com/1/authorize\n"
                                "return-url = http://localhost:9999/cb\n"
                                "credentials-in = header\n"
                                "ca-file = /etc/ssl/corp.pem\n"
                                "[headers]\n"
                                "X-Request-Id = abc123\n"
                                "X-Team = a=b c\n";
        ConfigFile config;
        const Error e = config.parse(text, Name);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(config.settings().size(), 9);
        QCOMPARE(config.settings().first(), (QPair<QString, QString>(QStringLiteral("key"), Key)));
        QCOMPARE(config.value(QStringLiteral("app-name")), QStringLiteral("My Tool"));
        QCOMPARE(config.value(QStringLiteral("scope")), QStringLiteral("read,write"));
        QCOMPARE(config.value(QStringLiteral("expiration")), QStringLiteral("never"));
        QCOMPARE(config.value(QStringLiteral("credentials-in")), QStringLiteral("header"));
        QCOMPARE(config.value(QStringLiteral("ca-file")), QStringLiteral("/etc/ssl/corp.pem"));
        QVERIFY(config.contains(QStringLiteral("api-host")));
        QVERIFY(!config.contains(QStringLiteral("header")));
        QCOMPARE(config.value(QStringLiteral("nothing")), QString());
        QCOMPARE(config.headerLines(), (QStringList{QStringLiteral("X-Request-Id: abc123"), QStringLiteral("X-Team: a=b c")}));
        // In file order, as the file lists them.
        QStringList order;
        for (const auto &entry : config.settings())
            order.append(entry.first);
        QCOMPARE(order, (QStringList{QStringLiteral("key"), QStringLiteral("app-name"), QStringLiteral("scope"),
                                     QStringLiteral("expiration"), QStringLiteral("api-host"), QStringLiteral("authorize-url"),
                                     QStringLiteral("return-url"), QStringLiteral("credentials-in"), QStringLiteral("ca-file")}));
    }

    void sectionsAndLineEndings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only comments") << QByteArray("# a\n;b\n   # c\n\n\n");
        QTest::newRow("CRLF") << QByteArray("key = 0123456789abcdef0123456789abcdef\r\nscope = read\r\n[headers]\r\nX-A = b\r\n");
        QTest::newRow("no final newline") << QByteArray("key = 0123456789abcdef0123456789abcdef\nscope = read\n[headers]\nX-A = b");
        QTest::newRow("[trello-onboard]") << QByteArray("[trello-onboard]\nkey = 0123456789abcdef0123456789abcdef\nscope = read\n[headers]\nX-A = b\n");
        QTest::newRow("[General]") << QByteArray("[General]\nkey = 0123456789abcdef0123456789abcdef\n[headers]\nX-A = b\n[General]\nscope = read\n");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBFkey = 0123456789abcdef0123456789abcdef\nscope = read\n[headers]\nX-A = b\n");
        QTest::newRow("tabs") << QByteArray("\tkey\t=\t0123456789abcdef0123456789abcdef\t\n");
    }

    void sectionsAndLineEndings()
    {
        QFETCH(QByteArray, text);
        ConfigFile config;
        const Error e = config.parse(text, Name);
        QVERIFY2(!e, qPrintable(e.message()));
        for (const auto &entry : config.settings()) {
            QVERIFY2(!entry.second.contains(QLatin1Char('\r')), qPrintable(entry.second));
            QVERIFY(ConfigFile::knownKeys().contains(entry.first));
        }
        if (text.contains("key"))
            QCOMPARE(config.value(QStringLiteral("key")), Key);
        if (text.contains("X-A"))
            QCOMPARE(config.headerLines(), QStringList{QStringLiteral("X-A: b")});
    }

    void everySetupOptionButHeaderIsAKey()
    {
        // The keys are the setup options' own names (README: "the same keys work in a config
        // file"), the OAuth 2.0 ones and expiry-warnings included; headers have their section.
        QByteArray text;
        for (const QString &option : SetupOptions::names()) {
            if (option != QLatin1String("header"))
                text += option.toLatin1() + " = x\n";
        }
        ConfigFile config;
        const Error e = config.parse(text, Name);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(config.settings().size(), SetupOptions::names().size() - 1);
        QCOMPARE(config.value(QStringLiteral("client-id")), QStringLiteral("x"));
        QCOMPARE(config.value(QStringLiteral("expiry-warnings")), QStringLiteral("x"));
        QVERIFY(config.parse("header = X-A: b\n", Name));
    }

    void emptyValueIsKept()
    {
        // An empty value is read as given; whether it is acceptable is SetupOptions' call.
        ConfigFile config;
        QVERIFY(!config.parse("app-name =\n", Name));
        QVERIFY(config.contains(QStringLiteral("app-name")));
        QCOMPARE(config.value(QStringLiteral("app-name")), QString());
    }

    void headersMayRepeat()
    {
        ConfigFile config;
        QVERIFY(!config.parse("[headers]\nX-A = 1\nX-A = 2\n", Name));
        QCOMPARE(config.headerLines(), (QStringList{QStringLiteral("X-A: 1"), QStringLiteral("X-A: 2")}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown key") << QByteArray("# c\nscope = read\nkye = 1\n") << 3 << QStringLiteral("kye");
        QTest::newRow("option not a config key") << QByteArray("config = /x\n") << 1 << QStringLiteral("config");
        QTest::newRow("header outside [headers]") << QByteArray("header = X-A: b\n") << 1 << QStringLiteral("header");
        QTest::newRow("key case") << QByteArray("Key = 0123456789abcdef0123456789abcdef\n") << 1 << QStringLiteral("Key");
        QTest::newRow("unknown section") << QByteArray("\n\n[trello]\nkey = 1\n") << 3 << QStringLiteral("[trello]");
        QTest::newRow("section case") << QByteArray("[Headers]\nX-A = b\n") << 1 << QStringLiteral("[Headers]");
        QTest::newRow("unclosed section") << QByteArray("[headers\n") << 1 << QStringLiteral("[headers");
        QTest::newRow("repeated key") << QByteArray("scope = read\nexpiration = never\nscope = read,write\n") << 3 << QStringLiteral("scope");
        QTest::newRow("repeated across sections") << QByteArray("scope = read\n[trello-onboard]\nscope = read\n") << 3 << QStringLiteral("scope");
        QTest::newRow("no equals") << QByteArray("scope = read\nexpiration never\n") << 2 << QStringLiteral("key = value");
        QTest::newRow("no key") << QByteArray("= read\n") << 1 << QStringLiteral("key = value");
        QTest::newRow("header without equals") << QByteArray("[headers]\nX-A: b\n") << 2 << QStringLiteral("key = value");
        QTest::newRow("header without name") << QByteArray("[headers]\n=b\n") << 2 << QStringLiteral("key = value");
        QTest::newRow("CRLF line number") << QByteArray("scope = read\r\n\r\nbogus = 1\r\n") << 3 << QStringLiteral("bogus");
        QTest::newRow("NUL") << QByteArray("scope = read\nkey = 01\0 23\n", 24) << 2 << QStringLiteral("binary");
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << 1 << QStringLiteral("binary");
        QTest::newRow("invalid UTF-8") << QByteArray("scope = read\n\n\napp-name = caf\xe9\n") << 4 << QStringLiteral("UTF-8");
        QTest::newRow("truncated UTF-8 at end") << QByteArray("app-name = \xc3") << 1 << QStringLiteral("UTF-8");
        QTest::newRow("overlong UTF-8") << QByteArray("app-name = \xc0\xaf\n") << 1 << QStringLiteral("UTF-8");
        QTest::newRow("UTF-16") << QByteArray("\xff\xfek\0e\0y\0", 8) << 1 << QStringLiteral("binary");
        // Found by fuzz_configfile: a lone CR stayed inside the value ("scope = dra\r(e").
        QTest::newRow("carriage return inside a line") << QByteArray("scope = read\napp-name = a\rb\n") << 2 << QStringLiteral("control character");
        QTest::newRow("old Mac line ends") << QByteArray("scope = read\rkey = 1\r") << 1 << QStringLiteral("control character");
        QTest::newRow("escape character") << QByteArray("app-name = \x1b[31mred\n") << 1 << QStringLiteral("control character");
        QTest::newRow("byte-order mark inside") << QByteArray("scope = read\n\xEF\xBB\xBFkey = 1\n") << 2 << QStringLiteral("unknown key");
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        ConfigFile config;
        const Error e = config.parse(text, Name);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(Name + QStringLiteral(", line ") + QString::number(line) + QLatin1Char(':')), qPrintable(e.message()));
        QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
    }

    void failedParseForgetsEarlierContent()
    {
        ConfigFile config;
        QVERIFY(!config.parse("scope = read\n[headers]\nX-A = b\n", Name));
        QVERIFY(config.parse("scope = read\nbogus = 1\n", Name));
        QVERIFY(config.settings().size() <= 1);
        QVERIFY(config.headerLines().isEmpty());
        QVERIFY(!config.parse("expiration = never\n", Name));
        QVERIFY(!config.contains(QStringLiteral("scope")));
    }

    void percentInFileNameKeepsLineNumber()
    {
        // The file name goes into the message as text, never as a placeholder.
        ConfigFile config;
        const QString name = QStringLiteral("/tmp/100%1%2.conf");
        const Error e = config.parse("\n\nbogus = 1\n", name);
        QVERIFY2(e.message().startsWith(name + QStringLiteral(", line 3:")), qPrintable(e.message()));
    }

    void readsAFile()
    {
        const QString path = writeFile(QStringLiteral("good.conf"), "scope = read,write\r\n[headers]\r\nX-A = b\r\n");
        ConfigFile config;
        const Error e = config.read(path);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(config.value(QStringLiteral("scope")), QStringLiteral("read,write"));
        QCOMPARE(config.headerLines(), QStringList{QStringLiteral("X-A: b")});

        const QString bad = writeFile(QStringLiteral("bad.conf"), "scope = read\nwhat = 1\n");
        const Error e2 = config.read(bad);
        QCOMPARE(e2.kind(), ErrorKind::BadInput);
        QVERIFY2(e2.message().contains(bad + QStringLiteral(", line 2")), qPrintable(e2.message()));
    }

    void sizeLimit()
    {
        // Exactly 64 KiB of comments is fine; one byte more is refused unparsed.
        QByteArray text = "scope = read\n";
        text += '#';
        text += QByteArray(ConfigFile::MaxFileBytes - text.size() - 1, 'x');
        text += '\n';
        QCOMPARE(text.size(), ConfigFile::MaxFileBytes);
        ConfigFile config;
        const Error fits = config.read(writeFile(QStringLiteral("limit.conf"), text));
        QVERIFY2(!fits, qPrintable(fits.message()));
        text.prepend('\n');
        const QString path = writeFile(QStringLiteral("over.conf"), text);
        const Error e = config.read(path);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(path) && e.message().contains(QStringLiteral("64 KiB")), qPrintable(e.message()));
        const Error huge = config.read(writeFile(QStringLiteral("huge.conf"), QByteArray(4 * 1024 * 1024, '#')));
        QCOMPARE(huge.kind(), ErrorKind::BadInput);
    }

    void missingOrUnreadable()
    {
        ConfigFile config;
        const QString missing = m_dir.filePath(QStringLiteral("no-such.conf"));
        Error e = config.read(missing);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(missing), qPrintable(e.message()));

        // A folder is not a config file (and must not read as an empty one).
        e = config.read(m_dir.path());
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(m_dir.path()), qPrintable(e.message()));

        e = config.read(QString());
        QCOMPARE(e.kind(), ErrorKind::BadInput);

        const QString locked = writeFile(QStringLiteral("locked.conf"), "scope = read\n");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        QFile probe(locked);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that read any file (root)");
        e = config.read(locked);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(locked), qPrintable(e.message()));
    }

    void randomGarbageNeverCrashes()
    {
        QRandomGenerator random(20240601);
        const QByteArray pieces[] = {"key", "=", "\n", "\r\n", "[headers]", "[General]", "[", "]", "#", ";", " ", "\t",
                                     "scope", "read,write", "\xc3\xa9", "\xff", "\0", "X-A", "app-name", "\xEF\xBB\xBF"};
        int accepted = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray bytes;
            const int length = int(random.bounded(200));
            for (int i = 0; i < length; ++i) {
                if (round % 2 == 0)
                    bytes += char(random.bounded(256));
                else
                    bytes += pieces[random.bounded(int(std::size(pieces)))];
            }
            ConfigFile config;
            const Error e = config.parse(bytes, Name);
            if (e) {
                QCOMPARE(e.kind(), ErrorKind::BadInput);
                QVERIFY(e.message().startsWith(Name));
            } else {
                ++accepted;
                for (const auto &entry : config.settings())
                    QVERIFY(ConfigFile::knownKeys().contains(entry.first));
            }
        }
        QVERIFY(accepted > 0); // the structured half produces some valid files
    }
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
