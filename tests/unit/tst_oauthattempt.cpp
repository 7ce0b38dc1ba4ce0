// Unit tests for OAuthRequest and OAuthAttempt: the consent URL of an OAuth 2.0 sign-in carries
// exactly what Atlassian documents, every attempt has its own state and PKCE verifier, and only
// the redirect that answers this attempt is taken.
#include "oauth/OAuthAttempt.h"
#include "oauth/OAuthRequest.h"

#include <QSet>
#include <QUrlQuery>
#include <QtTest>

using namespace onboard;
using Outcome = OAuthAttempt::Outcome;
Q_DECLARE_METATYPE(OAuthAttempt::Outcome)

namespace {
const QUrl Redirect(QStringLiteral("http://localhost:17645/trello-onboard/oauth"));
const QString State = QStringLiteral("state-1234");

QUrl answer(const QString &query, const QUrl &base = Redirect)
{
    QUrl url = base;
    url.setQuery(query, QUrl::StrictMode);
    return url;
}
} // namespace

class TestOAuthAttempt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consentUrlCarriesTheDocumentedItems()
    {
        OAuthRequest request;
        request.clientId = QStringLiteral("AbCdEf0123456789AbCdEf0123456789");
        request.authorizeUrl = QUrl(QStringLiteral("https://auth.example/authorize?tenant=a&state=theirs"));
        const QUrl url = request.consentUrl(State, QStringLiteral("challenge"));
        const QUrlQuery query(url);
        QCOMPARE(url.host(), QStringLiteral("auth.example"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), request.clientId);
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")), QStringLiteral("challenge"));
        QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), Redirect.toString());
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("read:member:trello read:board:trello offline_access"));
        // Ours replace theirs; the rest of a custom URL is kept.
        QCOMPARE(query.allQueryItemValues(QStringLiteral("state")), QStringList{State});
        QCOMPARE(query.queryItemValue(QStringLiteral("tenant")), QStringLiteral("a"));
    }

    void scopesAreParsedAndChecked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("scopes"); // empty: refused
        QTest::newRow("spaces") << QStringLiteral("offline_access read:board:trello") << QStringList{QStringLiteral("read:board:trello"), QStringLiteral("offline_access")};
        QTest::newRow("commas") << QStringLiteral("read:member:trello,write:board:trello") << QStringList{QStringLiteral("read:member:trello"), QStringLiteral("write:board:trello")};
        QTest::newRow("unknown") << QStringLiteral("read:board:trello read:jira-work") << QStringList{};
        QTest::newRow("twice") << QStringLiteral("read:board:trello read:board:trello") << QStringList{};
        QTest::newRow("none") << QStringLiteral(" , ") << QStringList{};
        QTest::newRow("trello auth scope") << QStringLiteral("read") << QStringList{};
    }
    void scopesAreParsedAndChecked()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, scopes);
        QStringList parsed;
        const Error e = OAuthRequest::parseScopes(text, &parsed);
        if (scopes.isEmpty()) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
        } else {
            QVERIFY2(!e, qPrintable(e.message()));
            QCOMPARE(parsed, scopes);
        }
    }

    void clientIdsAndUrls()
    {
        QVERIFY(!OAuthRequest::checkClientId(QStringLiteral("AbCdEf0123456789AbCdEf0123456789")));
        for (const QString &bad : {QString(), QStringLiteral("has space"), QStringLiteral("a&b=c"), QString(129, QLatin1Char('a'))})
            QCOMPARE(OAuthRequest::checkClientId(bad).kind(), ErrorKind::BadInput);
        const QUrl authorize = OAuthRequest::defaultAuthorizeUrl();
        const QUrl token = OAuthRequest::defaultTokenUrl();
        QVERIFY(!OAuthRequest::checkUrls(authorize, token, Redirect));
        QVERIFY(OAuthRequest::checkUrls(QUrl(QStringLiteral("http://auth.example/authorize")), token, Redirect));
        QVERIFY(OAuthRequest::checkUrls(authorize, QUrl(QStringLiteral("https://auth.example/token?x=1")), Redirect));
        QVERIFY(OAuthRequest::checkUrls(authorize, token, QUrl(QStringLiteral("http://localhost:1/a#b"))));
        QVERIFY(OAuthRequest::checkUrls(authorize, token, QUrl(QStringLiteral("http://user@localhost:1/a"))));
    }

    void everyAttemptIsItsOwn()
    {
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const OAuthAttempt attempt;
            // RFC 7636: 43 to 128 characters of [A-Za-z0-9-._~].
            QVERIFY(attempt.codeVerifier().size() >= 43 && attempt.codeVerifier().size() <= 128);
            static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]+$"));
            QVERIFY(unreserved.match(attempt.codeVerifier()).hasMatch());
            QVERIFY(unreserved.match(attempt.state()).hasMatch());
            QVERIFY(attempt.state().size() >= 22);
            QVERIFY(!seen.contains(attempt.state()) && !seen.contains(attempt.codeVerifier()));
            seen << attempt.state() << attempt.codeVerifier();
        }
    }

    void challengeIsS256()
    {
        // Computed independently: base64url(sha256(verifier)) without padding.
        QCOMPARE(OAuthAttempt::challengeFor(QStringLiteral("dBjftJeZ4CVP-mJ92K9gcVQ6hqA8wsEUC9pqHLTbYe1VBlb0A")),
                 QStringLiteral("KOPHnHofiOVO6XHSO_xpgTVBBHHuINJxXiUJx2pH9Ok"));
    }

    void answers_data()
    {
        QTest::addColumn<QUrl>("navigation");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("code");
        QTest::newRow("allow") << answer(QStringLiteral("code=abc-123&state=") + State) << Outcome::Code << QStringLiteral("abc-123");
        QTest::newRow("deny") << answer(QStringLiteral("error=access_denied&error_description=User%20did%20not%20authorize&state=") + State)
                              << Outcome::Denied << QStringLiteral("");
        QTest::newRow("other error") << answer(QStringLiteral("error=invalid_scope&state=") + State) << Outcome::Refused << QStringLiteral("");
        QTest::newRow("wrong state") << answer(QStringLiteral("code=abc&state=other")) << Outcome::Malformed << QStringLiteral("");
        QTest::newRow("no state") << answer(QStringLiteral("code=abc")) << Outcome::Malformed << QStringLiteral("");
        QTest::newRow("two states") << answer(QStringLiteral("code=abc&state=") + State + QStringLiteral("&state=") + State) << Outcome::Malformed << QStringLiteral("");
        QTest::newRow("deny with wrong state") << answer(QStringLiteral("error=access_denied&state=x")) << Outcome::Malformed << QStringLiteral("");
        QTest::newRow("no code") << answer(QStringLiteral("state=") + State) << Outcome::Malformed << QStringLiteral("");
        QTest::newRow("two codes") << answer(QStringLiteral("code=a&code=b&state=") + State) << Outcome::Malformed << QStringLiteral("");
        QTest::newRow("code with space") << answer(QStringLiteral("code=a%20b&state=") + State) << Outcome::Malformed << QStringLiteral("");
        QTest::newRow("other path") << answer(QStringLiteral("code=abc&state=") + State, QUrl(QStringLiteral("http://localhost:17645/trello-onboard/oauth/x")))
                                    << Outcome::NotTheAnswer << QStringLiteral("");
        QTest::newRow("other port") << answer(QStringLiteral("code=abc&state=") + State, QUrl(QStringLiteral("http://localhost:17646/trello-onboard/oauth")))
                                    << Outcome::NotTheAnswer << QStringLiteral("");
        QTest::newRow("user info") << answer(QStringLiteral("code=abc&state=") + State, QUrl(QStringLiteral("http://a@localhost:17645/trello-onboard/oauth")))
                                   << Outcome::NotTheAnswer << QStringLiteral("");
        QTest::newRow("consent page") << QUrl(QStringLiteral("https://auth.atlassian.com/authorize?code=abc&state=") + State)
                                      << Outcome::NotTheAnswer << QStringLiteral("");
    }
    void answers()
    {
        QFETCH(QUrl, navigation);
        QFETCH(Outcome, outcome);
        QFETCH(QString, code);
        const OAuthAttempt attempt(State, QStringLiteral("verifier"));
        const OAuthAttempt::Answer read = attempt.read(navigation, Redirect);
        QCOMPARE(read.outcome, outcome);
        QCOMPARE(read.code, code);
        if (outcome == Outcome::Denied)
            QCOMPARE(read.message, QStringLiteral("User did not authorize"));
        if (outcome == Outcome::Malformed || outcome == Outcome::Refused)
            QVERIFY(!read.message.isEmpty());
    }

    void hugeAnswerIsRefused()
    {
        const OAuthAttempt attempt(State, QStringLiteral("verifier"));
        const QUrl navigation = answer(QStringLiteral("state=") + State + QStringLiteral("&code=") + QString(OAuthAttempt::MaxQueryLength, QLatin1Char('a')));
        QCOMPARE(attempt.read(navigation, Redirect).outcome, Outcome::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestOAuthAttempt)
#include "tst_oauthattempt.moc"
