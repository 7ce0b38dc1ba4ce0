// The offline Trello stand-in, exercised over real loopback HTTP as trello-onboard will use it.
#include "ConsentPages.h"
#include "OAuthTokenCodec.h"
#include "CallbackServer.h"
#include "Pkce.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace onboard::sandbox;
using onboard::HttpRequest;
using onboard::test::WaitMs;

namespace {

struct Answer
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType;
    QByteArray location;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QString text() const { return QString::fromUtf8(body); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

const QString ReturnUrl = QStringLiteral("http://localhost:17645/trello-onboard/callback");
const QRegularExpression CurrentTokenForm(QStringLiteral("^ATTA[0-9a-f]{64}[0-9A-F]{8}$"));
const QRegularExpression LegacyTokenForm(QStringLiteral("^[0-9a-f]{64}$"));

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// Where pressing the button `buttonId` on a consent page would take the browser: the GET form
// around the button, with its hidden fields.
QUrl formTarget(const QUrl &base, const QString &page, const QString &buttonId)
{
    const QRegularExpression form(QStringLiteral("<form method=\"get\" action=\"([^\"]+)\">((?:(?!</form>).)*)"
                                                 "<button id=\"%1\"")
                                      .arg(buttonId));
    const QRegularExpressionMatch match = form.match(page);
    if (!match.hasMatch())
        return {};
    QUrlQuery query;
    const QRegularExpression input(QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    for (auto it = input.globalMatch(match.captured(2)); it.hasNext();) {
        const QRegularExpressionMatch field = it.next();
        QString value = htmlUnescape(field.captured(2));
        // As a browser encodes form fields: every reserved character escaped.
        query.addQueryItem(htmlUnescape(field.captured(1)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    QUrl url = base.resolved(QUrl(htmlUnescape(match.captured(1))));
    url.setQuery(query);
    return url;
}

// The URL a redirect page sends the browser to, decoded from its script.
QString scriptTarget(const QString &page)
{
    const QRegularExpression script(QStringLiteral("<script>window\\.location\\.replace\\((\"[^\"]*\")\\);</script>"));
    const QRegularExpressionMatch match = script.match(page);
    if (!match.hasMatch())
        return {};
    const QJsonDocument literal = QJsonDocument::fromJson("[" + match.captured(1).toUtf8() + "]");
    return literal.array().at(0).toString();
}

const QString OAuthRedirect = QStringLiteral("http://localhost:17645/trello-onboard/oauth");
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-0123456789");
const QString OAuthState = QStringLiteral("st4te-1");
const QRegularExpression AccessTokenForm(QStringLiteral("^sbxat\\.[A-Za-z0-9_-]+$"));
const QRegularExpression RefreshTokenForm(QStringLiteral("^sbxrt\\.[A-Za-z0-9_-]+$"));

// What pressing the button `buttonId` on an OAuth consent page would send: the POST form around
// the button, its action and its hidden fields as a form-encoded body.
bool postFormTarget(const QUrl &base, const QString &page, const QString &buttonId, QUrl *action, QByteArray *body)
{
    const QRegularExpression form(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\">((?:(?!</form>).)*)"
                                                 "<button id=\"%1\"")
                                      .arg(buttonId));
    const QRegularExpressionMatch match = form.match(page);
    if (!match.hasMatch())
        return false;
    QStringList fields;
    const QRegularExpression input(QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    for (auto it = input.globalMatch(match.captured(2)); it.hasNext();) {
        const QRegularExpressionMatch field = it.next();
        fields << QString::fromLatin1(QUrl::toPercentEncoding(htmlUnescape(field.captured(1)))) + QLatin1Char('=')
                      + QString::fromLatin1(QUrl::toPercentEncoding(htmlUnescape(field.captured(2))));
    }
    *action = base.resolved(QUrl(htmlUnescape(match.captured(1))));
    *body = fields.join(QLatin1Char('&')).toLatin1();
    return true;
}

// The parameters a redirect to the OAuth redirect URI carries.
QUrlQuery redirectParameters(const QByteArray &location)
{
    return QUrlQuery(QUrl::fromEncoded(location));
}

QString parameter(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void consentPageDescribesTheRequest();
    void consentPageEscapesHostileInput();
    void allowRedirectsToReturnUrlWithToken();
    void denyRedirectsWithError();
    void foreignReturnUrlIsRefused();
    void allowedOriginsCanBeReplaced();
    void manualPathShowsToken();
    void postMessageAnswersTheOpener();
    void consentPageRejectsBadParameters_data();
    void consentPageRejectsBadParameters();
    void scriptStringCannotCloseTheScript();

    void memberMeWithQueryCredentials();
    void memberMeWithOAuthHeader();
    void missingOrMalformedCredentials_data();
    void missingOrMalformedCredentials();
    void tokenInfoDescribesTheToken();
    void tokenInfoNeedsTheSameToken();
    void expiredTokenIsRefused();
    void forgedTokensAreRefused();
    void revokedTokenIsRefused();
    void readOnlyTokenCannotRevoke();
    void legacyAndCurrentForms();
    void tokensWorkAcrossInstances();
    void unknownPathsAndMethods();

    void faultAnswerRateLimited();
    void faultTimesAndMethodAreHonoured();
    void faultAppliesToConsentPage();
    void faultNeverAnswer();
    void faultTrickle();
    void faultHugeBody();
    void faultRedirect();
    void faultCloseConnection();

    void receivedRecordsRequests();
    void receivedIsCapped();
    void keepAliveAndPipelining();
    void requestSplitAcrossReads();
    void connectionCloseIsHonoured();
    void malformedRequestGets400();
    void oversizedHeadersGet431();

    void oauthConsentPageDescribesTheRequest();
    void oauthConsentPageEscapesHostileInput();
    void oauthAllowRedirectsWithCode();
    void oauthDenyRedirectsWithError();
    void oauthAuthorizeRejectsBadParameters_data();
    void oauthAuthorizeRejectsBadParameters();
    void oauthDecisionChecksParametersAgain();
    void oauthRegisteredRedirectUris();
    void oauthCodeExchange_data();
    void oauthCodeExchange();
    void oauthCodeWithoutOfflineAccessGivesNoRefreshToken();
    void oauthCodeIsSingleUseAndBound();
    void oauthRefreshRotates();
    void oauthRefreshReuseEndsTheGrant();
    void oauthGrantLapsesAfter90Days();
    void oauthAccessTokenLifetime();
    void oauthBearerOnMembersMe();
    void oauthTokensWorkAcrossInstances();
    void oauthTokenEndpointRefusesGarbage_data();
    void oauthTokenEndpointRefusesGarbage();
    void oauthFaultsApply();

    void webhooksAreKeptPerToken();
    void webhookCreationChecksTheCallback_data();
    void webhookCreationChecksTheCallback();
    void webhookCreationReadsItsParameters();
    void webhookCreationRefusesBadParameters_data();
    void webhookCreationRefusesBadParameters();
    void webhookGetAndDelete();
    void webhooksDieWithTheirToken();
    void webhookRoutesNeedTrelloCredentials();

    void standaloneExecutable();

private:
    // POST /1/webhooks with `fields` form-encoded (or as JSON), the token in the query.
    Answer createWebhook(const QString &token, const QList<QPair<QString, QString>> &fields, bool json = false);
    QJsonArray listWebhooks(const QString &token, int *status = nullptr);

    QUrl api(const QString &path, const QUrlQuery &query = {}) const;
    QUrlQuery credentials(const QString &token) const;
    QUrl authorize(const QUrlQuery &extra) const;
    Answer send(const QByteArray &verb, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                int transferTimeoutMs = 0);
    Answer get(const QUrl &url) { return send("GET", url); }
    Answer post(const QUrl &url, const QByteArray &contentType, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // OAuth 2.0: the consent page's URL with the demo client's usual request, `extra` replacing
    // (or, with a null value, removing) parameters.
    QUrl oauthAuthorize(const QList<QPair<QString, QString>> &extra = {}, const QUrl &base = {}) const;
    // Walks the consent page and presses Allow; the code from the redirect, empty on failure.
    QString oauthCode(const QList<QPair<QString, QString>> &extra = {}, const QUrl &base = {});
    // POST /oauth/token with `fields` as JSON (or form-encoded).
    Answer tokenRequest(const QList<QPair<QString, QString>> &fields, bool form = false, const QUrl &base = {});
    Answer exchange(const QString &code, const QList<QPair<QString, QString>> &extra = {}, const QUrl &base = {});
    Answer refresh(const QString &refreshToken, const QString &clientId = SandboxServer::demoClientId());
    Answer bearerMe(const QString &accessToken, const QUrlQuery &query = {});
    // Raw bytes over a socket of our own; returns what came back once `done` holds or the peer closed.
    QByteArray rawExchange(const QList<QByteArray> &pieces, const std::function<bool(const QByteArray &)> &done,
                           bool *closed = nullptr);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandbox::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen());
    QVERIFY(m_sandbox->port() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSandbox::cleanup()
{
    m_network.reset();
    m_sandbox.reset();
}

QUrl TestSandbox::api(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_sandbox->baseUrl();
    url.setPath(path);
    url.setQuery(query);
    return url;
}

QUrlQuery TestSandbox::credentials(const QString &token) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("key"), SandboxServer::demoKey());
    query.addQueryItem(QStringLiteral("token"), token);
    return query;
}

QUrl TestSandbox::authorize(const QUrlQuery &extra) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("key"), SandboxServer::demoKey());
    query.addQueryItem(QStringLiteral("name"), QStringLiteral("My Tool"));
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("read,write"));
    query.addQueryItem(QStringLiteral("expiration"), QStringLiteral("30days"));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("token"));
    query.addQueryItem(QStringLiteral("callback_method"), QStringLiteral("fragment"));
    query.addQueryItem(QStringLiteral("return_url"), ReturnUrl);
    for (const auto &item : extra.queryItems()) {
        query.removeAllQueryItems(item.first);
        if (!item.second.isNull())
            query.addQueryItem(item.first, item.second);
    }
    QUrl url = m_sandbox->authorizeUrl();
    url.setQuery(query);
    return url;
}

Answer TestSandbox::send(const QByteArray &verb, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                         int transferTimeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, verb));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    answer.finished = reply->isFinished() || finished.wait(WaitMs);
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.location = reply->rawHeader("Location");
    answer.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        answer.body = reply->readAll();
    return answer;
}

Answer TestSandbox::post(const QUrl &url, const QByteArray &contentType, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Content-Type", contentType);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    answer.finished = reply->isFinished() || finished.wait(WaitMs);
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.location = reply->rawHeader("Location");
    answer.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        answer.body = reply->readAll();
    return answer;
}

QUrl TestSandbox::oauthAuthorize(const QList<QPair<QString, QString>> &extra, const QUrl &base) const
{
    QList<QPair<QString, QString>> items{
        {QStringLiteral("client_id"), SandboxServer::demoClientId()},
        {QStringLiteral("redirect_uri"), OAuthRedirect},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("scope"), QStringLiteral("read:member:trello read:board:trello offline_access")},
        {QStringLiteral("state"), OAuthState},
        {QStringLiteral("code_challenge"), Pkce::challengeOf(Verifier)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        {QStringLiteral("prompt"), QStringLiteral("consent")},
    };
    for (const auto &change : extra) {
        items.erase(std::remove_if(items.begin(), items.end(), [&](const auto &item) { return item.first == change.first; }),
                    items.end());
        if (!change.second.isNull())
            items.append(change);
    }
    QUrlQuery query;
    for (const auto &item : std::as_const(items)) // every reserved character escaped, as a client does
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    QUrl url = base.isEmpty() ? m_sandbox->oauthAuthorizeUrl() : base.resolved(QUrl(QStringLiteral("/authorize")));
    url.setQuery(query);
    return url;
}

QString TestSandbox::oauthCode(const QList<QPair<QString, QString>> &extra, const QUrl &base)
{
    const QUrl pageUrl = oauthAuthorize(extra, base);
    const Answer page = get(pageUrl);
    QUrl action;
    QByteArray body;
    if (page.status != 200 || !postFormTarget(pageUrl, page.text(), QStringLiteral("allow"), &action, &body))
        return {};
    const Answer redirect = post(action, "application/x-www-form-urlencoded", body);
    if (redirect.status != 302)
        return {};
    return parameter(redirectParameters(redirect.location), QStringLiteral("code"));
}

