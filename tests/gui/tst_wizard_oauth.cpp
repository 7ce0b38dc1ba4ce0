// The setup wizard for an OAuth 2.0 account, driven as a person would against the sandbox's
// OAuth 2.0 consent page and token endpoint (in-process, over loopback) and the session's real
// keychain: the Welcome page's choice, the Permissions page's scopes, Allow and Deny in the
// embedded view, a forged redirect, and the person's browser with the loopback receiver.
#include "OAuthHarness.h"
#include "WizardHarness.h"

#include "ConsentPanel.h"
#include "DevToolsClient.h"
#include "OAuthScopeChooser.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QUrlQuery>

using namespace onboard;
using namespace onboard::test;

class TestWizardOAuth : public QObject
{
    Q_OBJECT

    QList<QUrl> m_opened; // what the program asked the browser to open

    // A wizard whose options name an OAuth 2.0 client at the sandbox: it opens at the consent page.
    static bool startOAuth(WizardRun &run, const QList<QPair<QString, QString>> &more = {},
                           const QUrl &redirectUri = OAuthRequest::defaultRedirectUri())
    {
        if (!run.sandbox.listen())
            return false;
        SetupOptions options;
        if (!oauthOptionsFor(run.sandbox, &options, redirectUri))
            return false;
        for (const auto &[option, value] : more) {
            if (options.apply(option, value))
                return false;
        }
        options.given.insert(QStringLiteral("client-id"));
        run.controller = std::make_unique<SetupController>(Workspace::real().withSettingsPath(run.registryPath()), options);
        run.wizard = std::make_unique<SetupWizard>(run.controller.get());
        run.wizard->show();
        return true;
    }

    static QString oauthId(const QString &memberId)
    {
        return QStringLiteral("oauth:") + sandbox::SandboxServer::demoClientId() + QLatin1Char(':') + memberId;
    }

    static QString text(const WizardRun &run, const char *name)
    {
        const QLabel *label = run.label(name);
        return label ? label->text() : QString();
    }

