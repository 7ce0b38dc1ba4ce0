// The accounts screen with an OAuth 2.0 account beside a Trello token, in-process against an
// in-process sandbox and the session's real keychain: the OAuth 2.0 account is listed with its
// client id, scopes, access-token expiry and grant lapse; Test works; Revoke says there is no
// revocation endpoint and forgets it here; Rotate is a new consent that replaces the grant.
#include "AccountsWindow.h"
#include "ConsentBrowser.h"
#include "OAuthHarness.h"
#include "RotateDialog.h"
#include "WizardHarness.h"
#include "operations/StoreTokenJob.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace onboard;
using onboard::sandbox::SandboxServer;

class TestAccountsOAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<AccountsWindow> m_window;
    QString m_tokenAccountId;
    QString m_oauthAccountId;
    QStringList m_secrets; // everything that must be in no file

    QString registryPath() const { return test::sessionRoot() + QStringLiteral("/home/accounts-oauth.json"); }
    Workspace profile() const { return Workspace::real().withSettingsPath(registryPath()); }

    QString keychainSecret(const QString &id)
    {
        Error e;
        const QString secret = test::keychainToken(KeychainJob::serviceName(false), id, &e);
        return e ? QString() : secret;
    }

    void rememberSecretsOf(const QString &id)
    {
        const QJsonObject grant = QJsonDocument::fromJson(keychainSecret(id).toUtf8()).object();
        m_secrets << grant.value(QStringLiteral("refreshToken")).toString() << grant.value(QStringLiteral("accessToken")).toString();
    }

    bool storeJob(StoreTokenJob *job, QString *id)
    {
        std::unique_ptr<StoreTokenJob> owned(job);
        QSignalSpy finished(job, &StoreTokenJob::finished);
        job->start();
        if (!finished.wait(test::WaitMs) || job->error()) {
            qWarning() << job->error().message();
            return false;
        }
        *id = job->account().id();
        return true;
    }

    QTableWidget *table() const { return m_window->findChild<QTableWidget *>(QStringLiteral("accountsTable")); }
    QPushButton *button(const char *name) const { return m_window->findChild<QPushButton *>(QLatin1String(name)); }

    // Rotate on the OAuth 2.0 account: the dialog, at its first step.
    RotateDialog *openRotation()
    {
        select(m_oauthAccountId);
        button("rotateButton")->click();
        return m_window->findChild<RotateDialog *>(QStringLiteral("rotateDialog"));
    }
    // Continue to the consent page, and press its `buttonId` once it has loaded.
    static bool continueAndPress(RotateDialog *dialog, const char *buttonId)
    {
        dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
        QSignalSpy loaded(dialog->browser(), &ConsentBrowser::loaded);
        if (!loaded.wait(test::WaitMs))
            return false;
        dialog->browser()->page()->runJavaScript(QStringLiteral("document.getElementById('%1').click()").arg(QLatin1String(buttonId)));
        return true;
    }
    QString message() const { return m_window->findChild<QLabel *>(QStringLiteral("messageLabel"))->text(); }

    int rowOf(const QString &id) const
    {
        for (int row = 0; row < table()->rowCount(); ++row) {
            if (table()->item(row, 0)->data(Qt::UserRole).toString() == id)
                return row;
        }
        return -1;
    }

    void select(const QString &id)
    {
        const int row = rowOf(id);
        QVERIFY(row >= 0);
        table()->selectRow(row);
    }

    // Presses the confirmation's destructive button once it is up; `informative` gets its text.
    void confirmWhenAsked(QString *informative)
    {
        QTimer::singleShot(200, this, [informative] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("revokeConfirmation"))
                return;
            *informative = box->text() + QLatin1Char(' ') + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        });
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(registryPath());
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen());
        m_secrets.clear();
        // A Trello token for member 1 ...
        const QString token = m_sandbox->issueToken(1, {QStringLiteral("read")}, QStringLiteral("30days"));
        m_secrets << token;
        SetupOptions tokenOptions;
        tokenOptions.request.apiKey = SandboxServer::demoKey();
        tokenOptions.request.scopes = {QStringLiteral("read")};
        tokenOptions.endpoint.apiHost = m_sandbox->apiRoot();
        QVERIFY(storeJob(new StoreTokenJob(profile(), tokenOptions, token), &m_tokenAccountId));
        // ... and an OAuth 2.0 grant for member 0, through the sandbox's consent and token endpoint.
        SetupOptions options;
        QVERIFY(test::oauthOptionsFor(*m_sandbox, &options));
        QVERIFY(!options.apply(QStringLiteral("oauth-scope"), QStringLiteral("read:member:trello read:board:trello offline_access")));
        const OAuthAttempt attempt;
        const QString code = test::sandboxCode(*m_sandbox, options.oauth, attempt);
        QVERIFY(!code.isEmpty());
        QVERIFY(storeJob(StoreTokenJob::forCode(profile(), options, code, attempt.codeVerifier()), &m_oauthAccountId));
        QCOMPARE(m_oauthAccountId, QStringLiteral("oauth:%1:%2").arg(SandboxServer::demoClientId(), SandboxServer::members().at(0).id));
        rememberSecretsOf(m_oauthAccountId);

        m_window = std::make_unique<AccountsWindow>(profile(), SetupOptions());
        m_window->resize(1180, 380);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        for (const QString &id : {m_tokenAccountId, m_oauthAccountId}) {
            KeychainJob job(KeychainJob::Operation::Remove, KeychainJob::serviceName(false), id);
            QSignalSpy done(&job, &KeychainJob::finished);
            job.start();
            done.wait(test::WaitMs);
        }
        m_sandbox.reset();
        for (const QString &secret : std::as_const(m_secrets)) {
            if (!secret.isEmpty())
                QCOMPARE(test::placesHolding(secret), QStringList());
        }
    }

    void listedTestedAndRevoked()
    {
        QCOMPARE(table()->rowCount(), 2);
        const int row = rowOf(m_oauthAccountId);
        QVERIFY(row >= 0);
        QVERIFY(table()->item(row, 0)->text().contains(SandboxServer::members().at(0).username));
        QVERIFY2(table()->item(row, 1)->text().startsWith(QLatin1String("OAuth 2.0")), qPrintable(table()->item(row, 1)->text()));
        QVERIFY(table()->item(row, 1)->toolTip().contains(SandboxServer::demoClientId()));
        QCOMPARE(table()->item(row, 2)->text(), QStringLiteral("read:member:trello, read:board:trello, offline_access"));
        const QString expiry = table()->item(row, 3)->text();
        QVERIFY2(expiry.contains(QLatin1String("access token in")) && expiry.contains(QLatin1String("grant lapses"))
                     && (expiry.contains(QLatin1String("in 89 day")) || expiry.contains(QLatin1String("in 90 day"))),
                 qPrintable(expiry));
        QCOMPARE(table()->item(row, 6)->text(), QStringLiteral("OK"));
        // The token account beside it is shown as before.
        QVERIFY(!table()->item(rowOf(m_tokenAccountId), 1)->text().startsWith(QLatin1String("OAuth")));

        const QString shots = qEnvironmentVariable("TRELLO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            select(m_oauthAccountId);
            QTest::qWait(300);
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("15-accounts-oauth.png")));
            // The whole screen as the X server shows it.
            QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                         QDir(shots).filePath(QStringLiteral("15-accounts-oauth-root.png"))});
        }

        // Test: a valid access token (Bearer) names the member.
        select(m_oauthAccountId);
        button("testButton")->click();
        QTRY_VERIFY2_WITH_TIMEOUT(message().contains(QLatin1String("grant of")) && message().contains(QLatin1String("works (scopes")),
                                  qPrintable(message()), test::WaitMs);
        QVERIFY(!m_window->isMarkedRefused(m_oauthAccountId));

        // Revoke: no revocation endpoint; it is forgotten here, and the message says where to remove it.
        select(m_oauthAccountId);
        QString asked;
        confirmWhenAsked(&asked);
        button("revokeButton")->click();
        QVERIFY2(asked.contains(QLatin1String("no revocation endpoint")) && asked.contains(QLatin1String("id.atlassian.com")),
                 qPrintable(asked + QStringLiteral(" | ") + message()));
        QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 1, test::WaitMs);
        QVERIFY2(message().contains(QLatin1String("forgotten")) && message().contains(QLatin1String("id.atlassian.com")),
                 qPrintable(message()));
        QCOMPARE(keychainSecret(m_oauthAccountId), QString());
        QVERIFY(!keychainSecret(m_tokenAccountId).isEmpty());
    }

    void forgetAsksOnce()
    {
        select(m_oauthAccountId);
        button("forgetButton")->click();
        QVERIFY(message().contains(QLatin1String("Press Forget again")));
        QCOMPARE(table()->rowCount(), 2);
        button("forgetButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 1, test::WaitMs);
        QVERIFY(message().contains(QLatin1String("id.atlassian.com")));
        QCOMPARE(keychainSecret(m_oauthAccountId), QString());
    }

    void rotateIsANewConsentThatReplacesTheGrant()
    {
        const QString before = keychainSecret(m_oauthAccountId);
        RotateDialog *dialog = openRotation();
        QVERIFY(dialog);
        // The account's scopes as check boxes, its redirect URI; no lifetime.
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("expirationComboBox"))->isVisible());
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("oauthScope_read_board_trello"))->isChecked());
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("oauthScope_write_board_trello"))->isChecked());
        dialog->findChild<QCheckBox *>(QStringLiteral("oauthScope_write_board_trello"))->setChecked(true);
        QVERIFY(continueAndPress(dialog, "allow"));
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->isRotated() || dialog->problem(), qPrintable(dialog->problem().message()),
                                  test::WaitMs);
        QVERIFY2(dialog->isRotated(), qPrintable(dialog->problem().message()));
        QCOMPARE(dialog->rotatedAccount().id(), m_oauthAccountId);
        QVERIFY(dialog->rotatedAccount().scopes.contains(QStringLiteral("write:board:trello")));
        QVERIFY(!dialog->oldTokenRevoked());
        QVERIFY(dialog->revokeProblem().contains(QLatin1String("forgotten here")));
        QVERIFY(dialog->revokeProblem().contains(QLatin1String("id.atlassian.com")));
        QCOMPARE(dialog->exitCode(), 0);
        const QString after = keychainSecret(m_oauthAccountId);
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        rememberSecretsOf(m_oauthAccountId);
        dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 2, test::WaitMs);
        QVERIFY(table()->item(rowOf(m_oauthAccountId), 2)->text().contains(QLatin1String("write:board:trello")));
        QVERIFY(message().contains(QLatin1String("id.atlassian.com")));
    }

    void rotateDeniedKeepsTheGrant()
    {
        const QString before = keychainSecret(m_oauthAccountId);
        RotateDialog *dialog = openRotation();
        QVERIFY(dialog);
        QVERIFY(continueAndPress(dialog, "deny"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->problem().kind() == ErrorKind::Cancelled, test::WaitMs);
        QCOMPARE(dialog->exitCode(), 1);
        QCOMPARE(keychainSecret(m_oauthAccountId), before);
        dialog->close();
    }

    void rotateAsAnotherMemberStoresNothing()
    {
        const QString before = keychainSecret(m_oauthAccountId);
        m_sandbox->setConsentingMember(1); // the person signs in as someone else
        RotateDialog *dialog = openRotation();
        QVERIFY(dialog);
        QVERIFY(continueAndPress(dialog, "allow"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->problem(), test::WaitMs);
        QVERIFY2(dialog->problem().message().contains(SandboxServer::members().at(1).username), qPrintable(dialog->problem().message()));
        QVERIFY(!dialog->isRotated());
        QCOMPARE(keychainSecret(m_oauthAccountId), before);
        // No account of the other member was stored on the way.
        const QString other = QStringLiteral("oauth:%1:%2").arg(SandboxServer::demoClientId(), SandboxServer::members().at(1).id);
        QVERIFY(keychainSecret(other).isEmpty());
        dialog->close();
        QCOMPARE(table()->rowCount(), 2);
    }
};

WIZARD_TEST_MAIN(TestAccountsOAuth)
#include "tst_accounts_oauth.moc"