Answer TestSandbox::tokenRequest(const QList<QPair<QString, QString>> &fields, bool form, const QUrl &base)
{
    const QUrl url = base.isEmpty() ? m_sandbox->oauthTokenUrl() : base.resolved(QUrl(QStringLiteral("/oauth/token")));
    if (form) {
        QStringList pairs;
        for (const auto &field : fields)
            pairs << QString::fromLatin1(QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second));
        return post(url, "application/x-www-form-urlencoded", pairs.join(QLatin1Char('&')).toLatin1());
    }
    QJsonObject object;
    for (const auto &field : fields)
        object.insert(field.first, field.second);
    return post(url, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Answer TestSandbox::exchange(const QString &code, const QList<QPair<QString, QString>> &extra, const QUrl &base)
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("client_id"), SandboxServer::demoClientId()},
                                          {QStringLiteral("code"), code},
                                          {QStringLiteral("code_verifier"), Verifier},
                                          {QStringLiteral("redirect_uri"), OAuthRedirect}};
    for (const auto &change : extra) {
        for (auto &field : fields) {
            if (field.first == change.first)
                field.second = change.second;
        }
    }
    return tokenRequest(fields, false, base);
}

Answer TestSandbox::refresh(const QString &refreshToken, const QString &clientId)
{
    return tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("client_id"), clientId},
                         {QStringLiteral("refresh_token"), refreshToken}});
}

Answer TestSandbox::bearerMe(const QString &accessToken, const QUrlQuery &query)
{
    return send("GET", api(QStringLiteral("/1/members/me"), query), {{"Authorization", "Bearer " + accessToken.toLatin1()}});
}

QByteArray TestSandbox::rawExchange(const QList<QByteArray> &pieces, const std::function<bool(const QByteArray &)> &done,
                                    bool *closed)
{
    // Declared before the socket: its destructor may still emit disconnected() into the lambdas.
    QByteArray received;
    bool disconnected = false;
    QTcpSocket socket;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    connect(&socket, &QTcpSocket::disconnected, &socket, [&] { disconnected = true; });
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    if (socket.state() != QAbstractSocket::ConnectedState && !connected.wait(WaitMs))
        return {};
    for (const QByteArray &piece : pieces) {
        socket.write(piece);
        socket.flush();
        QTest::qWait(20); // let the server read each piece on its own
    }
    QElapsedTimer timer;
    timer.start();
    while (!disconnected && !done(received) && timer.elapsed() < WaitMs)
        QTest::qWait(10);
    // A close right after the answer is part of what some tests check.
    QTest::qWait(50);
    received += socket.readAll();
    if (closed)
        *closed = disconnected || socket.state() == QAbstractSocket::UnconnectedState;
    return received;
}

// ---- the consent page ----------------------------------------------------------------------

void TestSandbox::consentPageDescribesTheRequest()
{
    const Answer page = get(authorize({{QStringLiteral("scope"), QStringLiteral("read,write,account")},
                                       {QStringLiteral("expiration"), QStringLiteral("1day")}}));
    QVERIFY(page.finished);
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    const QString html = page.text();
    QVERIFY(html.contains(QLatin1String("<title>")));
    QVERIFY(html.contains(QLatin1String("My Tool wants to use your account")));
    QVERIFY(html.contains(QLatin1String("Read all of your boards")));
    QVERIFY(html.contains(QLatin1String("Create, change and delete")));
    QVERIFY(html.contains(QLatin1String("account details")));
    QVERIFY(html.contains(QLatin1String("expire in 1 day")));
    QVERIFY(html.contains(QLatin1String("Demo Member")));
    QVERIFY(html.contains(QLatin1String("http://localhost:17645")));
    QVERIFY(html.contains(QLatin1String("<button id=\"allow\"")));
    QVERIFY(html.contains(QLatin1String("<button id=\"deny\"")));

    m_sandbox->setConsentingMember(1);
    const Answer second = get(authorize({{QStringLiteral("expiration"), QStringLiteral("never")}}));
    QVERIFY(second.text().contains(QLatin1String("Second Member")));
    QVERIFY(second.text().contains(QLatin1String("never expire")));
}

void TestSandbox::consentPageEscapesHostileInput()
{
    const QString hostile = QStringLiteral("<script>alert(1)</script>\"' onload=x");
    const Answer page = get(authorize({{QStringLiteral("name"), hostile}}));
    QCOMPARE(page.status, 200);
    const QString html = page.text();
    QVERIFY(!html.contains(QLatin1String("<script>alert")));
    QVERIFY(!html.contains(QLatin1String("\"' onload")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; onload=x wants to use")));
    // Whatever the name, the Allow form carries it back intact.
    const Answer redirect = get(formTarget(m_sandbox->baseUrl(), html, QStringLiteral("allow")));
    QCOMPARE(redirect.status, 200);
    QVERIFY(!redirect.text().contains(QLatin1String("<script>alert")));
    QVERIFY(scriptTarget(redirect.text()).startsWith(ReturnUrl + QLatin1String("#token=")));
}

void TestSandbox::allowRedirectsToReturnUrlWithToken()
{
    const Answer page = get(authorize({}));
    const QUrl allow = formTarget(m_sandbox->baseUrl(), page.text(), QStringLiteral("allow"));
    QVERIFY(allow.isValid());
    QCOMPARE(allow.host(), QStringLiteral("127.0.0.1"));

    const Answer redirect = get(allow);
    QCOMPARE(redirect.status, 200);
    QVERIFY(redirect.contentType.startsWith("text/html"));
    const QString target = scriptTarget(redirect.text());
    const QString prefix = ReturnUrl + QLatin1String("#token=");
    QVERIFY2(target.startsWith(prefix), qPrintable(target));
    const QString token = target.mid(prefix.size());
    QVERIFY2(CurrentTokenForm.match(token).hasMatch(), qPrintable(token));
    // The visible fallback link goes to the same place.
    QVERIFY(redirect.text().contains(QLatin1String("href=\"") + target + QLatin1Char('"')));
    QVERIFY(redirect.text().contains(QLatin1String("<noscript>")));

    const Answer me = get(api(QStringLiteral("/1/members/me"), credentials(token)));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
    const Answer info = get(api(QStringLiteral("/1/tokens/") + token, credentials(token)));
    QCOMPARE(info.json().value(QStringLiteral("identifier")).toString(), QStringLiteral("My Tool"));
    const QJsonArray permissions = info.json().value(QStringLiteral("permissions")).toArray();
    QVERIFY(permissions.at(0).toObject().value(QStringLiteral("write")).toBool());
}

void TestSandbox::denyRedirectsWithError()
{
    const Answer page = get(authorize({}));
    const Answer redirect = get(formTarget(m_sandbox->baseUrl(), page.text(), QStringLiteral("deny")));
    QCOMPARE(redirect.status, 200);
    const QString target = scriptTarget(redirect.text());
    QCOMPARE(target, ReturnUrl + QLatin1String("#token=&error=Token%20request%20rejected"));
    // '&' in the script is escaped, and in the link it is an entity.
    QVERIFY(redirect.text().contains(QLatin1String("#token=\\u0026error=")));
    QVERIFY(redirect.text().contains(QLatin1String("#token=&amp;error=")));
}

void TestSandbox::postMessageAnswersTheOpener()
{
    // callback_method=postMessage: the answer goes to the window that opened the consent page,
    // addressed to the return URL's origin; no address carries it.
    const QUrlQuery postMessage({{QStringLiteral("callback_method"), QStringLiteral("postMessage")},
                                 {QStringLiteral("return_url"), QStringLiteral("http://localhost:17645")}});
    const Answer page = get(authorize(postMessage));
    QCOMPARE(page.status, 200);
    const Answer allowed = get(formTarget(m_sandbox->baseUrl(), page.text(), QStringLiteral("allow")));
    QCOMPARE(allowed.status, 200);
    const QRegularExpressionMatch posted = QRegularExpression(
        QStringLiteral("window\\.opener\\.postMessage\\(\"([^\"]*)\", \"http://localhost:17645\"\\)")).match(allowed.text());
    QVERIFY2(posted.hasMatch(), qPrintable(allowed.text()));
    QVERIFY(CurrentTokenForm.match(posted.captured(1)).hasMatch());
    QVERIFY(!allowed.text().contains(QLatin1String("location.replace")));
    QVERIFY(!allowed.text().contains(QLatin1String("#token=")));

    const Answer denied = get(formTarget(m_sandbox->baseUrl(), page.text(), QStringLiteral("deny")));
    QCOMPARE(denied.status, 200);
    QVERIFY2(denied.text().contains(QLatin1String("window.opener.postMessage(\"\", \"http://localhost:17645\")")),
             qPrintable(denied.text()));

    // Without a return URL there is no origin to post to.
    QUrlQuery noOrigin({{QStringLiteral("callback_method"), QStringLiteral("postMessage")}});
    noOrigin.addQueryItem(QStringLiteral("return_url"), QString());
    QCOMPARE(get(authorize(noOrigin)).status, 400);
}

void TestSandbox::foreignReturnUrlIsRefused()
{
    const Answer page = get(authorize({{QStringLiteral("return_url"), QStringLiteral("http://evil.example:8080/cb")}}));
    QCOMPARE(page.status, 400);
    QVERIFY(page.text().contains(QLatin1String("Invalid return_url")));
    QVERIFY(page.text().contains(QLatin1String("http://evil.example:8080")));
    QVERIFY(!page.text().contains(QLatin1String("id=\"allow\"")));

    // Going straight to the Allow target does not get around it.
    QUrl approve = api(QStringLiteral("/1/token/approve"));
    QUrlQuery query = QUrlQuery(authorize({{QStringLiteral("return_url"), QStringLiteral("https://evil.example/cb")}}));
    approve.setQuery(query);
    const Answer direct = get(approve);
    QCOMPARE(direct.status, 400);
    QVERIFY(direct.text().contains(QLatin1String("Invalid return_url")));
    QVERIFY(!direct.text().contains(QLatin1String("#token=")));

    // Look-alikes of the allowed origin are foreign too.
    for (const QString &lookAlike : {QStringLiteral("http://localhost:17645@evil.example/cb"),
                                     QStringLiteral("http://localhost:17645.evil.example/cb"),
                                     QStringLiteral("https://localhost:17645/cb"), QStringLiteral("http://localhost:17646/cb")}) {
        const Answer refused = get(authorize({{QStringLiteral("return_url"), lookAlike}}));
        QVERIFY2(refused.status == 400, qPrintable(lookAlike));
        QVERIFY(refused.text().contains(QLatin1String("Invalid return_url")));
    }

    const Answer garbage = get(authorize({{QStringLiteral("return_url"), QStringLiteral("javascript:alert(1)")}}));
    QCOMPARE(garbage.status, 400);
    QVERIFY(garbage.text().contains(QLatin1String("Invalid return_url")));
}

void TestSandbox::allowedOriginsCanBeReplaced()
{
    QCOMPARE(m_sandbox->allowedOrigins(), QStringList{QStringLiteral("http://localhost:17645")});
    m_sandbox->setAllowedOrigins({QStringLiteral("http://127.0.0.1:5555/"), QStringLiteral("HTTPS://Example.COM:443")});
    QCOMPARE(m_sandbox->allowedOrigins(),
             (QStringList{QStringLiteral("http://127.0.0.1:5555"), QStringLiteral("https://example.com")}));

    QCOMPARE(get(authorize({})).status, 400);
    QCOMPARE(get(authorize({{QStringLiteral("return_url"), QStringLiteral("http://127.0.0.1:5555/x")}})).status, 200);
    QCOMPARE(get(authorize({{QStringLiteral("return_url"), QStringLiteral("https://example.com/cb")}})).status, 200);

    m_sandbox->setAllowedOrigins({});
    QCOMPARE(get(authorize({{QStringLiteral("return_url"), QStringLiteral("http://127.0.0.1:5555/x")}})).status, 400);
}

void TestSandbox::manualPathShowsToken()
{
    QUrlQuery noReturn;
    noReturn.addQueryItem(QStringLiteral("return_url"), QString()); // null: removed
    const QUrl url = authorize(noReturn);
    QVERIFY(!url.query().contains(QLatin1String("return_url")));
    const Answer page = get(url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QLatin1String("id=\"allow\"")));

    const Answer tokenPage = get(formTarget(m_sandbox->baseUrl(), page.text(), QStringLiteral("allow")));
    QCOMPARE(tokenPage.status, 200);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("id=\"token\">([^<]*)<")).match(tokenPage.text());
    QVERIFY(match.hasMatch());
    const QString token = match.captured(1);
    QVERIFY(CurrentTokenForm.match(token).hasMatch());
    QVERIFY(!tokenPage.text().contains(QLatin1String("location.replace")));
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(token))).status, 200);
}

void TestSandbox::consentPageRejectsBadParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("no key") << QStringLiteral("key") << QString() << 401 << QStringLiteral("invalid key");
    QTest::newRow("short key") << QStringLiteral("key") << QStringLiteral("abc") << 401 << QStringLiteral("invalid key");
    QTest::newRow("non-hex key") << QStringLiteral("key") << QStringLiteral("z").repeated(32) << 401
                                 << QStringLiteral("invalid key");
    QTest::newRow("bad scope") << QStringLiteral("scope") << QStringLiteral("read,admin") << 400
                               << QStringLiteral("Invalid scope");
    QTest::newRow("bad expiration") << QStringLiteral("expiration") << QStringLiteral("2hours") << 400
                                    << QStringLiteral("Invalid expiration");
    QTest::newRow("bad callback_method") << QStringLiteral("callback_method") << QStringLiteral("opener") << 400
                                         << QStringLiteral("Invalid callback_method");
}