    static void screenshot(QWidget *window, const QString &name)
    {
        const QString shots = qEnvironmentVariable("TRELLO_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        window->grab().save(QDir(shots).filePath(name));
        // And the whole screen as the X server shows it.
        QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                     QDir(shots).filePath(QStringLiteral("root-") + name)});
    }

    // The keychain holds the grant as JSON; nothing of it is anywhere else.
    void expectGrantStoredOnlyInTheKeychain(WizardRun &run)
    {
        const QList<Account> accounts = run.storedAccounts();
        QCOMPARE(accounts.size(), 1);
        const Account &account = accounts.first();
        QVERIFY(account.isOAuth());
        QCOMPARE(account.id(), oauthId(sandbox::SandboxServer::members().first().id));
        QCOMPARE(account.clientId, sandbox::SandboxServer::demoClientId());
        Error error;
        const QString secret = keychainToken(QStringLiteral("trello-onboard"), account.id(), &error);
        QVERIFY2(!error, qPrintable(error.message()));
        const QJsonObject grant = QJsonDocument::fromJson(secret.toUtf8()).object();
        QCOMPARE(grant.value(QStringLiteral("version")).toInt(), 1);
        const QString refresh = grant.value(QStringLiteral("refreshToken")).toString();
        const QString access = grant.value(QStringLiteral("accessToken")).toString();
        QVERIFY(!refresh.isEmpty());
        QVERIFY(!access.isEmpty());
        QFile settings(run.registryPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray recorded = settings.readAll();
        QVERIFY(recorded.contains(account.id().toUtf8()));
        QVERIFY(!recorded.contains(refresh.toUtf8()));
        QVERIFY(!recorded.contains(access.toUtf8()));
        QVERIFY(!QJsonDocument(run.controller->outcome().toJson()).toJson().contains(access.toUtf8()));
        run.wizard.reset();
        QCOMPARE(placesHolding(refresh), QStringList());
        QCOMPARE(placesHolding(access), QStringList());
    }

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    }

    void init() { m_opened.clear(); }

    void cleanup()
    {
        loggedMessages().clear();
        QFile::remove(WizardRun().registryPath());
    }

    void welcomePageOffersTheClientId()
    {
        WizardRun run;
        QVERIFY(run.sandbox.listen());
        SetupOptions options;
        QVERIFY(!options.apply(QStringLiteral("oauth-authorize-url"), run.sandbox.oauthAuthorizeUrl().toString()));
        QVERIFY(!options.apply(QStringLiteral("oauth-token-url"), run.sandbox.oauthTokenUrl().toString()));
        QVERIFY(!options.apply(QStringLiteral("api-host"), run.sandbox.apiRoot().toString()));
        run.controller = std::make_unique<SetupController>(Workspace::real().withSettingsPath(run.registryPath()), options);
        run.controller->setSuggestedClientId(sandbox::SandboxServer::demoClientId()); // as in --demo
        run.wizard = std::make_unique<SetupWizard>(run.controller.get());
        run.wizard->show();
        QWizard *wizard = run.wizard.get();
        QCOMPARE(wizard->currentId(), int(WelcomePageId));
        auto *apiKeyRadio = wizard->findChild<QRadioButton *>(QStringLiteral("apiKeyRadio"));
        auto *clientIdRadio = wizard->findChild<QRadioButton *>(QStringLiteral("clientIdRadio"));
        auto *clientId = wizard->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
        QVERIFY(apiKeyRadio->isChecked());
        QVERIFY(!clientId->isEnabled());
        QCOMPARE(clientId->text(), sandbox::SandboxServer::demoClientId());
        clientIdRadio->setChecked(true);
        QVERIFY(clientId->isEnabled());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clientId->setText(QStringLiteral("not a client id!"));
        QVERIFY(text(run, "clientIdMessage").contains(QLatin1String("not an OAuth 2.0 client id")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        clientId->setText(sandbox::SandboxServer::demoClientId());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QTest::qWait(200);
        screenshot(wizard, QStringLiteral("14-welcome-oauth.png"));
        wizard->next();
        QVERIFY(run.controller->options().isOAuth());
        QCOMPARE(run.controller->options().oauth.clientId, sandbox::SandboxServer::demoClientId());

        // The scopes as check boxes (the defaults checked), and no lifetime to choose.
        QCOMPARE(wizard->currentId(), int(PermissionsPageId));
        QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("expirationCombo"))->isVisible());
        QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("scopesGroup"))->isVisible());
        QVERIFY(run.label("oauthRenewLabel")->isVisible());
        for (const QString &scope : OAuthRequest::knownScopes()) {
            auto *box = wizard->findChild<QCheckBox *>(OAuthScopeChooser::objectNameFor(scope));
            QVERIFY2(box && box->isVisible(), qPrintable(scope));
            QCOMPARE(box->isChecked(), OAuthRequest::defaultScopes().contains(scope));
        }
        wizard->findChild<QCheckBox *>(OAuthScopeChooser::objectNameFor(QStringLiteral("write:board:trello")))->setChecked(true);
        wizard->next();
        QCOMPARE(run.controller->options().oauth.scopes,
                 (QStringList{QStringLiteral("read:member:trello"), QStringLiteral("read:board:trello"),
                              QStringLiteral("write:board:trello"), QStringLiteral("offline_access")}));

        // The redirect URI instead of the return URL; no choice of where credentials travel.
        QCOMPARE(wizard->currentId(), int(ConnectionPageId));
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("returnUrlEdit"))->text(),
                 OAuthRequest::defaultRedirectUri().toString());
        QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("credentialsHeaderRadio"))->isVisible());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ConsentPageId));
        // No paste path for a grant.
        QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("manualTokenEdit"))->isVisible());
        QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("openInBrowserButton"))->isVisible());
        QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("signInWithBrowserButton"))->isVisible());
        QVERIFY(runInConsentPage(run, QStringLiteral("document.getElementById('allow').click()")));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        QCOMPARE(run.storedAccounts().first().scopes, run.controller->options().oauth.scopes);
    }

    void embeddedAllowStoresTheGrant()
    {
        WizardRun run;
        QVERIFY(startOAuth(run));
        QCOMPARE(run.wizard->currentId(), int(ConsentPageId));
        QTRY_VERIFY_WITH_TIMEOUT(text(run, "originLabel").startsWith(QLatin1String("http://127.0.0.1:")), WaitMs);
        QVERIFY(runInConsentPage(run, QStringLiteral("document.getElementById('allow').click()")));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        QCOMPARE(run.sandbox.oauthCodeExchangeCount(), 1);
        QCOMPARE(run.controller->exitCode(), 0);
        QVERIFY(!run.browser()->isOpen());
        QVERIFY(text(run, "testStatusLabel").contains(QLatin1String("grant works")));
        QVERIFY(text(run, "expiresLabel").contains(QLatin1String("renews itself")));
        run.wizard->next();
        QCOMPARE(run.wizard->currentId(), int(DonePageId));
        const QString done = text(run, "storageLabel");
        QVERIFY2(done.contains(QLatin1String("renews itself")) && done.contains(QLatin1String("90 days")), qPrintable(done));
        QVERIFY(done.contains(QStringLiteral("oauth:")));
        QVERIFY(text(run, "usageLabel").contains(QLatin1String("TRELLO_ACCESS_TOKEN")));

        // The fresh process after the hand-over shows the same Done page from the record alone.
        SetupController resumed(Workspace::real().withSettingsPath(run.registryPath()), SetupOptions());
        resumed.resumeStored(run.storedAccounts().first());
        SetupWizard fresh(&resumed);
        fresh.startAtDone();
        QCOMPARE(fresh.findChild<QLabel *>(QStringLiteral("storageLabel"))->text(), done);
        QCOMPARE(resumed.outcome().toJson(), run.controller->outcome().toJson());
        expectGrantStoredOnlyInTheKeychain(run);
    }

    void embeddedDenyStoresNothing()
    {
        WizardRun run;
        QVERIFY(startOAuth(run));
        QVERIFY(runInConsentPage(run, QStringLiteral("document.getElementById('deny').click()")));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Denied, WaitMs);
        QCOMPARE(run.controller->exitCode(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(run.label("consentMessage")->isVisible(), WaitMs);
        QVERIFY2(text(run, "consentMessage").contains(QLatin1String("Nothing was stored")),
                 qPrintable(text(run, "consentMessage")));
        QVERIFY(run.storedAccounts().isEmpty());
        QCOMPARE(run.sandbox.oauthCodeExchangeCount(), 0);
    }

    void aForgedRedirectWithAnotherStateIsRefused()
    {
        WizardRun run;
        QVERIFY(startOAuth(run));
        // A code for another attempt (its own state and verifier), planted by the page.
        OAuthAttempt other;
        const QUrl forged = sandboxRedirect(run.sandbox, run.controller->options().oauth.consentUrl(other.state(), other.codeChallenge()));
        QVERIFY(QUrlQuery(forged).hasQueryItem(QStringLiteral("code")));
        QVERIFY(runInConsentPage(run, QStringLiteral("window.location.replace('%1')").arg(forged.toString(QUrl::FullyEncoded))));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Failed, WaitMs);
        QVERIFY2(text(run, "consentMessage").contains(QLatin1String("does not belong to this sign-in")),
                 qPrintable(text(run, "consentMessage")));
        QVERIFY(!run.controller->hasToken());
        QCOMPARE(run.wizard->currentId(), int(ConsentPageId));
        QCOMPARE(run.sandbox.oauthCodeExchangeCount(), 0);
        QVERIFY(run.storedAccounts().isEmpty());

        // "Try again" is a new attempt, and its own Allow is taken.
        run.wizard->findChild<QPushButton *>(QStringLiteral("retryButton"))->click();
        QVERIFY(runInConsentPage(run, QStringLiteral("document.getElementById('allow').click()")));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        QCOMPARE(run.storedAccounts().size(), 1);
    }

    void aFailedStoreNeedsANewConsent()
    {
        WizardRun run;
        QVERIFY(startOAuth(run, {{QStringLiteral("api-host"), QStringLiteral("http://127.0.0.1:9/1")}}));
        QVERIFY(runInConsentPage(run, QStringLiteral("document.getElementById('allow').click()")));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Failed, WaitMs);
        QCOMPARE(run.controller->problem().kind(), ErrorKind::Network);
        QVERIFY(run.controller->needsNewConsent());
        auto *retry = run.wizard->findChild<QPushButton *>(QStringLiteral("retryTestButton"));
        QVERIFY(retry->isVisible());
        QVERIFY(retry->text().contains(QLatin1String("Sign in again")));
        QVERIFY(run.storedAccounts().isEmpty());
        retry->click();
        QCOMPARE(run.wizard->currentId(), int(ConsentPageId));
        QVERIFY(run.browser()->isOpen());
    }

    void browserAllowIsStored()
    {
        WizardRun run;
        const quint16 port = DevToolsClient::freePort();
        const QUrl redirectUri(QStringLiteral("http://localhost:%1/trello-onboard/oauth").arg(port));
        QVERIFY(startOAuth(run, {{QStringLiteral("sign-in"), QStringLiteral("browser")}}, redirectUri));
        QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), WaitMs);
        // The browser goes straight to the consent page, with this attempt's state and challenge.
        const QUrl consent = m_opened.constLast();
        QCOMPARE(consent.adjusted(QUrl::RemoveQuery), run.sandbox.oauthAuthorizeUrl());
        QCOMPARE(QUrlQuery(consent).queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(run.wizard->findChild<QWidget *>(QStringLiteral("browserWaitPanel"))->isVisible());
        QVERIFY(run.wizard->findChild<QWidget *>(QStringLiteral("cancelBrowserButton"))->isVisible());
        QVERIFY(!run.wizard->findChild<QWidget *>(QStringLiteral("pasteInsteadButton"))->isVisible());
        QVERIFY(text(run, "browserWaitLabel").contains(QLatin1String("Waiting for your browser")));

        // The browser presses Allow and follows the redirect to the receiver.
        const QUrl redirect = sandboxRedirect(run.sandbox, consent, "allow");
        QCOMPARE(redirect.port(), int(port));
        const QByteArray target = redirect.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded).toLatin1();
        const QByteArray page = rawHttpExchange(port, "GET " + target + " HTTP/1.1\r\nHost: localhost:"
                                                          + QByteArray::number(port) + "\r\n\r\n");
        QCOMPARE(rawHttpStatus(page), 200);
        QVERIFY(page.contains("return to trello-onboard"));
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Stored, WaitMs);
        // One answer only: the receiver is gone.
        QCOMPARE(rawHttpExchange(port, "GET " + target + " HTTP/1.1\r\n\r\n"), QByteArray("not connected"));
        expectGrantStoredOnlyInTheKeychain(run);
    }

    void browserDenyStoresNothing()
    {
        WizardRun run;
        const quint16 port = DevToolsClient::freePort();
        const QUrl redirectUri(QStringLiteral("http://localhost:%1/trello-onboard/oauth").arg(port));
        QVERIFY(startOAuth(run, {{QStringLiteral("sign-in"), QStringLiteral("browser")}}, redirectUri));
        QTRY_VERIFY_WITH_TIMEOUT(!m_opened.isEmpty(), WaitMs);
        const QUrl redirect = sandboxRedirect(run.sandbox, m_opened.constLast(), "deny");
        QVERIFY(QUrlQuery(redirect).hasQueryItem(QStringLiteral("error")));
        const QByteArray target = redirect.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded).toLatin1();
        // First a forged answer with another state: refused, the sign-in waits on.
        const QByteArray forged = rawHttpExchange(port, "GET /trello-onboard/oauth?code=x&state=forged HTTP/1.1\r\nHost: localhost:"
                                                            + QByteArray::number(port) + "\r\n\r\n");
        QCOMPARE(rawHttpStatus(forged), 400);
        QCOMPARE(run.controller->state(), SetupController::State::Consent);
        QCOMPARE(rawHttpStatus(rawHttpExchange(port, "GET " + target + " HTTP/1.1\r\nHost: localhost:"
                                                         + QByteArray::number(port) + "\r\n\r\n")),
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(run.controller->state(), SetupController::State::Denied, WaitMs);
        QCOMPARE(run.controller->exitCode(), 1);
        QVERIFY(text(run, "consentMessage").contains(QLatin1String("Nothing was stored")));
        QVERIFY(run.storedAccounts().isEmpty());
        QCOMPARE(run.sandbox.oauthCodeExchangeCount(), 0);
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }
};

WIZARD_TEST_MAIN(TestWizardOAuth)
#include "tst_wizard_oauth.moc"
