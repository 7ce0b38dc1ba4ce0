// Unit tests for LoopbackReceiver: what the person's browser may hand it, and everything else
// that reaches the port — raw requests over real loopback sockets.
#include "signin/LoopbackReceiver.h"

#include "oauth/OAuthAttempt.h"

#include "DevToolsClient.h"
#include "RawHttp.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace onboard;
using Outcome = RedirectReader::Outcome;

namespace {
const QString Hex64 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("ATTA") + Hex64 + QStringLiteral("0A1B2C3D");
constexpr int WaitMs = onboard::test::WaitMs;

QByteArray exchange(quint16 port, const QByteArray &request, const QHostAddress &to = QHostAddress::LocalHost)
{
    return onboard::test::rawHttpExchange(port, request, to);
}

int statusOf(const QByteArray &answer)
{
    return onboard::test::rawHttpStatus(answer);
}
} // namespace

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

    quint16 m_port = 0;
    QUrl m_returnUrl;
    QUrl m_consentUrl = QUrl(QStringLiteral("https://trello.com/1/authorize?key=k&callback_method=postMessage"));

    std::unique_ptr<LoopbackReceiver> started()
    {
        auto receiver = std::make_unique<LoopbackReceiver>(m_returnUrl, m_consentUrl);
        QSignalSpy listening(receiver.get(), &LoopbackReceiver::listening);
        receiver->start();
        if (!listening.wait(WaitMs))
            return nullptr;
        return receiver;
    }

    QByteArray state(const LoopbackReceiver &receiver) const
    {
        return QUrlQuery(receiver.pageUrl()).queryItemValue(QStringLiteral("state")).toLatin1();
    }

    QByteArray answerRequest(const QByteArray &body, const QByteArray &origin, const QByteArray &host = {},
                             const QByteArray &type = "application/json") const
    {
        return onboard::test::receiverAnswerRequest(m_port, body, origin, host, type);
    }

    QByteArray origin() const { return "http://localhost:" + QByteArray::number(m_port); }

    static QByteArray json(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

    // OAuth 2.0 mode: the redirect URI on the test's port, and a fixed attempt.
    QUrl redirectUri() const { return QUrl(QStringLiteral("http://localhost:%1/trello-onboard/oauth").arg(m_port)); }
    const OAuthAttempt m_attempt{QStringLiteral("state-of-this-attempt_0123456789abcdef"),
                                 QStringLiteral("verifier-of-this-attempt-0123456789abcdefghij")};
    const QUrl m_oauthConsentUrl{QStringLiteral("https://auth.atlassian.com/authorize?client_id=c&state=s")};

    std::unique_ptr<LoopbackReceiver> startedOAuth()
    {
        std::unique_ptr<LoopbackReceiver> receiver(LoopbackReceiver::forOAuth(redirectUri(), m_oauthConsentUrl, m_attempt));
        QSignalSpy listening(receiver.get(), &LoopbackReceiver::listening);
        receiver->start();
        if (!listening.wait(WaitMs))
            return nullptr;
        // The browser is sent to the consent page itself.
        if (listening.first().first().toUrl() != m_oauthConsentUrl)
            return nullptr;
        return receiver;
    }

    // The browser's GET of the redirect URI, as the authorization server's 302 makes it.
    QByteArray redirectRequest(const QByteArray &query, const QByteArray &host = "localhost",
                               const QByteArray &path = "/trello-onboard/oauth", const QByteArray &method = "GET") const
    {
        QByteArray request = method + ' ' + path + '?' + query + " HTTP/1.1\r\n";
        if (!host.isEmpty())
            request += "Host: " + host + ':' + QByteArray::number(m_port) + "\r\n";
        return request + "Accept: text/html\r\n\r\n";
    }

private Q_SLOTS:
    void init()
    {
        m_port = onboard::test::DevToolsClient::freePort();
        m_returnUrl = QUrl(QStringLiteral("http://localhost:%1/trello-onboard/callback").arg(m_port));
    }

    void pageIsServedForThisAttemptOnly()
    {
        auto receiver = started();
        QVERIFY(receiver);
        QCOMPARE(receiver->pageUrl().host(), QStringLiteral("localhost"));
        QCOMPARE(receiver->pageUrl().port(), int(m_port));
        QVERIFY(state(*receiver).size() >= 40);
        QSignalSpy opened(receiver.get(), &LoopbackReceiver::pageOpened);

        const QByteArray path = receiver->pageUrl().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toLatin1();
        const QByteArray page = exchange(m_port, "GET " + path + " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(m_port) + "\r\n\r\n");
        QCOMPARE(statusOf(page), 200);
        QVERIFY(page.contains("Content-Security-Policy: default-src 'none'; script-src 'nonce-"));
        QVERIFY(page.contains("Cache-Control: no-store"));
        QVERIFY(page.contains("X-Frame-Options: DENY"));
        QVERIFY(page.contains("callback_method=postMessage"));
        QVERIFY(!page.contains(" src=")); // nothing loaded from anywhere
        QCOMPARE(opened.size(), 1);

        // Another state, none, another Host, another method, another path.
        const QByteArray host = "Host: localhost:" + QByteArray::number(m_port) + "\r\n\r\n";
        QCOMPARE(statusOf(exchange(m_port, "GET /trello-onboard/sign-in?state=guess HTTP/1.1\r\n" + host)), 403);
        QCOMPARE(statusOf(exchange(m_port, "GET /trello-onboard/sign-in HTTP/1.1\r\n" + host)), 403);
        QCOMPARE(statusOf(exchange(m_port, "GET " + path + " HTTP/1.1\r\nHost: evil.example:" + QByteArray::number(m_port) + "\r\n\r\n")), 421);
        QCOMPARE(statusOf(exchange(m_port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")), 421);
        QCOMPARE(statusOf(exchange(m_port, "GET " + path + " HTTP/1.1\r\n\r\n")), 421);
        QCOMPARE(statusOf(exchange(m_port, "DELETE " + path + " HTTP/1.1\r\n" + host)), 405);
        QCOMPARE(statusOf(exchange(m_port, "GET /favicon.ico HTTP/1.1\r\n" + host)), 404);
        QCOMPARE(statusOf(exchange(m_port, "GARBAGE\r\n\r\n")), 400);
        // Both loopback addresses answer, under each loopback name.
        QCOMPARE(statusOf(exchange(m_port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n\r\n")), 200);
        if (QTcpServer probe; probe.listen(QHostAddress::LocalHostIPv6, 0)) // this machine has ::1
            QCOMPARE(statusOf(exchange(m_port, "GET " + path + " HTTP/1.1\r\nHost: [::1]:" + QByteArray::number(m_port) + "\r\n\r\n",
                                       QHostAddress::LocalHostIPv6)), 200);
        QVERIFY(!receiver->isFinished());
    }

    void theAnswer_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("token") << QJsonObject{{QStringLiteral("answer"), Token}} << Outcome::Token;
        QTest::newRow("deny: empty") << QJsonObject{{QStringLiteral("answer"), QString()}} << Outcome::Denied;
        QTest::newRow("window closed") << QJsonObject{{QStringLiteral("closed"), true}} << Outcome::Denied;
        QTest::newRow("not a token") << QJsonObject{{QStringLiteral("answer"), QStringLiteral("<script>")}} << Outcome::Malformed;
        QTest::newRow("not a string") << QJsonObject{{QStringLiteral("answer"), QJsonValue()}} << Outcome::Malformed;
        QTest::newRow("a token with more") << QJsonObject{{QStringLiteral("answer"), Token + QStringLiteral("&x")}} << Outcome::Malformed;
    }

    void theAnswer()
    {
        QFETCH(QJsonObject, body);
        QFETCH(Outcome, outcome);
        auto receiver = started();
        QVERIFY(receiver);
        QSignalSpy finished(receiver.get(), &Job::finished);
        body.insert(QStringLiteral("state"), QString::fromLatin1(state(*receiver)));
        QCOMPARE(statusOf(exchange(m_port, answerRequest(json(body), origin()))), 204);
        QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
        QVERIFY(!receiver->error());
        QCOMPARE(receiver->answer().outcome, outcome);
        QCOMPARE(receiver->answer().token, outcome == Outcome::Token ? Token : QString());
        // Done: a second answer finds nobody listening.
        QCOMPARE(exchange(m_port, answerRequest(json(body), origin())), QByteArray("not connected"));
    }

    void refusedWithoutEffect()
    {
        auto receiver = started();
        QVERIFY(receiver);
        const QString s = QString::fromLatin1(state(*receiver));
        const QByteArray good = json({{QStringLiteral("state"), s}, {QStringLiteral("answer"), Token}});
        const QByteArray port = QByteArray::number(m_port);
        // Another origin (a web page elsewhere), none, two; another Host (DNS rebinding).
        QCOMPARE(statusOf(exchange(m_port, answerRequest(good, "http://evil.example"))), 403);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(good, "http://127.0.0.1:" + port))), 403);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(good, {}))), 403);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(good, origin() + "\r\nOrigin: " + origin()))), 403);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(good, origin(), "evil.example:" + port))), 421);
        // A form post (no preflight from other sites), a wrong, missing or empty state, not JSON.
        QCOMPARE(statusOf(exchange(m_port, answerRequest(good, origin(), {}, "text/plain"))), 415);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(json({{QStringLiteral("state"), s + QLatin1Char('x')}, {QStringLiteral("answer"), Token}}), origin()))), 400);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(json({{QStringLiteral("answer"), Token}}), origin()))), 400);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(json({{QStringLiteral("state"), QString()}, {QStringLiteral("answer"), Token}}), origin()))), 400);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(json({{QStringLiteral("state"), s}}), origin()))), 400);
        QCOMPARE(statusOf(exchange(m_port, answerRequest("[1,2]", origin()))), 400);
        QCOMPARE(statusOf(exchange(m_port, answerRequest("{", origin()))), 400);
        // GET of the answer path; chunked; oversized body and headers.
        QCOMPARE(statusOf(exchange(m_port, "GET /trello-onboard/sign-in/answer HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n")), 405);
        QCOMPARE(statusOf(exchange(m_port, "POST /trello-onboard/sign-in/answer HTTP/1.1\r\nHost: localhost:" + port
                                               + "\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")), 501);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(QByteArray(LoopbackReceiver::MaxBodyBytes + 1, ' ') + good, origin()))), 413);
        QCOMPARE(statusOf(exchange(m_port, "GET / HTTP/1.1\r\nX: " + QByteArray(LoopbackReceiver::MaxHeaderBytes, 'a') + "\r\n\r\n")), 431);
        QVERIFY(!receiver->isFinished());

        // And the real answer still works afterwards.
        QSignalSpy finished(receiver.get(), &Job::finished);
        QCOMPARE(statusOf(exchange(m_port, answerRequest(good, origin()))), 204);
        QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
        QCOMPARE(receiver->answer().outcome, Outcome::Token);
    }

    void aTrickleAndAFloodAreCutOff()
    {
        auto receiver = started();
        QVERIFY(receiver);
        receiver->setRequestDeadlineMs(800);
        // Holders: connections that never finish a request. Those past MaxConnections are closed
        // at once; the rest at their deadline.
        QList<QTcpSocket *> holders;
        for (int i = 0; i < LoopbackReceiver::MaxConnections + 4; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, m_port);
            socket->write("POST /trello-onboard/sign-in/answer HTTP/1.1\r\nHost: local");
            holders.append(socket);
        }
        QTest::qWait(300);
        int closed = 0;
        for (QTcpSocket *socket : holders)
            closed += socket->state() == QAbstractSocket::UnconnectedState;
        QCOMPARE(closed, 4);
        // A trickle: a byte at a time, never a whole request.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(holders.begin(), holders.end(),
                                             [](QTcpSocket *s) {
                                                 s->write("x");
                                                 return s->state() == QAbstractSocket::UnconnectedState;
                                             }),
                                 WaitMs);
        qDeleteAll(holders);
        QVERIFY(!receiver->isFinished());
        // Then a real answer gets through.
        QSignalSpy finished(receiver.get(), &Job::finished);
        const QByteArray good = json({{QStringLiteral("state"), QString::fromLatin1(state(*receiver))}, {QStringLiteral("answer"), Token}});
        QCOMPARE(statusOf(exchange(m_port, answerRequest(good, origin()))), 204);
        QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
    }

    void aPortInUseIsNamed()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
        LoopbackReceiver receiver(m_returnUrl, m_consentUrl);
        QSignalSpy finished(&receiver, &Job::finished);
        receiver.start();
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(receiver.error().kind(), ErrorKind::Network);
        QVERIFY2(receiver.error().message().contains(QString::number(m_port)), qPrintable(receiver.error().message()));
        QVERIFY(receiver.error().message().contains(QLatin1String("--return-url")));
    }

    void oauthCodeIsTakenOnce()
    {
        auto receiver = startedOAuth();
        QVERIFY(receiver);
        QVERIFY(receiver->isOAuth());
        QCOMPARE(receiver->pageUrl(), m_oauthConsentUrl);
        QSignalSpy finished(receiver.get(), &Job::finished);
        const QByteArray code = "SplxlOBeZQQYbYS6WxSbIA.single-use";
        const QByteArray page = exchange(m_port, redirectRequest("code=" + code + "&state=" + m_attempt.state().toLatin1()));
        QCOMPARE(statusOf(page), 200);
        QVERIFY2(page.contains("return to trello-onboard"), page.constData());
        QVERIFY(!page.contains(code)); // never echoed
        QVERIFY(!page.contains("<script"));
        QVERIFY(page.contains("Content-Security-Policy: default-src 'none'"));
        QVERIFY(page.contains("Cache-Control: no-store"));
        QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
        QVERIFY(!receiver->error());
        QCOMPARE(receiver->oauthAnswer().outcome, OAuthAttempt::Outcome::Code);
        QCOMPARE(receiver->oauthAnswer().code, QString::fromLatin1(code));
        // One answer only: a second finds nobody listening.
        QCOMPARE(exchange(m_port, redirectRequest("code=other&state=" + m_attempt.state().toLatin1())),
                 QByteArray("not connected"));
    }

    void oauthDenyIsAnAnswer()
    {
        auto receiver = startedOAuth();
        QVERIFY(receiver);
        QSignalSpy finished(receiver.get(), &Job::finished);
        const QByteArray page = exchange(
            m_port, redirectRequest("error=access_denied&error_description=The+user+did+not+allow+access.&state="
                                    + m_attempt.state().toLatin1()));
        QCOMPARE(statusOf(page), 200);
        QVERIFY(page.contains("return to trello-onboard"));
        QVERIFY(!page.contains("did not allow")); // the server's words are not echoed into the page
        QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
        QCOMPARE(receiver->oauthAnswer().outcome, OAuthAttempt::Outcome::Denied);
        QCOMPARE(receiver->oauthAnswer().message, QStringLiteral("The user did not allow access."));
        QVERIFY(receiver->oauthAnswer().code.isEmpty());
    }

    void oauthRefusedWithoutEffect()
    {
        auto receiver = startedOAuth();
        QVERIFY(receiver);
        const QByteArray state = m_attempt.state().toLatin1();
        const QByteArray port = QByteArray::number(m_port);
        // A wrong, missing, empty or repeated state: a page that says so, and the attempt waits on.
        for (const QByteArray &query : {QByteArray("code=forged&state=") + state + 'x', QByteArray("code=forged"),
                                        QByteArray("code=forged&state="),
                                        QByteArray("code=forged&state=") + state + "&state=" + state}) {
            const QByteArray page = exchange(m_port, redirectRequest(query));
            QCOMPARE(statusOf(page), 400);
            QVERIFY2(page.contains("does not belong to the sign-in"), page.constData());
            QVERIFY(!page.contains("forged"));
        }
        // Another Host (DNS rebinding), none, one without our port.
        QCOMPARE(statusOf(exchange(m_port, redirectRequest("code=c&state=" + state, "evil.example"))), 421);
        QCOMPARE(statusOf(exchange(m_port, redirectRequest("code=c&state=" + state, {}))), 421);
        QCOMPARE(statusOf(exchange(m_port, "GET /trello-onboard/oauth?code=c&state=" + state
                                               + " HTTP/1.1\r\nHost: localhost\r\n\r\n")), 421);
        // Another path (the relay page does not exist in this mode), another method.
        QCOMPARE(statusOf(exchange(m_port, redirectRequest("code=c&state=" + state, "localhost", "/trello-onboard/oauth2"))), 404);
        QCOMPARE(statusOf(exchange(m_port, redirectRequest("state=" + state, "localhost", "/trello-onboard/sign-in"))), 404);
        QCOMPARE(statusOf(exchange(m_port, redirectRequest("code=c&state=" + state, "localhost", "/trello-onboard/oauth", "POST"))), 405);
        QVERIFY(!receiver->isFinished());

        // The right answer still gets through, at 127.0.0.1 too.
        QSignalSpy finished(receiver.get(), &Job::finished);
        QCOMPARE(statusOf(exchange(m_port, redirectRequest("code=right&state=" + state, "127.0.0.1"))), 200);
        QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
        QCOMPARE(receiver->oauthAnswer().outcome, OAuthAttempt::Outcome::Code);
        QCOMPARE(receiver->oauthAnswer().code, QStringLiteral("right"));
    }

    void oauthAnswerWithoutACodeEndsTheAttempt()
    {
        auto receiver = startedOAuth();
        QVERIFY(receiver);
        QSignalSpy finished(receiver.get(), &Job::finished);
        QCOMPARE(statusOf(exchange(m_port, redirectRequest("state=" + m_attempt.state().toLatin1()))), 400);
        QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
        QCOMPARE(receiver->oauthAnswer().outcome, OAuthAttempt::Outcome::Malformed);
    }

    void oauthPortInUseNamesTheRedirectUriOption()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
        std::unique_ptr<LoopbackReceiver> receiver(LoopbackReceiver::forOAuth(redirectUri(), m_oauthConsentUrl, m_attempt));
        QSignalSpy finished(receiver.get(), &Job::finished);
        receiver->start();
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(receiver->error().kind(), ErrorKind::Network);
        QVERIFY2(receiver->error().message().contains(QLatin1String("--redirect-uri")), qPrintable(receiver->error().message()));
    }

    void oauthRedirectUriMustBeListenable()
    {
        QVERIFY(!LoopbackReceiver::checkRedirectUri(redirectUri()));
        QVERIFY(!LoopbackReceiver::checkRedirectUri(QUrl(QStringLiteral("http://127.0.0.1:9/x"))));
        QVERIFY(!LoopbackReceiver::checkRedirectUri(QUrl(QStringLiteral("http://[::1]:9/x"))));
        QVERIFY(LoopbackReceiver::checkRedirectUri(QUrl(QStringLiteral("http://localhost/x")))); // no port
        QVERIFY(LoopbackReceiver::checkRedirectUri(QUrl(QStringLiteral("https://localhost:9/x"))));
        QVERIFY(LoopbackReceiver::checkRedirectUri(QUrl(QStringLiteral("http://127.0.0.2:9/x"))));
        QVERIFY(LoopbackReceiver::checkRedirectUri(QUrl(QStringLiteral("http://example.com:9/x"))));
    }

    void cancelAndTheBoundEndIt()
    {
        {
            auto receiver = started();
            QVERIFY(receiver);
            QSignalSpy finished(receiver.get(), &Job::finished);
            receiver->cancel();
            QVERIFY(finished.size() == 1 || finished.wait(WaitMs));
            QCOMPARE(receiver->error().kind(), ErrorKind::Cancelled);
            QCOMPARE(exchange(m_port, "GET / HTTP/1.1\r\n\r\n"), QByteArray("not connected"));
        }
        LoopbackReceiver receiver(m_returnUrl, m_consentUrl);
        receiver.setTimeoutMs(300);
        QSignalSpy finished(&receiver, &Job::finished);
        receiver.start();
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(receiver.error().kind(), ErrorKind::Cancelled);
        QVERIFY(receiver.error().message().contains(QLatin1String("browser")));
        // The port is free again.
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, m_port));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