void TestSandbox::consentPageRejectsBadParameters()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, text);
    const Answer page = get(authorize({{name, value}}));
    QCOMPARE(page.status, status);
    QVERIFY2(page.text().contains(text), qPrintable(page.text()));
    QVERIFY(!page.text().contains(QLatin1String("id=\"allow\"")));
}

void TestSandbox::scriptStringCannotCloseTheScript()
{
    const QString literal = ConsentPages::scriptString(QStringLiteral("a\"b\\c</script><!--\n\u2028&'"));
    QVERIFY(!literal.contains(QLatin1Char('<')));
    QVERIFY(!literal.contains(QLatin1Char('>')));
    QVERIFY(!literal.contains(QLatin1Char('\n')));
    const QJsonDocument parsed = QJsonDocument::fromJson("[" + literal.toUtf8() + "]");
    QCOMPARE(parsed.array().at(0).toString(), QStringLiteral("a\"b\\c</script><!--\n\u2028&'"));
}

// ---- the API -------------------------------------------------------------------------------

void TestSandbox::memberMeWithQueryCredentials()
{
    const QString token = m_sandbox->issueToken(1, {QStringLiteral("read")}, QStringLiteral("never"));
    const Answer me = get(api(QStringLiteral("/1/members/me"), credentials(token)));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.contentType, QByteArray("application/json; charset=utf-8"));
    const SandboxMember &member = SandboxServer::members().at(1);
    QCOMPARE(me.json().value(QStringLiteral("id")).toString(), member.id);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("second"));
    QCOMPARE(me.json().value(QStringLiteral("fullName")).toString(), QStringLiteral("Second Member"));
    QVERIFY(me.json().value(QStringLiteral("url")).toString().endsWith(QLatin1String("/u/second")));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(member.id).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(SandboxServer::demoKey()).hasMatch());
}

void TestSandbox::memberMeWithOAuthHeader()
{
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("1day"));
    const QByteArray key = SandboxServer::demoKey().toLatin1();
    const QList<QByteArray> spellings{
        "OAuth oauth_consumer_key=\"" + key + "\", oauth_token=\"" + token.toLatin1() + "\"",
        "oauth  oauth_token=\"" + token.toLatin1() + "\",oauth_consumer_key=\"" + key + "\"",
        "OAuth realm=\"\", oauth_consumer_key=" + key + " , oauth_token=" + token.toLatin1(),
    };
    for (const QByteArray &authorization : spellings) {
        const Answer me = send("GET", api(QStringLiteral("/1/members/me")), {{"Authorization", authorization}});
        QVERIFY2(me.status == 200, authorization.constData());
        QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
    }
    // Bearer is OAuth 2.0's: a key or Trello token there is no access token.
    const Answer bearer = send("GET", api(QStringLiteral("/1/members/me")), {{"Authorization", "Bearer " + key}});
    QCOMPARE(bearer.status, 401);
    QCOMPARE(bearer.body, QByteArray("invalid token"));
    const Answer noToken = send("GET", api(QStringLiteral("/1/members/me")),
                                {{"Authorization", "OAuth oauth_consumer_key=\"" + key + "\""}});
    QCOMPARE(noToken.status, 401);
    QCOMPARE(noToken.body, QByteArray("invalid token"));
}

void TestSandbox::missingOrMalformedCredentials_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("text");
    const QString token = SandboxServer().issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    QTest::newRow("no key") << QString() << token << QByteArray("invalid key");
    QTest::newRow("short key") << QStringLiteral("abcdef") << token << QByteArray("invalid key");
    QTest::newRow("no token") << SandboxServer::demoKey() << QString() << QByteArray("invalid token");
    QTest::newRow("garbage token") << SandboxServer::demoKey() << QStringLiteral("hello") << QByteArray("invalid token");
}

void TestSandbox::missingOrMalformedCredentials()
{
    QFETCH(QString, key);
    QFETCH(QString, token);
    QFETCH(QByteArray, text);
    QUrlQuery query;
    if (!key.isEmpty())
        query.addQueryItem(QStringLiteral("key"), key);
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("token"), token);
    const Answer me = get(api(QStringLiteral("/1/members/me"), query));
    QCOMPARE(me.status, 401);
    QVERIFY(me.contentType.startsWith("text/plain"));
    QCOMPARE(me.body, text);
}

void TestSandbox::tokenInfoDescribesTheToken()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString full = m_sandbox->issueToken(0, {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("account")},
                                               QStringLiteral("30days"));
    const Answer info = get(api(QStringLiteral("/1/tokens/") + full, credentials(full)));
    QCOMPARE(info.status, 200);
    QCOMPARE(info.contentType, QByteArray("application/json; charset=utf-8"));
    const QJsonObject object = info.json();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(object.value(QStringLiteral("id")).toString()).hasMatch());
    QCOMPARE(object.value(QStringLiteral("identifier")).toString(), QStringLiteral("trello-onboard"));
    QCOMPARE(object.value(QStringLiteral("idMember")).toString(), SandboxServer::members().at(0).id);
    const QString createdText = object.value(QStringLiteral("dateCreated")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                 .match(createdText).hasMatch(), qPrintable(createdText));
    const QDateTime created = QDateTime::fromString(createdText, Qt::ISODateWithMs);
    QVERIFY(created >= before && created <= QDateTime::currentDateTimeUtc());
    QCOMPARE(QDateTime::fromString(object.value(QStringLiteral("dateExpires")).toString(), Qt::ISODateWithMs),
             created.addDays(30));
    const QJsonArray permissions = object.value(QStringLiteral("permissions")).toArray();
    QCOMPARE(permissions.size(), 3);
    QCOMPARE(permissions.at(0).toObject().value(QStringLiteral("modelType")).toString(), QStringLiteral("Board"));
    QCOMPARE(permissions.at(0).toObject().value(QStringLiteral("idModel")).toString(), QStringLiteral("*"));
    QVERIFY(permissions.at(0).toObject().value(QStringLiteral("write")).toBool());
    QCOMPARE(permissions.at(1).toObject().value(QStringLiteral("modelType")).toString(), QStringLiteral("Organization"));
    QCOMPARE(permissions.at(2).toObject().value(QStringLiteral("modelType")).toString(), QStringLiteral("Member"));
    QCOMPARE(permissions.at(2).toObject().value(QStringLiteral("idModel")).toString(), SandboxServer::members().at(0).id);

    const QString readOnly = m_sandbox->issueToken(1, {QStringLiteral("read")}, QStringLiteral("never"));
    const QJsonObject readInfo = get(api(QStringLiteral("/1/tokens/") + readOnly, credentials(readOnly))).json();
    QVERIFY(readInfo.value(QStringLiteral("dateExpires")).isNull());
    const QJsonArray readPermissions = readInfo.value(QStringLiteral("permissions")).toArray();
    QCOMPARE(readPermissions.size(), 2);
    QVERIFY(readPermissions.at(0).toObject().value(QStringLiteral("read")).toBool());
    QVERIFY(!readPermissions.at(0).toObject().value(QStringLiteral("write")).toBool());
    QVERIFY(!readPermissions.at(1).toObject().value(QStringLiteral("write")).toBool());
}

void TestSandbox::tokenInfoNeedsTheSameToken()
{
    const QString mine = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    const QString other = m_sandbox->issueToken(1, {QStringLiteral("read")}, QStringLiteral("never"));
    const Answer info = get(api(QStringLiteral("/1/tokens/") + other, credentials(mine)));
    QCOMPARE(info.status, 401);
    QCOMPARE(info.body, QByteArray("invalid token"));
}

void TestSandbox::expiredTokenIsRefused()
{
    const QDateTime twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    const QString expired = m_sandbox->issueTokenCreatedAt(0, {QStringLiteral("read")}, QStringLiteral("1hour"), twoHoursAgo);
    const Answer refused = get(api(QStringLiteral("/1/members/me"), credentials(expired)));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.body, QByteArray("expired token"));

    const QString stillValid = m_sandbox->issueTokenCreatedAt(0, {QStringLiteral("read")}, QStringLiteral("1day"), twoHoursAgo);
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(stillValid))).status, 200);
    const QJsonObject info = get(api(QStringLiteral("/1/tokens/") + stillValid, credentials(stillValid))).json();
    QCOMPARE(QDateTime::fromString(info.value(QStringLiteral("dateCreated")).toString(), Qt::ISODateWithMs),
             QDateTime::fromSecsSinceEpoch(twoHoursAgo.toSecsSinceEpoch(), Qt::UTC));
}

void TestSandbox::forgedTokensAreRefused()
{
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("never"));
    QStringList forged;
    for (int position : {4, 10, 40, 70, 75}) {
        QString tampered = token;
        tampered[position] = tampered.at(position) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        forged << tampered;
    }
    forged << QStringLiteral("ATTA") + QStringLiteral("ab").repeated(32) + QStringLiteral("ABCDEF01");
    forged << QStringLiteral("0123456789abcdef").repeated(4);
    forged << token.mid(4, 64); // the current form's hex cut down to the legacy length
    forged << token + QLatin1Char('0');
    forged << QStringLiteral("XXXX") + token.mid(4);
    for (const QString &token : std::as_const(forged)) {
        const Answer me = get(api(QStringLiteral("/1/members/me"), credentials(token)));
        QVERIFY2(me.status == 401, qPrintable(token));
        QCOMPARE(me.body, QByteArray("invalid token"));
    }
    // Hex case does not matter.
    const QString upper = QStringLiteral("ATTA") + token.mid(4).toUpper();
    const QString lower = QStringLiteral("ATTA") + token.mid(4).toLower();
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(upper))).status, 200);
    QCOMPARE(get(api(QStringLiteral("/1/tokens/") + lower, credentials(upper))).status, 200);
}

void TestSandbox::revokedTokenIsRefused()
{
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("never"));
    const QString other = m_sandbox->issueToken(0, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("never"));
    QVERIFY(token != other); // issued in the same second, yet distinct
    const Answer revoked = send("DELETE", api(QStringLiteral("/1/tokens/") + token + QLatin1Char('/'), credentials(token)));
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(revoked.body, QByteArray("{\"_value\":null}"));
    QVERIFY(m_sandbox->isRevoked(token));
    QVERIFY(!m_sandbox->isRevoked(other));

    const Answer me = get(api(QStringLiteral("/1/members/me"), credentials(token)));
    QCOMPARE(me.status, 401);
    QCOMPARE(me.body, QByteArray("invalid token"));
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(other))).status, 200);

    // Without the trailing slash too.
    QCOMPARE(send("DELETE", api(QStringLiteral("/1/tokens/") + other, credentials(other))).status, 200);
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(other))).status, 401);
}

void TestSandbox::readOnlyTokenCannotRevoke()
{
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    const Answer refused = send("DELETE", api(QStringLiteral("/1/tokens/") + token + QLatin1Char('/'), credentials(token)));
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.contentType.startsWith("text/plain"));
    QCOMPARE(refused.body, QByteArray("unauthorized permission requested"));
    QVERIFY(!m_sandbox->isRevoked(token));
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(token))).status, 200);
}

void TestSandbox::legacyAndCurrentForms()
{
    const QString current = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    const QString legacy =
        m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"), SandboxServer::TokenForm::Legacy);
    QCOMPARE(current.size(), 76);
    QVERIFY2(CurrentTokenForm.match(current).hasMatch(), qPrintable(current));
    QCOMPARE(legacy.size(), 64);
    QVERIFY2(LegacyTokenForm.match(legacy).hasMatch(), qPrintable(legacy));
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(current))).status, 200);
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(legacy))).status, 200);
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(legacy.toUpper()))).status, 200);

    QVERIFY(m_sandbox->issueToken(2, {QStringLiteral("read")}, QStringLiteral("never")).isEmpty());
    QVERIFY(m_sandbox->issueToken(0, {QStringLiteral("admin")}, QStringLiteral("never")).isEmpty());
    QVERIFY(m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("forever")).isEmpty());
}

void TestSandbox::tokensWorkAcrossInstances()
{
    SandboxServer other;
    const QString token = other.issueToken(1, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("1day"));
    const QString legacy = other.issueToken(1, {QStringLiteral("read")}, QStringLiteral("1day"), SandboxServer::TokenForm::Legacy);
    const Answer me = get(api(QStringLiteral("/1/members/me"), credentials(token)));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("second"));
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(legacy))).status, 200);
    // Revocation is per instance.
    QCOMPARE(send("DELETE", api(QStringLiteral("/1/tokens/") + token, credentials(token))).status, 200);
    QVERIFY(m_sandbox->isRevoked(token));
    QVERIFY(!other.isRevoked(token));
}

