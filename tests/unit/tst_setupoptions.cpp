// SetupOptions::apply: every setup option with good and bad values, what `given` records, that
// headers accumulate while the rest replace, and that a refused value changes nothing.
#include "setup/SetupOptions.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace onboard;

namespace {
const QString Key = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("ATTA") + QString(64, QLatin1Char('a')) + QStringLiteral("0A1B2C3D");

// Everything apply() can change, as text, to prove that a refused value changed nothing.
QString snapshot(const SetupOptions &o)
{
    QStringList parts{o.request.apiKey, o.request.appName, o.request.scopes.join(QLatin1Char(',')), o.request.expiration,
                      o.request.authorizeUrl.toString(), o.request.returnUrl.toString(), o.endpoint.apiHost.toString(),
                      ApiEndpoint::credentialsInName(o.endpoint.credentialsIn), o.endpoint.caFile};
    for (const CustomHeader &h : o.endpoint.headers)
        parts.append(h.toLine());
    QStringList given = o.given.values();
    given.sort();
    parts.append(given.join(QLatin1Char('|')));
    return parts.join(QLatin1Char('\n'));
}
} // namespace

class TestSetupOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaults()
    {
        const SetupOptions o;
        QVERIFY(o.given.isEmpty());
        QVERIFY(o.request.apiKey.isEmpty());
        QCOMPARE(o.request.appName, QStringLiteral("trello-onboard"));
        QCOMPARE(o.request.scopes, QStringList{QStringLiteral("read")});
        QCOMPARE(o.request.expiration, QStringLiteral("30days"));
        QCOMPARE(o.endpoint.apiHost, QUrl(QStringLiteral("https://api.trello.com/1")));
        QCOMPARE(o.request.authorizeUrl, QUrl(QStringLiteral("https://trello.com/1/authorize")));
        QCOMPARE(o.endpoint.credentialsIn, ApiEndpoint::CredentialsIn::Query);
        QVERIFY(o.endpoint.headers.isEmpty());
        QVERIFY(o.endpoint.caFile.isEmpty());
    }

    void names()
    {
        QCOMPARE(SetupOptions::names().size(), 17);
        for (const char *name : {"key", "app-name", "scope", "expiration", "api-host", "authorize-url", "return-url",
                                 "header", "credentials-in", "ca-file", "sign-in", "expiry-warnings", "client-id", "oauth-scope",
                                 "oauth-authorize-url", "oauth-token-url", "redirect-uri"})
            QVERIFY2(SetupOptions::names().contains(QLatin1String(name)), name);
    }

    void goodValues_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("key") << "key" << Key;
        QTest::newRow("sign-in embedded") << "sign-in" << "embedded";
        QTest::newRow("sign-in browser") << "sign-in" << "browser";
        QTest::newRow("expiry-warnings on") << "expiry-warnings" << "on";
        QTest::newRow("expiry-warnings off") << "expiry-warnings" << " off";
        QTest::newRow("key upper case") << "key" << Key.toUpper();
        QTest::newRow("key pasted with newline") << "key" << Key + QStringLiteral("\n");
        QTest::newRow("app-name") << "app-name" << "My Tool";
        QTest::newRow("app-name unicode") << "app-name" << QStringLiteral("Outil d’équipe");
        QTest::newRow("scope read") << "scope" << "read";
        QTest::newRow("scope rw") << "scope" << "read,write";
        QTest::newRow("scope all, any order") << "scope" << "account, write,read";
        QTest::newRow("expiration 1hour") << "expiration" << "1hour";
        QTest::newRow("expiration 1day") << "expiration" << "1day";
        QTest::newRow("expiration 30days") << "expiration" << "30days";
        QTest::newRow("expiration never") << "expiration" << " never ";
        QTest::newRow("api-host https") << "api-host" << "https://proxy.example.com/trello/1";
        QTest::newRow("api-host loopback http") << "api-host" << "http://127.0.0.1:8080/1";
        QTest::newRow("api-host localhost") << "api-host" << "http://localhost:1/1";
        QTest::newRow("authorize-url") << "authorize-url" << "https://trello.com/1/authorize";
        QTest::newRow("authorize-url loopback") << "authorize-url" << "http://127.0.0.1:5555/1/authorize";
        QTest::newRow("return-url") << "return-url" << "http://localhost:17645/cb";
        QTest::newRow("return-url https") << "return-url" << "https://app.example.com/cb?x=1";
        QTest::newRow("header") << "header" << "X-Request-Id: abc123";
        QTest::newRow("header no space") << "header" << "X-A:b";
        QTest::newRow("credentials-in query") << "credentials-in" << "query";
        QTest::newRow("credentials-in header") << "credentials-in" << "header";
    }

    void goodValues()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        SetupOptions o;
        const Error e = o.apply(option, value);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(o.given, QSet<QString>{option});
        QVERIFY(o.isGiven(option));
        if (option == QLatin1String("key")) // one canonical case: lower
            QCOMPARE(o.request.apiKey, value.trimmed().toLower());
        else if (option == QLatin1String("app-name"))
            QCOMPARE(o.request.appName, value.trimmed());
        else if (option == QLatin1String("expiration"))
            QCOMPARE(o.request.expiration, value.trimmed());
        else if (option == QLatin1String("sign-in"))
            QCOMPARE(o.signIn, value == QLatin1String("browser") ? SetupOptions::SignIn::Browser : SetupOptions::SignIn::Embedded);
        else if (option == QLatin1String("expiry-warnings"))
            QCOMPARE(o.expiryWarnings, value.trimmed() == QLatin1String("on"));
        else if (option == QLatin1String("api-host"))
            QCOMPARE(o.endpoint.apiHost, QUrl(value));
        else if (option == QLatin1String("authorize-url"))
            QCOMPARE(o.request.authorizeUrl, QUrl(value));
        else if (option == QLatin1String("return-url"))
            QCOMPARE(o.request.returnUrl, QUrl(value));
        else if (option == QLatin1String("header"))
            QCOMPARE(o.endpoint.headers.size(), 1);
        else if (option == QLatin1String("credentials-in"))
            QCOMPARE(ApiEndpoint::credentialsInName(o.endpoint.credentialsIn), value);
    }

    void scopesAreCanonical()
    {
        SetupOptions o;
        QVERIFY(!o.apply(QStringLiteral("scope"), QStringLiteral("account,write,read")));
        QCOMPARE(o.request.scopes, (QStringList{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("account")}));
        QVERIFY(!o.apply(QStringLiteral("scope"), QStringLiteral("write")));
        QCOMPARE(o.request.scopes, QStringList{QStringLiteral("write")});
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("key short") << "key" << "0123";
        QTest::newRow("sign-in elsewhere") << "sign-in" << "system";
        QTest::newRow("sign-in empty") << "sign-in" << "";
        QTest::newRow("expiry-warnings yes") << "expiry-warnings" << "yes";
        QTest::newRow("expiry-warnings case") << "expiry-warnings" << "On";
        QTest::newRow("expiry-warnings empty") << "expiry-warnings" << "";
        QTest::newRow("key not hex") << "key" << QStringLiteral("z123456789abcdef0123456789abcdef");
        QTest::newRow("key empty") << "key" << "";
        QTest::newRow("key is a token") << "key" << Token;
        QTest::newRow("app-name empty") << "app-name" << "  ";
        QTest::newRow("app-name control") << "app-name" << "a\nb";
        QTest::newRow("app-name long") << "app-name" << QString(1000, QLatin1Char('a'));
        QTest::newRow("scope unknown") << "scope" << "read,admin";
        QTest::newRow("scope repeated") << "scope" << "read,read";
        QTest::newRow("scope empty") << "scope" << "";
        QTest::newRow("scope commas") << "scope" << ",,";
        QTest::newRow("scope case") << "scope" << "READ";
        QTest::newRow("expiration unknown") << "expiration" << "2days";
        QTest::newRow("expiration empty") << "expiration" << "";
        QTest::newRow("expiration case") << "expiration" << "Never";
        QTest::newRow("api-host empty") << "api-host" << "";
        QTest::newRow("api-host relative") << "api-host" << "api.trello.com/1";
        QTest::newRow("api-host http remote") << "api-host" << "http://api.trello.com/1";
        QTest::newRow("api-host ftp") << "api-host" << "ftp://api.trello.com/1";
        QTest::newRow("api-host query") << "api-host" << "https://api.trello.com/1?x=1";
        QTest::newRow("api-host fragment") << "api-host" << "https://api.trello.com/1#x";
        QTest::newRow("api-host user info") << "api-host" << "https://u:p@api.trello.com/1";
        QTest::newRow("api-host no host") << "api-host" << "https:///1";
        QTest::newRow("authorize-url http remote") << "authorize-url" << "http://trello.com/1/authorize";
        QTest::newRow("authorize-url javascript") << "authorize-url" << "javascript:alert(1)";
        QTest::newRow("return-url fragment") << "return-url" << "http://localhost:17645/cb#x";
        QTest::newRow("return-url http remote") << "return-url" << "http://example.com/cb";
        QTest::newRow("return-url empty") << "return-url" << "";
        QTest::newRow("header no colon") << "header" << "X-A b";
        QTest::newRow("header empty name") << "header" << ": b";
        QTest::newRow("header space in name") << "header" << "X A: b";
        QTest::newRow("header CRLF") << "header" << "X-A: b\r\nX-Evil: 1";
        QTest::newRow("header LF") << "header" << "X-A: b\nc";
        QTest::newRow("header NUL") << "header" << QStringLiteral("X-A: b") + QChar(0) + QStringLiteral("c");
        QTest::newRow("credentials-in other") << "credentials-in" << "body";
        QTest::newRow("credentials-in case") << "credentials-in" << "Header";
        QTest::newRow("credentials-in empty") << "credentials-in" << "";
        QTest::newRow("ca-file missing") << "ca-file" << "/nonexistent/ca.pem";
        QTest::newRow("ca-file empty") << "ca-file" << "";
        QTest::newRow("ca-file folder") << "ca-file" << "/";
        QTest::newRow("unknown option") << "bogus" << "x";
        QTest::newRow("config is not a setup option") << "config" << "/etc/x.conf";
        QTest::newRow("flag is not a setup option") << "json" << "";
        QTest::newRow("option with dashes") << "--key" << Key;
    }

    void badValues()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        // Start from a state where every option has a good value, so "nothing changed" means something.
        SetupOptions o;
        QVERIFY(!o.apply(QStringLiteral("key"), Key));
        QVERIFY(!o.apply(QStringLiteral("app-name"), QStringLiteral("Before")));
        QVERIFY(!o.apply(QStringLiteral("scope"), QStringLiteral("read,write")));
        QVERIFY(!o.apply(QStringLiteral("expiration"), QStringLiteral("1day")));
        QVERIFY(!o.apply(QStringLiteral("api-host"), QStringLiteral("https://proxy.example.com/1")));
        QVERIFY(!o.apply(QStringLiteral("authorize-url"), QStringLiteral("https://proxy.example.com/1/authorize")));
        QVERIFY(!o.apply(QStringLiteral("return-url"), QStringLiteral("http://localhost:1234/cb")));
        QVERIFY(!o.apply(QStringLiteral("header"), QStringLiteral("X-Before: 1")));
        QVERIFY(!o.apply(QStringLiteral("credentials-in"), QStringLiteral("header")));
        const QString before = snapshot(o);

        const Error e = o.apply(option, value);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY(!e.message().isEmpty());
        QCOMPARE(snapshot(o), before);

        // On a fresh object the option is not recorded as given.
        SetupOptions fresh;
        QVERIFY(fresh.apply(option, value));
        QVERIFY(fresh.given.isEmpty());
        QCOMPARE(snapshot(fresh), snapshot(SetupOptions()));
    }

    void givenBookkeeping()
    {
        SetupOptions o;
        QVERIFY(!o.apply(QStringLiteral("scope"), QStringLiteral("read")));
        QVERIFY(!o.apply(QStringLiteral("scope"), QStringLiteral("write")));
        QVERIFY(!o.apply(QStringLiteral("header"), QStringLiteral("X-A: 1")));
        QVERIFY(o.apply(QStringLiteral("key"), QStringLiteral("nope")));
        QCOMPARE(o.given, (QSet<QString>{QStringLiteral("scope"), QStringLiteral("header")}));
        QVERIFY(o.isGiven(QStringLiteral("scope")));
        QVERIFY(!o.isGiven(QStringLiteral("key")));
        // Giving the default value explicitly still counts as given (the wizard skips that page).
        QVERIFY(!o.apply(QStringLiteral("expiration"), QStringLiteral("30days")));
        QVERIFY(o.isGiven(QStringLiteral("expiration")));
        // A later bad value does not undo an earlier good one.
        QVERIFY(o.apply(QStringLiteral("expiration"), QStringLiteral("forever")));
        QVERIFY(o.isGiven(QStringLiteral("expiration")));
        QCOMPARE(o.request.expiration, QStringLiteral("30days"));
    }

    void replacingOptions()
    {
        SetupOptions o;
        QVERIFY(!o.apply(QStringLiteral("key"), Key));
        QVERIFY(!o.apply(QStringLiteral("key"), Key.toUpper().replace(QLatin1Char('0'), QLatin1Char('f'))));
        QCOMPARE(o.request.apiKey, Key.toLower().replace(QLatin1Char('0'), QLatin1Char('f')));
        QVERIFY(!o.apply(QStringLiteral("api-host"), QStringLiteral("https://a.example.com/1")));
        QVERIFY(!o.apply(QStringLiteral("api-host"), QStringLiteral("https://b.example.com/1")));
        QCOMPARE(o.endpoint.apiHost, QUrl(QStringLiteral("https://b.example.com/1")));
        QVERIFY(!o.apply(QStringLiteral("credentials-in"), QStringLiteral("header")));
        QVERIFY(!o.apply(QStringLiteral("credentials-in"), QStringLiteral("query")));
        QCOMPARE(o.endpoint.credentialsIn, ApiEndpoint::CredentialsIn::Query);
    }

    void headersAccumulate()
    {
        SetupOptions o;
        QVERIFY(!o.apply(QStringLiteral("header"), QStringLiteral("X-A: 1")));
        QVERIFY(!o.apply(QStringLiteral("header"), QStringLiteral("X-B:   two words  ")));
        QVERIFY(o.apply(QStringLiteral("header"), QStringLiteral("bad header")));
        QVERIFY(!o.apply(QStringLiteral("header"), QStringLiteral("X-A: 3")));
        QCOMPARE(o.endpoint.headers.size(), 3);
        QCOMPARE(o.endpoint.headers.at(0), CustomHeader("X-A", "1"));
        QCOMPARE(o.endpoint.headers.at(1), CustomHeader("X-B", "two words"));
        QCOMPARE(o.endpoint.headers.at(2), CustomHeader("X-A", "3"));
    }

    void caFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("ca.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        file.close();
        SetupOptions o;
        Error e = o.apply(QStringLiteral("ca-file"), path);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(o.endpoint.caFile, path);
        QVERIFY(o.isGiven(QStringLiteral("ca-file")));

        // A relative path is kept as an absolute one (the account outlives the working folder).
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        SetupOptions relative;
        e = relative.apply(QStringLiteral("ca-file"), QStringLiteral("ca.pem"));
        QDir::setCurrent(previous);
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(relative.endpoint.caFile, QFileInfo(path).absoluteFilePath());

        // A missing file names itself, and leaves the earlier value.
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        e = o.apply(QStringLiteral("ca-file"), missing);
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        QVERIFY2(e.message().contains(missing), qPrintable(e.message()));
        QCOMPARE(o.endpoint.caFile, path);
    }

    void messagesDoNotEchoTokens()
    {
        // A token pasted into the wrong option is not repeated in the message.
        for (const QString &option : SetupOptions::names()) {
            SetupOptions o;
            const Error e = o.apply(option, Token);
            if (e)
                QVERIFY2(!e.message().contains(Token.mid(4, 40), Qt::CaseInsensitive), qPrintable(option + QStringLiteral(": ") + e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSetupOptions)
#include "tst_setupoptions.moc"