void TestSandbox::unknownPathsAndMethods()
{
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    const Answer unknown = get(api(QStringLiteral("/1/xyz"), credentials(token)));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.contentType.startsWith("text/plain"));
    QCOMPARE(unknown.body, QByteArray("Cannot GET /1/xyz"));
    const Answer wrongMethod = send("POST", api(QStringLiteral("/1/members/me"), credentials(token)));
    QCOMPARE(wrongMethod.status, 404);
    QCOMPARE(wrongMethod.body, QByteArray("Cannot POST /1/members/me"));
    QCOMPARE(send("PUT", api(QStringLiteral("/1/tokens/") + token, credentials(token))).status, 404);
    QCOMPARE(get(api(QStringLiteral("/"))).status, 404);
}

// ---- faults ----------------------------------------------------------------------------------

void TestSandbox::faultAnswerRateLimited()
{
    SandboxFault fault;
    fault.status = 429;
    fault.contentType = "application/json; charset=utf-8";
    fault.body = R"({"error":"API_TOKEN_LIMIT_EXCEEDED","message":"Rate limit exceeded"})";
    m_sandbox->addFault("GET", QStringLiteral("/1/members/"), fault);
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    const Answer limited = get(api(QStringLiteral("/1/members/me"), credentials(token)));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.contentType, fault.contentType);
    QCOMPARE(limited.json().value(QStringLiteral("error")).toString(), QStringLiteral("API_TOKEN_LIMIT_EXCEEDED"));
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(token))).status, 200); // times = 1
}

void TestSandbox::faultTimesAndMethodAreHonoured()
{
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("never"));
    SandboxFault unavailable;
    unavailable.status = 503;
    unavailable.body = "down";
    unavailable.times = 2;
    m_sandbox->addFault("DELETE", QStringLiteral("/1/tokens"), unavailable);
    SandboxFault teapot;
    teapot.status = 418;
    teapot.times = -1;
    m_sandbox->addFault(QByteArray(), QStringLiteral("/1/boards"), teapot);

    const QUrl tokenUrl = api(QStringLiteral("/1/tokens/") + token, credentials(token));
    QCOMPARE(get(tokenUrl).status, 200); // method does not match
    QCOMPARE(send("DELETE", tokenUrl).status, 503);
    QCOMPARE(send("DELETE", tokenUrl).body, QByteArray("down"));
    QVERIFY(!m_sandbox->isRevoked(token));
    QCOMPARE(send("DELETE", tokenUrl).status, 200);
    QVERIFY(m_sandbox->isRevoked(token));

    for (int i = 0; i < 3; ++i)
        QCOMPARE(send(i % 2 ? "GET" : "POST", api(QStringLiteral("/1/boards/abc"))).status, 418);
    m_sandbox->clearFaults();
    QCOMPARE(get(api(QStringLiteral("/1/boards/abc"))).status, 404);
}

void TestSandbox::faultAppliesToConsentPage()
{
    SandboxFault fault;
    fault.status = 500;
    fault.body = "Internal Server Error";
    m_sandbox->addFault("GET", QStringLiteral("/1/authorize"), fault);
    QCOMPARE(get(authorize({})).status, 500);
    QCOMPARE(get(authorize({})).status, 200);
}

void TestSandbox::faultNeverAnswer()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::NeverAnswer;
    m_sandbox->addFault(QByteArray(), QStringLiteral("/1/members/me"), fault);
    QElapsedTimer timer;
    timer.start();
    const Answer silent = send("GET", api(QStringLiteral("/1/members/me")), {}, 300);
    QVERIFY(silent.finished);
    QVERIFY(silent.error != QNetworkReply::NoError);
    QCOMPARE(silent.status, 0);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_sandbox->received().size(), 1);

    // A client that keeps waiting does not keep the server from going away.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QVERIFY(connected.wait(WaitMs));
    m_sandbox->addFault(QByteArray(), QStringLiteral("/"), fault);
    socket.write("GET /1/members/me HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->received().size(), 2, WaitMs);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    m_sandbox.reset();
    QVERIFY(disconnected.wait(WaitMs));
    QVERIFY(socket.readAll().isEmpty());
}

void TestSandbox::faultTrickle()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Trickle;
    fault.intervalMs = 20;
    fault.body = "{";
    m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);

    QNetworkRequest request(api(QStringLiteral("/1/members/me")));
    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    QByteArray body;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] { body += reply->readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(body.size() >= 5, WaitMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    // An ordinary-looking length, far more than arrives before the client gives up.
    QVERIFY(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > body.size() + 1000);
    QVERIFY(!reply->isFinished());
    QVERIFY(body.startsWith("{"));
    reply->abort();

    // The server goes away cleanly while trickling to another client.
    m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
    std::unique_ptr<QNetworkReply> second(m_network->get(request));
    QSignalSpy readyRead(second.get(), &QNetworkReply::readyRead);
    QVERIFY(readyRead.wait(WaitMs));
    QSignalSpy finished(second.get(), &QNetworkReply::finished);
    m_sandbox.reset();
    QVERIFY(finished.count() > 0 || finished.wait(WaitMs));
    QVERIFY(second->error() != QNetworkReply::NoError);
}

void TestSandbox::faultHugeBody()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HugeBody;
    fault.contentType = "application/json";
    fault.body = "{\"id\":\"";
    m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);

    const qint64 limit = 2 * 1024 * 1024;
    std::unique_ptr<QNetworkReply> reply(m_network->get(QNetworkRequest(api(QStringLiteral("/1/members/me")))));
    qint64 read = 0;
    QByteArray start;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] {
        const QByteArray chunk = reply->readAll();
        // The prefix may arrive in a read of its own: collect the first 16 bytes across reads.
        if (start.size() < 16)
            start += chunk.left(16 - start.size());
        read += chunk.size();
        if (read > limit)
            reply->abort(); // as a careful client does
    });
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), WaitMs);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(read > limit);
    QVERIFY(read < fault.hugeBytes);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), fault.hugeBytes);
    QVERIFY(start.startsWith("{\"id\":\"aaaa"));

    // The server stops streaming and keeps serving.
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(token))).status, 200);

    // A small "huge" body arrives whole.
    fault.hugeBytes = 100000;
    m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
    const Answer whole = get(api(QStringLiteral("/1/members/me")));
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.body.size(), 100000);
}

void TestSandbox::faultRedirect()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Redirect;
    fault.location = QUrl(QStringLiteral("https://evil.example/1/members/me"));
    m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
    const Answer moved = get(api(QStringLiteral("/1/members/me")));
    QCOMPARE(moved.status, 302);
    QCOMPARE(moved.location, QByteArray("https://evil.example/1/members/me"));

    fault.status = 307;
    m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
    QCOMPARE(get(api(QStringLiteral("/1/members/me"))).status, 307);
}

void TestSandbox::faultCloseConnection()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::CloseConnection;
    fault.times = -1; // QNAM retries a GET once when the connection closes before any answer
    m_sandbox->addFault("GET", QStringLiteral("/1/members/me"), fault);
    const Answer closed = send("GET", api(QStringLiteral("/1/members/me")), {}, WaitMs / 2);
    QVERIFY(closed.finished);
    QCOMPARE(closed.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(closed.status, 0);
    QVERIFY(closed.body.isEmpty());
    QVERIFY(m_sandbox->received().size() >= 1);
}

// ---- HTTP handling -------------------------------------------------------------------------------

void TestSandbox::receivedRecordsRequests()
{
    QSignalSpy spy(m_sandbox.get(), &SandboxServer::requestReceived);
    QNetworkRequest request(api(QStringLiteral("/1/some path"), credentials(QStringLiteral("t"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    request.setRawHeader("X-First", "1");
    request.setRawHeader("X-Second", "two");
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, QByteArray("hello body")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(WaitMs));

    QCOMPARE(spy.count(), 1);
    const QList<HttpRequest> received = m_sandbox->received();
    QCOMPARE(received.size(), 1);
    const HttpRequest &recorded = received.first();
    QCOMPARE(recorded.method, QByteArray("POST"));
    QCOMPARE(recorded.path, QStringLiteral("/1/some path"));
    QCOMPARE(recorded.query.queryItemValue(QStringLiteral("key")), SandboxServer::demoKey());
    QCOMPARE(recorded.body, QByteArray("hello body"));
    QCOMPARE(recorded.header("x-second"), QByteArray("two"));
    QCOMPARE(recorded.header("X-Missing"), QByteArray());
    qsizetype first = -1, second = -1;
    for (qsizetype i = 0; i < recorded.headers.size(); ++i) {
        if (recorded.headers.at(i).first == "X-First")
            first = i;
        if (recorded.headers.at(i).first == "X-Second")
            second = i;
    }
    QVERIFY(first >= 0 && second > first);
    QCOMPARE(spy.first().first().value<HttpRequest>().path, recorded.path);

    m_sandbox->clearReceived();
    QVERIFY(m_sandbox->received().isEmpty());
}

void TestSandbox::receivedIsCapped()
{
    QByteArray requests;
    for (int i = 0; i < 1005; ++i)
        requests += "GET /r" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray answers = rawExchange({requests}, [](const QByteArray &data) { return data.contains("/r1004"); });
    QCOMPARE(answers.count("HTTP/1.1 404 "), 1005);
    const QList<HttpRequest> received = m_sandbox->received();
    QCOMPARE(received.size(), 1000);
    QCOMPARE(received.first().path, QStringLiteral("/r5"));
    QCOMPARE(received.last().path, QStringLiteral("/r1004"));
}

void TestSandbox::keepAliveAndPipelining()
{
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    const QByteArray target = api(QStringLiteral("/1/members/me"), credentials(token)).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    bool closed = false;
    const QByteArray answer = rawExchange({request + request + "GET /1/xyz HTTP/1.1\r\nHost: x\r\n\r\n"},
                                          [](const QByteArray &data) { return data.count("HTTP/1.1 ") >= 3; }, &closed);
    QCOMPARE(answer.count("HTTP/1.1 200 OK"), 2);
    QCOMPARE(answer.count("HTTP/1.1 404 Not Found"), 1);
    QCOMPARE(answer.count("\"username\":\"demo\""), 2);
    QVERIFY(answer.endsWith("Cannot GET /1/xyz"));
    QVERIFY(!closed);

    // A HEAD answer has no body, so the next answer on the connection stays intact.
    const QByteArray head = rawExchange({"HEAD /1/xyz HTTP/1.1\r\nHost: x\r\n\r\n" + request},
                                        [](const QByteArray &data) { return data.contains("\"username\""); });
    QVERIFY(head.startsWith("HTTP/1.1 404 Not Found\r\n"));
    QVERIFY(!head.contains("Cannot HEAD"));
    QVERIFY(head.contains("\r\n\r\nHTTP/1.1 200 OK\r\n"));
}

void TestSandbox::requestSplitAcrossReads()
{
    const QByteArray body = "{\"x\":1}";
    const QList<QByteArray> pieces{"PO", "ST /1/split HT", "TP/1.1\r\nHost: x\r\nContent-Le", "ngth: 7\r\n\r", "\n{\"x\"",
                                   ":1}"};
    const QByteArray answer = rawExchange(pieces, [](const QByteArray &data) { return data.contains("Cannot"); });
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
    QVERIFY(answer.endsWith("Cannot POST /1/split"));
    QCOMPARE(m_sandbox->received().size(), 1);
    QCOMPARE(m_sandbox->received().first().body, body);
}

void TestSandbox::connectionCloseIsHonoured()
{
    bool closed = false;
    const QByteArray answer =
        rawExchange({"GET /1/xyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"}, [](const QByteArray &) { return false; },
                    &closed);
    QVERIFY(answer.startsWith("HTTP/1.1 404"));
    QVERIFY(answer.contains("Connection: close\r\n"));
    QVERIFY(closed);

    // HTTP/1.0 closes unless asked to keep alive.
    const QByteArray old = rawExchange({"GET /1/xyz HTTP/1.0\r\n\r\n"}, [](const QByteArray &) { return false; }, &closed);
    QVERIFY(old.startsWith("HTTP/1.1 404"));
    QVERIFY(closed);
}

void TestSandbox::malformedRequestGets400()
{
    const QList<QByteArray> garbage{
        "GARBAGE\r\n\r\n",
        "GET /1/members/me\r\n\r\n",
        "GET /1/members/me HTTP/9.9\r\n\r\n",
        "GET http://x/ HTTP/1.1\r\n\r\n",
        "GET /1/members/me HTTP/1.1\r\nNo colon here\r\n\r\n",
        "GET /1/members/me HTTP/1.1\r\nContent-Length: banana\r\n\r\n",
        "G\x01T / HTTP/1.1\r\n\r\n",
    };
    for (const QByteArray &request : garbage) {
        bool closed = false;
        const QByteArray answer = rawExchange({request}, [](const QByteArray &) { return false; }, &closed);
        QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), request.constData());
        QVERIFY(closed);
    }
    QVERIFY(m_sandbox->received().isEmpty());
}

void TestSandbox::oversizedHeadersGet431()
{
    bool closed = false;
    const QByteArray big = "GET /1/xyz HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n";
    const QByteArray answer = rawExchange({big}, [](const QByteArray &) { return false; }, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(40).constData());
    QVERIFY(closed);

    // Headers that never end are cut off as well.
    const QByteArray endless = rawExchange({"GET /1/xyz HTTP/1.1\r\n", QByteArray(40 * 1024, 'b'), QByteArray(40 * 1024, 'c')},
                                           [](const QByteArray &) { return false; }, &closed);
    QVERIFY(endless.startsWith("HTTP/1.1 431 "));
    QVERIFY(closed);

    // Just under the limit is fine.
    const QByteArray fits = rawExchange({"GET /1/xyz HTTP/1.1\r\nX-Big: " + QByteArray(60 * 1024, 'a') + "\r\n\r\n"},
                                        [](const QByteArray &data) { return data.contains("Cannot"); });
    QVERIFY(fits.startsWith("HTTP/1.1 404 "));
}

// ---- OAuth 2.0 -------------------------------------------------------------------------------

void TestSandbox::oauthConsentPageDescribesTheRequest()
{
    const Answer page = get(oauthAuthorize({{QStringLiteral("scope"),
                                            QStringLiteral("read:member:trello,write:board:trello offline_access")}}));
    QVERIFY(page.finished);
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    const QString html = page.text();
    QVERIFY(html.contains(QLatin1String("<title>")));
    QVERIFY(html.contains(QLatin1String("<code id=\"client-id\">") + SandboxServer::demoClientId()));
    QVERIFY(html.contains(QLatin1String("Demo Member")));
    QVERIFY(html.contains(QLatin1String("Read your name, username and avatar")));
    QVERIFY(html.contains(QLatin1String("Create, change and delete boards")));
    QVERIFY(html.contains(QLatin1String("while you are not using the application")));
    QVERIFY(!html.contains(QLatin1String("Read your workspaces")));
    QVERIFY(html.contains(QLatin1String("You will be sent back to <strong id=\"return-origin\">http://localhost:17645</strong>")));
    QVERIFY(html.contains(QLatin1String("<button id=\"allow\"")));
    QVERIFY(html.contains(QLatin1String("<button id=\"deny\"")));

    m_sandbox->setConsentingMember(1);
    QVERIFY(get(oauthAuthorize()).text().contains(QLatin1String("Second Member")));
}

void TestSandbox::oauthConsentPageEscapesHostileInput()
{
    const QString hostile = QStringLiteral("<script>alert(1)</script>\"' onload=x&code=evil");
    const QUrl pageUrl = oauthAuthorize({{QStringLiteral("state"), hostile}});
    const Answer page = get(pageUrl);
    QCOMPARE(page.status, 200);
    const QString html = page.text();
    QVERIFY(!html.contains(QLatin1String("<script>alert")));
    QVERIFY(!html.contains(QLatin1String("\"' onload")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; onload=x&amp;code=evil")));

    // The Allow form carries the state back intact, and it cannot add parameters to the redirect.
    QUrl action;
    QByteArray body;
    QVERIFY(postFormTarget(pageUrl, html, QStringLiteral("allow"), &action, &body));
    const Answer redirect = post(action, "application/x-www-form-urlencoded", body);
    QCOMPARE(redirect.status, 302);
    const QUrlQuery query = redirectParameters(redirect.location);
    QCOMPARE(parameter(query, QStringLiteral("state")), hostile);
    QCOMPARE(query.allQueryItemValues(QStringLiteral("code")).size(), 1);
    QVERIFY(parameter(query, QStringLiteral("code")) != QLatin1String("evil"));
    QVERIFY(!redirect.location.contains('<') && !redirect.location.contains('"') && !redirect.location.contains(' '));

    // An unregistered redirect URI is named on the error page, escaped.
    const Answer refused = get(oauthAuthorize({{QStringLiteral("redirect_uri"), QStringLiteral("http://example.com/<b>x</b>")}}));
    QCOMPARE(refused.status, 400);
    QVERIFY(!refused.text().contains(QLatin1String("<b>x")));
}

void TestSandbox::oauthAllowRedirectsWithCode()
{
    const QUrl pageUrl = oauthAuthorize();
    const Answer page = get(pageUrl);
    QUrl action;
    QByteArray body;
    QVERIFY(postFormTarget(pageUrl, page.text(), QStringLiteral("allow"), &action, &body));
    QCOMPARE(action.host(), QStringLiteral("127.0.0.1"));
    const Answer redirect = post(action, "application/x-www-form-urlencoded", body);
    QCOMPARE(redirect.status, 302);
    QVERIFY2(redirect.location.startsWith(OAuthRedirect.toLatin1() + "?code="), redirect.location.constData());
    const QUrlQuery query = redirectParameters(redirect.location);
    QCOMPARE(parameter(query, QStringLiteral("state")), OAuthState);
    const QString code = parameter(query, QStringLiteral("code"));
    QVERIFY(code.size() >= 32);
    QVERIFY(!query.hasQueryItem(QStringLiteral("error")));

    // A redirect URI with a query of its own keeps it; the code comes after it. GET works too.
    const QString withQuery = QStringLiteral("http://127.0.0.1:4444/cb?account=x");
    const QUrl secondUrl = oauthAuthorize({{QStringLiteral("redirect_uri"), withQuery}});
    QVERIFY(postFormTarget(secondUrl, get(secondUrl).text(), QStringLiteral("allow"), &action, &body));
    action.setQuery(QString::fromLatin1(body));
    const Answer second = get(action);
    QCOMPARE(second.status, 302);
    QVERIFY2(second.location.startsWith(withQuery.toLatin1() + "&code="), second.location.constData());
    QVERIFY(parameter(redirectParameters(second.location), QStringLiteral("code")) != code);
}

void TestSandbox::oauthDenyRedirectsWithError()
{
    const QUrl pageUrl = oauthAuthorize();
    QUrl action;
    QByteArray body;
    QVERIFY(postFormTarget(pageUrl, get(pageUrl).text(), QStringLiteral("deny"), &action, &body));
    const Answer redirect = post(action, "application/x-www-form-urlencoded", body);
    QCOMPARE(redirect.status, 302);
    QVERIFY(redirect.location.startsWith(OAuthRedirect.toLatin1() + "?error=access_denied&"));
    const QUrlQuery query = redirectParameters(redirect.location);
    QCOMPARE(parameter(query, QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!parameter(query, QStringLiteral("error_description")).isEmpty());
    QCOMPARE(parameter(query, QStringLiteral("state")), OAuthState);
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
    QCOMPARE(m_sandbox->oauthCodeExchangeCount(), 0);
}

void TestSandbox::oauthAuthorizeRejectsBadParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: left out
    QTest::addColumn<QString>("error"); // empty: a 400 page, no redirect

    const QString page;
    const QString invalidRequest = QStringLiteral("invalid_request");
    QTest::newRow("no client_id") << "client_id" << QString() << page;
    QTest::newRow("empty client_id") << "client_id" << "" << page;
    QTest::newRow("client_id with a space") << "client_id" << "my client" << page;
    QTest::newRow("client_id too long") << "client_id" << QString(129, QLatin1Char('a')) << page;
    QTest::newRow("no redirect_uri") << "redirect_uri" << QString() << page;
    QTest::newRow("relative redirect_uri") << "redirect_uri" << "/trello-onboard/oauth" << page;
    QTest::newRow("ftp redirect_uri") << "redirect_uri" << "ftp://localhost/cb" << page;
    QTest::newRow("redirect_uri with fragment") << "redirect_uri" << "http://localhost:17645/cb#x" << page;
    QTest::newRow("foreign redirect_uri") << "redirect_uri" << "http://example.com/cb" << page;
    QTest::newRow("https redirect_uri unregistered") << "redirect_uri" << "https://localhost/cb" << page;
    QTest::newRow("response_type token") << "response_type" << "token" << invalidRequest;
    QTest::newRow("no response_type") << "response_type" << QString() << invalidRequest;
    QTest::newRow("no state") << "state" << QString() << invalidRequest;
    QTest::newRow("empty state") << "state" << "" << invalidRequest;
    QTest::newRow("no code_challenge") << "code_challenge" << QString() << invalidRequest;
    QTest::newRow("short code_challenge") << "code_challenge" << QString(42, QLatin1Char('a')) << invalidRequest;
    QTest::newRow("long code_challenge") << "code_challenge" << QString(129, QLatin1Char('a')) << invalidRequest;
    QTest::newRow("code_challenge with +") << "code_challenge" << QString(42, QLatin1Char('a')) + QLatin1Char('+') << invalidRequest;
    QTest::newRow("plain method") << "code_challenge_method" << "plain" << invalidRequest;
    QTest::newRow("no method") << "code_challenge_method" << QString() << invalidRequest;
    QTest::newRow("unknown scope") << "scope" << "read:member:trello admin:trello" << "invalid_scope";
    QTest::newRow("classic scope") << "scope" << "read" << "invalid_scope";
    QTest::newRow("no scope") << "scope" << QString() << invalidRequest;
    QTest::newRow("only separators") << "scope" << " , " << invalidRequest;
}

void TestSandbox::oauthAuthorizeRejectsBadParameters()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const Answer answer = get(oauthAuthorize({{name, value}}));
    QVERIFY(answer.finished);
    if (error.isEmpty()) {
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.contentType.startsWith("text/html"));
        QVERIFY(answer.location.isEmpty());
        QVERIFY(answer.text().contains(QLatin1String("class=\"error\"")));
        return;
    }
    QCOMPARE(answer.status, 302);
    QVERIFY2(answer.location.startsWith(OAuthRedirect.toLatin1() + "?error="), answer.location.constData());
    const QUrlQuery query = redirectParameters(answer.location);
    QCOMPARE(parameter(query, QStringLiteral("error")), error);
    QVERIFY(!parameter(query, QStringLiteral("error_description")).isEmpty());
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
    // The state comes back when there was one.
    QCOMPARE(parameter(query, QStringLiteral("state")), name == QLatin1String("state") ? QString() : OAuthState);
    QCOMPARE(query.hasQueryItem(QStringLiteral("state")), name != QLatin1String("state"));
}

void TestSandbox::oauthDecisionChecksParametersAgain()
{
    const QUrl pageUrl = oauthAuthorize();
    QUrl action;
    QByteArray body;
    QVERIFY(postFormTarget(pageUrl, get(pageUrl).text(), QStringLiteral("allow"), &action, &body));

    // A tampered form: an unknown scope goes back as an error, a foreign redirect URI gets a page.
    QByteArray tampered = body;
    tampered.replace("scope=", "scope=admin%3Atrello%20");
    const Answer scope = post(action, "application/x-www-form-urlencoded", tampered);
    QCOMPARE(scope.status, 302);
    QCOMPARE(parameter(redirectParameters(scope.location), QStringLiteral("error")), QStringLiteral("invalid_scope"));
    tampered = body;
    tampered.replace("redirect_uri=http", "redirect_uri=http%3A%2F%2Fevil.example%2F%3F");
    QCOMPARE(post(action, "application/x-www-form-urlencoded", tampered).status, 400);
    // A repeated parameter is refused.
    const Answer repeated = post(action, "application/x-www-form-urlencoded", body + "&state=second");
    QCOMPARE(parameter(redirectParameters(repeated.location), QStringLiteral("error")), QStringLiteral("invalid_request"));
    // A body that is not a form.
    QCOMPARE(post(action, "application/json", "{}").status, 400);
    // Only GET for the page, GET or POST for the answers.
    QCOMPARE(post(pageUrl, "application/x-www-form-urlencoded", body).status, 405);
    QCOMPARE(send("PUT", action).status, 405);
    QCOMPARE(m_sandbox->oauthCodeExchangeCount(), 0);
}

void TestSandbox::oauthRegisteredRedirectUris()
{
    const QString registered = QStringLiteral("https://app.example/trello/callback");
    m_sandbox->setRegisteredRedirectUris({OAuthRedirect, registered});
    QCOMPARE(m_sandbox->registeredRedirectUris(), QStringList({OAuthRedirect, registered}));
    QCOMPARE(get(oauthAuthorize()).status, 200);
    QCOMPARE(get(oauthAuthorize({{QStringLiteral("redirect_uri"), registered}})).status, 200);
    // Exact strings: another path, port, a trailing slash or a query are different URIs.
    for (const QString &other : {QStringLiteral("http://localhost:17645/trello-onboard/other"),
                                 QStringLiteral("http://localhost:17646/trello-onboard/oauth"),
                                 OAuthRedirect + QLatin1Char('/'), OAuthRedirect + QLatin1String("?x=1"),
                                 QStringLiteral("http://127.0.0.1:17645/trello-onboard/oauth")}) {
        const Answer refused = get(oauthAuthorize({{QStringLiteral("redirect_uri"), other}}));
        QVERIFY2(refused.status == 400, qPrintable(other));
        QVERIFY(refused.location.isEmpty());
    }
    // The page's answer goes to the registered https URI.
    const QString code = oauthCode({{QStringLiteral("redirect_uri"), registered}});
    QVERIFY(!code.isEmpty());
    QCOMPARE(exchange(code, {{QStringLiteral("redirect_uri"), registered}}).status, 200);

    m_sandbox->setRegisteredRedirectUris({});
    QCOMPARE(get(oauthAuthorize({{QStringLiteral("redirect_uri"), QStringLiteral("http://[::1]:9/cb")}})).status, 200);
    QCOMPARE(get(oauthAuthorize({{QStringLiteral("redirect_uri"), registered}})).status, 400);
}

void TestSandbox::oauthCodeExchange_data()
{
    QTest::addColumn<bool>("form");
    QTest::newRow("json") << false;
    QTest::newRow("form") << true;
}

void TestSandbox::oauthCodeExchange()
{
    QFETCH(bool, form);
    const QString code = oauthCode();
    QVERIFY(!code.isEmpty());
    const Answer answer = tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("client_id"), SandboxServer::demoClientId()},
                                        {QStringLiteral("code"), code},
                                        {QStringLiteral("code_verifier"), Verifier},
                                        {QStringLiteral("redirect_uri"), OAuthRedirect}},
                                       form);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.contentType.startsWith("application/json"));
    const QJsonObject json = answer.json();
    const QString access = json.value(QStringLiteral("access_token")).toString();
    const QString refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY2(AccessTokenForm.match(access).hasMatch(), qPrintable(access));
    QVERIFY2(RefreshTokenForm.match(refreshToken).hasMatch(), qPrintable(refreshToken));
    QVERIFY(access.size() < 512 && refreshToken.size() < 512);
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(json.value(QStringLiteral("scope")).toString(),
             QStringLiteral("read:member:trello read:board:trello offline_access"));
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(m_sandbox->oauthCodeExchangeCount(), 1);
    QVERIFY(!m_sandbox->isGrantEnded(access));

    const Answer me = bearerMe(access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
}

void TestSandbox::oauthCodeWithoutOfflineAccessGivesNoRefreshToken()
{
    m_sandbox->setConsentingMember(1);
    const QString code = oauthCode({{QStringLiteral("scope"), QStringLiteral("read:member:trello")}});
    const Answer answer = exchange(code);
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.json().contains(QStringLiteral("refresh_token")));
    QCOMPARE(answer.json().value(QStringLiteral("scope")).toString(), QStringLiteral("read:member:trello"));
    const Answer me = bearerMe(answer.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("second"));
}

void TestSandbox::oauthCodeIsSingleUseAndBound()
{
    const auto error = [](const Answer &answer) { return answer.json().value(QStringLiteral("error")).toString(); };

    const QString code = oauthCode();
    QCOMPARE(exchange(code).status, 200);
    const Answer reused = exchange(code);
    QCOMPARE(reused.status, 400);
    QVERIFY(reused.contentType.startsWith("application/json"));
    QCOMPARE(error(reused), QStringLiteral("invalid_grant"));
    QVERIFY(!reused.json().value(QStringLiteral("error_description")).toString().isEmpty());

    const QString otherVerifier = QString(Verifier).replace(0, 1, QLatin1Char('X'));
    QCOMPARE(error(exchange(oauthCode(), {{QStringLiteral("code_verifier"), otherVerifier}})), QStringLiteral("invalid_grant"));
    QCOMPARE(error(exchange(oauthCode(), {{QStringLiteral("redirect_uri"), OAuthRedirect + QLatin1Char('/')}})),
             QStringLiteral("invalid_grant"));
    QCOMPARE(error(exchange(oauthCode(), {{QStringLiteral("client_id"), QStringLiteral("anotherClient")}})),
             QStringLiteral("unauthorized_client"));
    QCOMPARE(error(exchange(QStringLiteral("not-a-code"))), QStringLiteral("invalid_grant"));
    // A failed attempt uses the code up: a verifier cannot be guessed at.
    const QString tried = oauthCode();
    QCOMPARE(exchange(tried, {{QStringLiteral("code_verifier"), otherVerifier}}).status, 400);
    QCOMPARE(error(exchange(tried)), QStringLiteral("invalid_grant"));
    // Missing or malformed parameters are invalid_request and leave the code alone.
    const QString kept = oauthCode();
    QCOMPARE(error(exchange(kept, {{QStringLiteral("code_verifier"), QStringLiteral("short")}})),
             QStringLiteral("invalid_request"));
    QCOMPARE(error(exchange(kept, {{QStringLiteral("redirect_uri"), QString()}})), QStringLiteral("invalid_request"));
    QCOMPARE(exchange(kept).status, 200);
    // A code is only good in the instance that issued it.
    SandboxServer other;
    QVERIFY(other.listen());
    QCOMPARE(error(exchange(oauthCode(), {}, other.baseUrl())), QStringLiteral("invalid_grant"));
    QCOMPARE(m_sandbox->oauthCodeExchangeCount(), 2);
}

void TestSandbox::oauthRefreshRotates()
{
    const Answer first = exchange(oauthCode());
    const QString access1 = first.json().value(QStringLiteral("access_token")).toString();
    const QString refresh1 = first.json().value(QStringLiteral("refresh_token")).toString();

    const Answer second = refresh(refresh1);
    QCOMPARE(second.status, 200);
    QVERIFY(second.contentType.startsWith("application/json"));
    const QJsonObject json = second.json();
    const QString access2 = json.value(QStringLiteral("access_token")).toString();
    const QString refresh2 = json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(AccessTokenForm.match(access2).hasMatch());
    QVERIFY(RefreshTokenForm.match(refresh2).hasMatch());
    QVERIFY(access2 != access1);
    QVERIFY(refresh2 != refresh1);
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QStringLiteral("scope")).toString(),
             QStringLiteral("read:member:trello read:board:trello offline_access"));
    QCOMPARE(bearerMe(access2).status, 200);
    QCOMPARE(bearerMe(access1).status, 200); // rotation does not cut short the access tokens

    const Answer third = refresh(refresh2, QString()); // the client id is required
    QCOMPARE(third.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    const Answer otherClient = refresh(refresh2, QStringLiteral("anotherClient"));
    QCOMPARE(otherClient.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized_client"));
    const Answer fourth = refresh(refresh2);
    QCOMPARE(fourth.status, 200);
    QCOMPARE(m_sandbox->oauthRefreshCount(), 2);
    QCOMPARE(m_sandbox->oauthCodeExchangeCount(), 1);

    // The test hook's grants are bound to no client.
    QString access;
    const QString hooked = m_sandbox->issueOAuthGrant(0, {QStringLiteral("read:member:trello")}, &access);
    QVERIFY(RefreshTokenForm.match(hooked).hasMatch());
    QVERIFY(AccessTokenForm.match(access).hasMatch());
    QCOMPARE(refresh(hooked, QStringLiteral("any-client")).status, 200);
    QCOMPARE(m_sandbox->oauthRefreshCount(), 3);
}

void TestSandbox::oauthRefreshReuseEndsTheGrant()
{
    QString access1;
    const QString refresh1 = m_sandbox->issueOAuthGrant(0, {QStringLiteral("read:member:trello")}, &access1);
    QString otherAccess;
    const QString otherGrant = m_sandbox->issueOAuthGrant(0, {QStringLiteral("read:member:trello")}, &otherAccess);

    const Answer second = refresh(refresh1);
    QCOMPARE(second.status, 200);
    const QString access2 = second.json().value(QStringLiteral("access_token")).toString();
    const QString refresh2 = second.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!m_sandbox->isGrantEnded(refresh1));

    // The used token again: theft, as far as the server can tell. The whole grant ends.
    const Answer reused = refresh(refresh1);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    for (const QString &token : {refresh1, refresh2, access1, access2})
        QVERIFY(m_sandbox->isGrantEnded(token));
    QCOMPARE(refresh(refresh2).json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    for (const QString &token : {access1, access2}) {
        const Answer me = bearerMe(token);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.body, QByteArray("invalid token"));
    }
    QCOMPARE(m_sandbox->oauthRefreshCount(), 1);

    // Other grants go on.
    QVERIFY(!m_sandbox->isGrantEnded(otherGrant));
    QCOMPARE(bearerMe(otherAccess).status, 200);
    QCOMPARE(refresh(otherGrant).status, 200);
    QVERIFY(!m_sandbox->isGrantEnded(QStringLiteral("garbage")));
}

void TestSandbox::oauthGrantLapsesAfter90Days()
{
    OAuthRefreshClaims claims;
    claims.grantId = 0x1234567890abcdefULL;
    claims.generation = 7;
    claims.scopes = 1 | (1 << 10); // read:member:trello offline_access
    claims.issued = QDateTime::currentDateTimeUtc().addDays(-91);
    const Answer lapsed = refresh(OAuthTokenCodec::encodeRefresh(claims));
    QCOMPARE(lapsed.status, 400);
    QCOMPARE(lapsed.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    claims.grantId += 1;
    claims.issued = QDateTime::currentDateTimeUtc().addDays(-89);
    const Answer alive = refresh(OAuthTokenCodec::encodeRefresh(claims));
    QCOMPARE(alive.status, 200);
    // The rotated token starts the 90 days again.
    const std::optional<OAuthRefreshClaims> next =
        OAuthTokenCodec::decodeRefresh(alive.json().value(QStringLiteral("refresh_token")).toString());
    QVERIFY(next);
    QCOMPARE(next->generation, quint32(8));
    QVERIFY(next->issued.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TestSandbox::oauthAccessTokenLifetime()
{
    QCOMPARE(m_sandbox->accessTokenLifetime(), 3600);
    m_sandbox->setAccessTokenLifetime(1);
    QCOMPARE(m_sandbox->accessTokenLifetime(), 1);
    const Answer answer = exchange(oauthCode());
    QCOMPARE(answer.json().value(QStringLiteral("expires_in")).toInt(), 1);
    const QString access = answer.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(bearerMe(access).status, 200);
    QElapsedTimer timer;
    timer.start();
    Answer me;
    while (timer.elapsed() < 3000) {
        me = bearerMe(access);
        if (me.status != 200)
            break;
        QTest::qWait(100);
    }
    QCOMPARE(me.status, 401);
    QCOMPARE(me.body, QByteArray("expired token"));
    // Its refresh token still works, and gives tokens of the same lifetime.
    const Answer refreshed = refresh(answer.json().value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(refreshed.json().value(QStringLiteral("expires_in")).toInt(), 1);

    // The test hook's own lifetime; 0 is born expired.
    QString expired;
    m_sandbox->issueOAuthGrant(0, {QStringLiteral("read:member:trello")}, &expired, 0);
    QCOMPARE(bearerMe(expired).body, QByteArray("expired token"));
}

void TestSandbox::oauthBearerOnMembersMe()
{
    QString access;
    m_sandbox->issueOAuthGrant(1, {QStringLiteral("read:member:trello"), QStringLiteral("read:board:trello")}, &access);
    const Answer me = bearerMe(access);
    QCOMPARE(me.status, 200);
    QVERIFY(me.contentType.startsWith("application/json"));
    QCOMPARE(me.json().value(QStringLiteral("id")).toString(), SandboxServer::members().at(1).id);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("second"));
    QCOMPARE(me.json().value(QStringLiteral("fullName")).toString(), QStringLiteral("Second Member"));
    // The scheme is case-insensitive.
    QCOMPARE(send("GET", api(QStringLiteral("/1/members/me")), {{"Authorization", "bearer " + access.toLatin1()}}).status, 200);

    QString boardsOnly;
    m_sandbox->issueOAuthGrant(0, {QStringLiteral("read:board:trello")}, &boardsOnly);
    const Answer noScope = bearerMe(boardsOnly);
    QCOMPARE(noScope.status, 401);
    QCOMPARE(noScope.body, QByteArray("unauthorized permission requested"));

    QStringList forged;
    for (int position : {6, 10, 30, 60, int(access.size()) - 1}) {
        QString tampered = access;
        tampered[position] = tampered.at(position) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        forged << tampered;
    }
    forged << access + QLatin1Char('A') << access.left(access.size() - 1) << QStringLiteral("sbxat.")
           << QString(access).replace(0, 5, QStringLiteral("sbxrt"))
           << m_sandbox->issueOAuthGrant(0, {QStringLiteral("read:member:trello")}, nullptr) // a refresh token
           << m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"))     // a Trello token
           << QString(600, QLatin1Char('a'));
    for (const QString &token : std::as_const(forged)) {
        const Answer refused = bearerMe(token);
        QVERIFY2(refused.status == 401, qPrintable(token));
        QCOMPARE(refused.body, QByteArray("invalid token"));
    }
    QCOMPARE(send("GET", api(QStringLiteral("/1/members/me")), {{"Authorization", "Bearer"}}).status, 401);

    // One kind of credentials at a time; the token routes are for Trello Auth tokens.
    const QString trelloToken = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    const Answer both = bearerMe(access, credentials(trelloToken));
    QCOMPARE(both.status, 400);
    QCOMPARE(both.body, QByteArray("invalid request"));
    QCOMPARE(send("GET", api(QStringLiteral("/1/tokens/") + access), {{"Authorization", "Bearer " + access.toLatin1()}}).status,
             401);
    // Trello Auth goes on as before.
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(trelloToken))).status, 200);
}

void TestSandbox::oauthTokensWorkAcrossInstances()
{
    // As the next --demo process meets the tokens the previous one issued.
    QString access;
    QString refreshToken;
    {
        SandboxServer earlier;
        refreshToken = earlier.issueOAuthGrant(1, {QStringLiteral("read:member:trello")}, &access);
    }
    QCOMPARE(bearerMe(access).json().value(QStringLiteral("username")).toString(), QStringLiteral("second"));
    const Answer rotated = refresh(refreshToken);
    QCOMPARE(rotated.status, 200);
    const QString refresh2 = rotated.json().value(QStringLiteral("refresh_token")).toString();

    // This instance now knows the grant: the first token again is reuse, here.
    SandboxServer other;
    QVERIFY(other.listen());
    QCOMPARE(refresh(refreshToken).status, 400);
    QVERIFY(m_sandbox->isGrantEnded(refresh2));
    QVERIFY(!other.isGrantEnded(refresh2)); // memory does not travel
    const Answer elsewhere = tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                           {QStringLiteral("client_id"), SandboxServer::demoClientId()},
                                           {QStringLiteral("refresh_token"), refresh2}},
                                          false, other.baseUrl());
    QCOMPARE(elsewhere.status, 200);

    // A code-exchange grant of another instance (bound to its client) refreshes here too.
    const Answer exchanged = exchange(oauthCode({}, other.baseUrl()), {}, other.baseUrl());
    QCOMPARE(exchanged.status, 200);
    QCOMPARE(refresh(exchanged.json().value(QStringLiteral("refresh_token")).toString()).status, 200);
    QCOMPARE(bearerMe(exchanged.json().value(QStringLiteral("access_token")).toString()).status, 200);
}

void TestSandbox::oauthTokenEndpointRefusesGarbage_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    const QByteArray json = "application/json";
    const QByteArray form = "application/x-www-form-urlencoded";
    const QString invalidRequest = QStringLiteral("invalid_request");
    QTest::newRow("empty json") << json << QByteArray() << invalidRequest;
    QTest::newRow("broken json") << json << QByteArray("{\"grant_type\":") << invalidRequest;
    QTest::newRow("json array") << json << QByteArray("[\"grant_type\"]") << invalidRequest;
    QTest::newRow("json number") << json << QByteArray("{\"grant_type\":\"refresh_token\",\"client_id\":5,"
                                                       "\"refresh_token\":\"x\"}") << invalidRequest;
    QTest::newRow("binary") << json << QByteArray("\x00\xff\xfe{", 4) << invalidRequest;
    QTest::newRow("binary form") << form << QByteArray("grant_type=\x01\xff", 13) << invalidRequest;
    QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray("grant_type=refresh_token") << invalidRequest;
    QTest::newRow("no grant_type") << json << QByteArray("{\"client_id\":\"c\"}") << invalidRequest;
    QTest::newRow("password grant") << json << QByteArray("{\"grant_type\":\"password\"}") << "unsupported_grant_type";
    QTest::newRow("client credentials form") << form << QByteArray("grant_type=client_credentials")
                                             << "unsupported_grant_type";
    QTest::newRow("repeated parameter") << form << QByteArray("grant_type=refresh_token&client_id=c&refresh_token=a"
                                                              "&refresh_token=b") << invalidRequest;
    QTest::newRow("no refresh_token") << form << QByteArray("grant_type=refresh_token&client_id=c") << invalidRequest;
    QTest::newRow("no code") << json << QByteArray("{\"grant_type\":\"authorization_code\",\"client_id\":\"c\","
                                                   "\"code_verifier\":\"v\",\"redirect_uri\":\"http://localhost/\"}")
                             << invalidRequest;
    QTest::newRow("garbage refresh_token") << form << QByteArray("grant_type=refresh_token&client_id=c&refresh_token=sbxrt.AAAA")
                                           << "invalid_grant";
    QTest::newRow("hostile refresh_token") << json << QByteArray("{\"grant_type\":\"refresh_token\",\"client_id\":\"c\","
                                                                 "\"refresh_token\":\"<script>\\u0000\"}")
                                           << "invalid_grant";
    QTest::newRow("huge refresh_token") << form
                                        << "grant_type=refresh_token&client_id=c&refresh_token=sbxrt." + QByteArray(100000, 'A')
                                        << "invalid_grant";
}

void TestSandbox::oauthTokenEndpointRefusesGarbage()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const Answer answer = post(m_sandbox->oauthTokenUrl(), contentType, body);
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.contentType.startsWith("application/json"));
    QCOMPARE(answer.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY(answer.json().value(QStringLiteral("error_description")).isString());
    QVERIFY(!answer.body.contains("<script>"));
}

void TestSandbox::oauthFaultsApply()
{
    const Answer wrongMethod = get(m_sandbox->oauthTokenUrl());
    QCOMPARE(wrongMethod.status, 405);

    SandboxFault fault;
    fault.status = 503;
    fault.body = "down";
    m_sandbox->addFault("GET", QStringLiteral("/authorize"), fault);
    m_sandbox->addFault("POST", QStringLiteral("/oauth/token"), fault);
    QCOMPARE(get(oauthAuthorize()).status, 503);
    QCOMPARE(get(oauthAuthorize()).status, 200); // once
    QString access;
    const QString refreshToken = m_sandbox->issueOAuthGrant(0, {QStringLiteral("read:member:trello")}, &access);
    const Answer down = refresh(refreshToken);
    QCOMPARE(down.status, 503);
    QCOMPARE(down.body, QByteArray("down"));
    QCOMPARE(m_sandbox->oauthRefreshCount(), 0);
    QCOMPARE(refresh(refreshToken).status, 200); // the token was not used by the fault
}

// ---- trello-sandbox -------------------------------------------------------------------------

void TestSandbox::standaloneExecutable()
{
    const QString binDir = qEnvironmentVariable("TRELLO_ONBOARD_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "TRELLO_ONBOARD_BIN_DIR is not set: run this test through ctest");
    QProcess process;
    process.setProgram(binDir + QStringLiteral("/trello-sandbox"));
    process.setArguments({QStringLiteral("--allow-origin"), QStringLiteral("http://127.0.0.1:4444"),
                          QStringLiteral("--issue-token"), QStringLiteral("1:read,write:never"),
                          QStringLiteral("--issue-token"), QStringLiteral("0:read:1day:legacy"),
                          QStringLiteral("--access-token-lifetime"), QStringLiteral("120")});
    process.start();
    QByteArray out;
    connect(&process, &QProcess::readyReadStandardOutput, this, [&] { out += process.readAllStandardOutput(); });
    QTRY_VERIFY_WITH_TIMEOUT(out.count('\n') >= 3 || process.state() == QProcess::NotRunning, WaitMs);
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY2(lines.size() >= 3, out.constData());
    QVERIFY(lines.at(0).startsWith("listening http://127.0.0.1:"));
    const QUrl base(QString::fromLatin1(lines.at(0).mid(10)));
    QVERIFY(base.port() > 0);
    QVERIFY(CurrentTokenForm.match(QString::fromLatin1(lines.at(1))).hasMatch());
    QVERIFY(LegacyTokenForm.match(QString::fromLatin1(lines.at(2))).hasMatch());

    // Its tokens work here, and it answers over HTTP.
    const QString token = QString::fromLatin1(lines.at(1));
    QCOMPARE(get(api(QStringLiteral("/1/members/me"), credentials(token))).json().value(QStringLiteral("username")).toString(),
             QStringLiteral("second"));
    QUrl remote = base;
    remote.setPath(QStringLiteral("/1/authorize"));
    QUrlQuery query(authorize({{QStringLiteral("return_url"), QStringLiteral("http://127.0.0.1:4444/cb")}}));
    remote.setQuery(query);
    QCOMPARE(get(remote).status, 200);

    // OAuth 2.0 against it, with its access token lifetime; its tokens work here too.
    const Answer tokens = exchange(oauthCode({}, base), {}, base);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json().value(QStringLiteral("expires_in")).toInt(), 120);
    QCOMPARE(bearerMe(tokens.json().value(QStringLiteral("access_token")).toString()).status, 200);

    // Closing its stdin ends it.
    QSignalSpy finished(&process, &QProcess::finished);
    process.closeWriteChannel();
    QVERIFY(finished.count() > 0 || finished.wait(WaitMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

// ---- webhooks --------------------------------------------------------------------------------

namespace {
const QString BoardA = QStringLiteral("5f0c1a2b3c4d5e6f7a8b9c01");
const QString BoardB = QStringLiteral("5f0c1a2b3c4d5e6f7a8b9c02");
} // namespace

Answer TestSandbox::createWebhook(const QString &token, const QList<QPair<QString, QString>> &fields, bool json)
{
    const QUrl url = api(QStringLiteral("/1/webhooks"), credentials(token));
    if (json) {
        QJsonObject object;
        for (const auto &field : fields)
            object.insert(field.first, field.second);
        return post(url, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    QStringList pairs;
    for (const auto &field : fields)
        pairs << QString::fromLatin1(QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second));
    return post(url, "application/x-www-form-urlencoded", pairs.join(QLatin1Char('&')).toLatin1());
}

QJsonArray TestSandbox::listWebhooks(const QString &token, int *status)
{
    const Answer answer = get(api(QStringLiteral("/1/tokens/") + token + QStringLiteral("/webhooks"), credentials(token)));
    if (status)
        *status = answer.status;
    return QJsonDocument::fromJson(answer.body).array();
}

void TestSandbox::webhooksAreKeptPerToken()
{
    onboard::test::CallbackServer receiver;
    QVERIFY(receiver.listen());
    const QString mine = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
    const QString other = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
    const QString url = receiver.url(QStringLiteral("/hook")).toString();

    const Answer made = createWebhook(mine, {{QStringLiteral("callbackURL"), url},
                                              {QStringLiteral("idModel"), BoardA},
                                              {QStringLiteral("description"), QStringLiteral("Board A & more")}});
    QCOMPARE(made.status, 200);
    const QJsonObject webhook = made.json();
    QCOMPARE(webhook.value(QStringLiteral("callbackURL")).toString(), url);
    QCOMPARE(webhook.value(QStringLiteral("idModel")).toString(), BoardA);
    QCOMPARE(webhook.value(QStringLiteral("description")).toString(), QStringLiteral("Board A & more"));
    QCOMPARE(webhook.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(webhook.value(QStringLiteral("consecutiveFailures")).toInt(), 0);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(webhook.value(QStringLiteral("id")).toString()).hasMatch());
    QCOMPARE(receiver.requests(), QList<QByteArray>{"HEAD /hook"});

    // The same model and callback for another token is another webhook; each token sees its own.
    QCOMPARE(createWebhook(other, {{QStringLiteral("callbackURL"), url}, {QStringLiteral("idModel"), BoardA}}).status, 200);
    int status = 0;
    const QJsonArray listed = listWebhooks(mine, &status);
    QCOMPARE(status, 200);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject(), webhook);
    QCOMPARE(listWebhooks(other).size(), 1);
    QVERIFY(listWebhooks(other).at(0).toObject().value(QStringLiteral("id")) != webhook.value(QStringLiteral("id")));
    QCOMPARE(m_sandbox->webhooks(mine).size(), 1);
    QCOMPARE(m_sandbox->webhooks(mine).first().description, QStringLiteral("Board A & more"));

    // Another token's list is not this token's to read.
    const Answer foreign = get(api(QStringLiteral("/1/tokens/") + mine + QStringLiteral("/webhooks"), credentials(other)));
    QCOMPARE(foreign.status, 401);
    QCOMPARE(foreign.body, QByteArray("invalid token"));

    // Trello refuses a second webhook of one token for the same callback and model.
    const Answer again = createWebhook(mine, {{QStringLiteral("callbackURL"), url}, {QStringLiteral("idModel"), BoardA}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.body, QByteArray("A webhook with that callback, model, and token already exists"));
    QCOMPARE(m_sandbox->addWebhook(mine, url, BoardA), QString());
    QVERIFY(!m_sandbox->addWebhook(mine, url, BoardB, QStringLiteral("seeded"), false).isEmpty());
    QCOMPARE(listWebhooks(mine).size(), 2);
    QCOMPARE(listWebhooks(mine).at(1).toObject().value(QStringLiteral("active")).toBool(), false);
}

void TestSandbox::webhookCreationChecksTheCallback_data()
{
    QTest::addColumn<int>("callbackStatus"); // 0: never answers
    QTest::addColumn<QByteArray>("refusal");  // empty: created
    QTest::newRow("200") << 200 << QByteArray();
    QTest::newRow("500") << 500 << QByteArray("did not return 200 status code, got 500");
    QTest::newRow("404") << 404 << QByteArray("did not return 200 status code, got 404");
    QTest::newRow("redirect, not followed") << 302 << QByteArray("did not return 200 status code, got 302");
    QTest::newRow("never answers") << 0 << QByteArray("did not return 200 status code, got no answer");
}

void TestSandbox::webhookCreationChecksTheCallback()
{
    QFETCH(int, callbackStatus);
    QFETCH(QByteArray, refusal);
    onboard::test::CallbackServer receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(QStringLiteral("/trello"), callbackStatus);
    m_sandbox->setCallbackCheckTimeout(500);
    const QString token = m_sandbox->issueToken(1, {QStringLiteral("read")}, QStringLiteral("1day"));
    const QString url = receiver.url(QStringLiteral("/trello")).toString() + QStringLiteral("?board=a");
    const Answer made = createWebhook(token, {{QStringLiteral("callbackURL"), url}, {QStringLiteral("idModel"), BoardA}});
    QCOMPARE(receiver.requests(), QList<QByteArray>{"HEAD /trello?board=a"});
    if (refusal.isEmpty()) {
        QCOMPARE(made.status, 200);
        QCOMPARE(m_sandbox->webhooks(token).size(), 1);
        return;
    }
    QCOMPARE(made.status, 400);
    QVERIFY(made.contentType.startsWith("text/plain"));
    QCOMPARE(made.body, "URL (" + url.toUtf8() + ") " + refusal);
    QVERIFY(m_sandbox->webhooks(token).isEmpty());
    QCOMPARE(listWebhooks(token).size(), 0);

    // A receiver that is down (nobody listens) is refused the same way.
    const QUrl down(QStringLiteral("http://127.0.0.1:9/nothing"));
    const Answer refused = createWebhook(token, {{QStringLiteral("callbackURL"), down.toString()}, {QStringLiteral("idModel"), BoardA}});
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.contains("did not return 200 status code"), refused.body.constData());
}

void TestSandbox::webhookCreationReadsItsParameters()
{
    onboard::test::CallbackServer receiver;
    QVERIFY(receiver.listen());
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
    // JSON, with active as a string…
    const Answer json = createWebhook(token, {{QStringLiteral("callbackURL"), receiver.url(QStringLiteral("/j")).toString()},
                                              {QStringLiteral("idModel"), BoardA},
                                              {QStringLiteral("active"), QStringLiteral("false")}},
                                      true);
    QCOMPARE(json.status, 200);
    QCOMPARE(json.json().value(QStringLiteral("active")).toBool(), false);
    // …or as a boolean.
    const QByteArray object = QJsonDocument(QJsonObject{{QStringLiteral("callbackURL"), receiver.url(QStringLiteral("/b")).toString()},
                                                        {QStringLiteral("idModel"), BoardA},
                                                        {QStringLiteral("active"), false}})
                                  .toJson(QJsonDocument::Compact);
    const Answer boolean = post(api(QStringLiteral("/1/webhooks/"), credentials(token)), "application/json", object);
    QCOMPARE(boolean.status, 200);
    QCOMPARE(boolean.json().value(QStringLiteral("active")).toBool(), false);
    // In the query, with the credentials in the OAuth header, as Trello's guide shows.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("callbackURL"), receiver.url(QStringLiteral("/q")).toString());
    query.addQueryItem(QStringLiteral("idModel"), BoardB);
    query.addQueryItem(QStringLiteral("description"), QStringLiteral("from the query"));
    const QByteArray header = "OAuth oauth_consumer_key=\"" + SandboxServer::demoKey().toLatin1() + "\", oauth_token=\""
                              + token.toLatin1() + "\"";
    const Answer inQuery = post(api(QStringLiteral("/1/webhooks"), query), "application/x-www-form-urlencoded", {},
                                {{"Authorization", header}});
    QCOMPARE(inQuery.status, 200);
    QCOMPARE(inQuery.json().value(QStringLiteral("description")).toString(), QStringLiteral("from the query"));
    // Trello's other route, through the token: no `active`, so it starts active.
    const Answer viaToken = post(api(QStringLiteral("/1/tokens/") + token + QStringLiteral("/webhooks"), credentials(token)),
                                 "application/x-www-form-urlencoded",
                                 "callbackURL=" + QUrl::toPercentEncoding(receiver.url(QStringLiteral("/t")).toString())
                                     + "&idModel=" + BoardB.toLatin1() + "&active=false");
    QCOMPARE(viaToken.status, 200);
    QCOMPARE(viaToken.json().value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(listWebhooks(token).size(), 4);
}

void TestSandbox::webhookCreationRefusesBadParameters_data()
{
    QTest::addColumn<QString>("callbackURL");
    QTest::addColumn<QString>("idModel");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QByteArray>("refusal");
    const QString good = QStringLiteral("http://127.0.0.1:9/hook");
    QTest::newRow("no callback") << QString() << BoardA << QString() << QByteArray("invalid value for callbackURL");
    QTest::newRow("not a URL") << QStringLiteral("http://[::1") << BoardA << QString() << QByteArray("invalid value for callbackURL");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << BoardA << QString() << QByteArray("invalid value for callbackURL");
    QTest::newRow("no model") << good << QString() << QString() << QByteArray("invalid value for idModel");
    QTest::newRow("model not an id") << good << QStringLiteral("board") << QString() << QByteArray("invalid value for idModel");
    QTest::newRow("active not a boolean") << good << BoardA << QStringLiteral("yes") << QByteArray("invalid value for active");
}

void TestSandbox::webhookCreationRefusesBadParameters()
{
    QFETCH(QString, callbackURL);
    QFETCH(QString, idModel);
    QFETCH(QString, active);
    QFETCH(QByteArray, refusal);
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
    QList<QPair<QString, QString>> fields{{QStringLiteral("callbackURL"), callbackURL}, {QStringLiteral("idModel"), idModel}};
    if (!active.isEmpty())
        fields.append({QStringLiteral("active"), active});
    const Answer refused = createWebhook(token, fields);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.body, refusal);
    QVERIFY(m_sandbox->webhooks(token).isEmpty());
    // A description over Trello's 16384 characters.
    const Answer tooLong = createWebhook(token, {{QStringLiteral("callbackURL"), QStringLiteral("http://127.0.0.1:9/x")},
                                                 {QStringLiteral("idModel"), BoardA},
                                                 {QStringLiteral("description"), QString(16385, QLatin1Char('d'))}});
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.body, QByteArray("invalid value for description"));
}

void TestSandbox::webhookGetAndDelete()
{
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
    const QString other = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
    const QString id = m_sandbox->addWebhook(token, QStringLiteral("https://hooks.example/trello"), BoardA, QStringLiteral("A"));
    QVERIFY(!id.isEmpty());
    const QUrl path = api(QStringLiteral("/1/webhooks/") + id, credentials(token));
    const Answer read = get(path);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(read.json().value(QStringLiteral("callbackURL")).toString(), QStringLiteral("https://hooks.example/trello"));
    // Not another token's to see or delete.
    QCOMPARE(get(api(QStringLiteral("/1/webhooks/") + id, credentials(other))).status, 404);
    QCOMPARE(send("DELETE", api(QStringLiteral("/1/webhooks/") + id, credentials(other))).status, 404);
    QCOMPARE(m_sandbox->webhooks(token).size(), 1);
    // Malformed and unknown ids.
    QCOMPARE(get(api(QStringLiteral("/1/webhooks/nothex"), credentials(token))).status, 400);
    QCOMPARE(get(api(QStringLiteral("/1/webhooks/") + BoardB, credentials(token))).status, 404);
    // Deleted by its token.
    const Answer deleted = send("DELETE", path);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.body, QByteArray("{\"_value\":null}"));
    QCOMPARE(get(path).status, 404);
    QVERIFY(m_sandbox->webhooks(token).isEmpty());
    QCOMPARE(send("DELETE", path).status, 404);
}

void TestSandbox::webhooksDieWithTheirToken()
{
    onboard::test::CallbackServer receiver;
    QVERIFY(receiver.listen());
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("never"));
    const QString other = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("never"));
    const QString id = m_sandbox->addWebhook(token, receiver.url(QStringLiteral("/a")).toString(), BoardA);
    m_sandbox->addWebhook(other, receiver.url(QStringLiteral("/a")).toString(), BoardA);
    QCOMPARE(send("DELETE", api(QStringLiteral("/1/tokens/") + token + QLatin1Char('/'), credentials(token))).status, 200);
    QVERIFY(m_sandbox->webhooks(token).isEmpty());
    int status = 0;
    listWebhooks(token, &status);
    QCOMPARE(status, 401);
    QCOMPARE(get(api(QStringLiteral("/1/webhooks/") + id, credentials(other))).status, 404);
    const Answer refused = createWebhook(token, {{QStringLiteral("callbackURL"), receiver.url(QStringLiteral("/b")).toString()},
                                                 {QStringLiteral("idModel"), BoardA}});
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.body, QByteArray("invalid token"));
    QVERIFY(m_sandbox->addWebhook(token, QStringLiteral("https://x.example/"), BoardA).isEmpty());
    // The other token's stay.
    QCOMPARE(listWebhooks(other).size(), 1);

    // A token revoked while its new webhook's callback is being checked gets none.
    receiver.setStatus(QStringLiteral("/slow"), 0);
    m_sandbox->setCallbackCheckTimeout(60000);
    const QString third = m_sandbox->issueToken(0, {QStringLiteral("read"), QStringLiteral("write")}, QStringLiteral("never"));
    QNetworkRequest request(api(QStringLiteral("/1/webhooks"), credentials(third)));
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    std::unique_ptr<QNetworkReply> pending(m_network->post(
        request, "callbackURL=" + QUrl::toPercentEncoding(receiver.url(QStringLiteral("/slow")).toString()) + "&idModel=" + BoardA.toLatin1()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 1, WaitMs); // the first HEAD this receiver got
    QCOMPARE(send("DELETE", api(QStringLiteral("/1/tokens/") + third, credentials(third))).status, 200);
    QVERIFY(!pending->isFinished());
    QVERIFY(m_sandbox->webhooks(third).isEmpty());
}

void TestSandbox::webhookRoutesNeedTrelloCredentials()
{
    const QString token = m_sandbox->issueToken(0, {QStringLiteral("read")}, QStringLiteral("30days"));
    const QString id = m_sandbox->addWebhook(token, QStringLiteral("https://hooks.example/"), BoardA);
    QUrlQuery noKey;
    noKey.addQueryItem(QStringLiteral("token"), token);
    const Answer missingKey = get(api(QStringLiteral("/1/tokens/") + token + QStringLiteral("/webhooks"), noKey));
    QCOMPARE(missingKey.status, 401);
    QCOMPARE(missingKey.body, QByteArray("invalid key"));
    const Answer noToken = get(api(QStringLiteral("/1/webhooks/") + id));
    QCOMPARE(noToken.status, 401);
    // An OAuth 2.0 access token is not a Trello Auth token: the webhook routes refuse it.
    QString access;
    QVERIFY(!m_sandbox->issueOAuthGrant(0, {QStringLiteral("read:member:trello")}, &access).isEmpty());
    const Answer bearer = send("GET", api(QStringLiteral("/1/webhooks/") + id), {{"Authorization", "Bearer " + access.toLatin1()}});
    QCOMPARE(bearer.status, 401);
    // Unknown methods and shapes are not routes.
    QCOMPARE(send("PUT", api(QStringLiteral("/1/webhooks/") + id, credentials(token))).status, 404);
    QCOMPARE(get(api(QStringLiteral("/1/webhooks"), credentials(token))).status, 404);
    QCOMPARE(get(api(QStringLiteral("/1/tokens/") + token + QStringLiteral("/webhooks/extra"), credentials(token))).status, 404);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
