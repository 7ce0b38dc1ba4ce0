// The accounts screen in-process, against an in-process sandbox and the session's real keychain:
// several accounts listed, a refused one marked, Test, Rotate (allowed and denied on the consent
// page), Revoke (through its confirmation) and Forget of one account leaving the others alone,
// and no token in any file of the session afterwards.
#include "accounts/SettingsFile.h"
#include "AccountsWindow.h"
#include "trello/ApiClient.h"
#include "trello/ApiCall.h"
#include "ConsentBrowser.h"
#include "ConsentWebPage.h"
#include "accounts/Workspace.h"
#include "RotateDialog.h"
#include "SandboxServer.h"
#include "operations/StoreTokenJob.h"
#include "CountingProxy.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"
#include "WizardHarness.h"
#include "RawHttp.h"

#include <QApplication>
#include <QDesktopServices>
#include <QJsonObject>
#include <QScopeGuard>
#include <QUrlQuery>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace onboard;
using onboard::sandbox::SandboxServer;

// The person's browser, for the rotate dialog's browser path: it records what it is asked to open.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<AccountsWindow> m_window;
    QStringList m_tokens;
    QHash<int, QString> m_stored; // member index → token stored for it

    QString registryPath() const { return test::sessionRoot() + QStringLiteral("/home/accounts-screen.json"); }
    Workspace profile() const { return Workspace::real().withSettingsPath(registryPath()); }
    // Three accounts: two members under the demo key, and the first member again under another key.
    static QString keyOf(int account)
    {
        return account == 2 ? QStringLiteral("0123456789abcdef0123456789abcdef") : SandboxServer::demoKey();
    }
    static int memberOf(int account) { return account == 1 ? 1 : 0; }
    static QString idOf(int account)
    {
        return keyOf(account) + QLatin1Char(':') + SandboxServer::members().at(memberOf(account)).id;
    }

    QString keychainToken(int member)
    {
        Error e;
        const QString token = test::keychainToken(KeychainJob::serviceName(false), idOf(member), &e);
        return e ? QString() : token;
    }

    void store(int member, const QStringList &scopes, const CustomHeaders &headers = {})
    {
        const QString token = m_sandbox->issueToken(memberOf(member), scopes, QStringLiteral("30days"));
        m_tokens.append(token);
        SetupOptions options;
        options.request.apiKey = keyOf(member);
        options.request.scopes = scopes;
        options.request.authorizeUrl = m_sandbox->authorizeUrl();
        options.endpoint.apiHost = m_sandbox->apiRoot();
        options.endpoint.headers = headers;
        StoreTokenJob operation(profile(), options, token);
        QSignalSpy finished(&operation, &StoreTokenJob::finished);
        operation.start();
        QVERIFY(finished.wait(test::WaitMs));
        QVERIFY2(!operation.error(), qPrintable(operation.error().message()));
        m_stored.insert(member, token);
    }

    QTableWidget *table() const { return m_window->findChild<QTableWidget *>(QStringLiteral("accountsTable")); }
    QPushButton *button(const char *name) const { return m_window->findChild<QPushButton *>(QLatin1String(name)); }
    QString message() const { return m_window->findChild<QLabel *>(QStringLiteral("messageLabel"))->text(); }

    int rowOf(int member) const
    {
        for (int row = 0; row < table()->rowCount(); ++row) {
            if (table()->item(row, 0)->data(Qt::UserRole).toString() == idOf(member))
                return row;
        }
        return -1;
    }

    void select(int member)
    {
        const int row = rowOf(member);
        QVERIFY(row >= 0);
        table()->selectRow(row);
    }

    void expectNoTokenInFiles()
    {
        for (const QString &token : std::as_const(m_tokens))
            QCOMPARE(test::placesHolding(token), QStringList());
    }

    RotateDialog *openRotation(int member)
    {
        select(member);
        button("rotateButton")->click();
        auto *dialog = m_window->findChild<RotateDialog *>(QStringLiteral("rotateDialog"));
        if (!dialog)
            return nullptr;
        dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
        return dialog;
    }

    bool clickInConsentPage(RotateDialog *dialog, const QString &id)
    {
        QSignalSpy loaded(dialog->browser(), &ConsentBrowser::loaded);
        if (!loaded.wait(test::WaitMs))
            return false;
        const QString shots = qEnvironmentVariable("TRELLO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("9-rotate.png")));
        }
        dialog->browser()->page()->runJavaScript(QStringLiteral("document.getElementById('%1').click()").arg(id));
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(registryPath());
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen());
        m_stored.clear();
        store(0, {QStringLiteral("read")});
        store(1, {QStringLiteral("read"), QStringLiteral("write")});
        store(2, {QStringLiteral("read"), QStringLiteral("write")});
        m_window = std::make_unique<AccountsWindow>(profile(), SetupOptions());
        m_window->resize(1100, 380);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        for (int member = 0; member < 3; ++member) {
            KeychainJob job(KeychainJob::Operation::Remove, KeychainJob::serviceName(false), idOf(member));
            QSignalSpy done(&job, &KeychainJob::finished);
            job.start();
            done.wait(test::WaitMs);
        }
        m_sandbox.reset();
        expectNoTokenInFiles();
    }

    void listsEveryAccountAndMarksARefusedOne()
    {
        QCOMPARE(table()->rowCount(), 3);
        const int row = rowOf(1);
        QVERIFY(table()->item(row, 0)->text().contains(SandboxServer::members().at(1).username));
        QVERIFY(table()->item(rowOf(2), 1)->text().startsWith(QLatin1String("0123")));
        QVERIFY(table()->item(row, 1)->text().contains(QStringLiteral("…"))); // key shortened
        QCOMPARE(table()->item(row, 2)->text(), QStringLiteral("read, write"));
        QVERIFY2(table()->item(row, 3)->text().contains(QLatin1String("in 29 day")) ||
                     table()->item(row, 3)->text().contains(QLatin1String("in 30 day")),
                 qPrintable(table()->item(row, 3)->text()));
        QCOMPARE(table()->item(row, 4)->text(), m_sandbox->apiRoot().toString());

        // Revoked on Trello's side behind the program's back: Test marks it and offers Rotate.
        ApiEndpoint endpoint;
        endpoint.apiHost = m_sandbox->apiRoot();
        ApiClient client(endpoint, SandboxServer::demoKey(), m_stored.value(1));
        ApiCall *reply = client.deleteResource(QStringLiteral("tokens/") + m_stored.value(1) + QLatin1Char('/'));
        QSignalSpy deleted(reply, &ApiCall::finished);
        reply->start();
        QVERIFY(deleted.wait(test::WaitMs));
        select(1);
        button("testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isMarkedRefused(idOf(1)), test::WaitMs);
        QVERIFY(table()->item(rowOf(1), 6)->text().contains(QLatin1String("Refused")));
        QVERIFY(message().contains(QLatin1String("Rotate")));
        QVERIFY(!m_window->isMarkedRefused(idOf(0)));

        const QString shots = qEnvironmentVariable("TRELLO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            select(0); // so the refused row shows its colour
            QTest::qWait(200);
            QVERIFY(m_window->grab().save(QDir(shots).filePath(QStringLiteral("8-accounts.png"))));
        }

        // A working one tests fine.
        select(0);
        button("testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(message().contains(QLatin1String("works (scopes")), test::WaitMs);

        // The selection decides which account an action is for, also after the list was read again.
        select(1);
        QCOMPARE(table()->selectedItems().first()->data(Qt::UserRole).toString(), idOf(1));
        button("testButton")->click();
        QTRY_VERIFY2_WITH_TIMEOUT(message().contains(QLatin1String("second")), qPrintable(message()), test::WaitMs);
    }

    void forgetOneOfSeveral()
    {
        select(1);
        button("forgetButton")->click();
        QVERIFY(message().contains(QLatin1String("stays valid on Trello")));
        QVERIFY(message().contains(QLatin1String("Revoke")));
        QCOMPARE(table()->rowCount(), 3); // the first press only explains
        button("forgetButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 2, test::WaitMs);
        QVERIFY(message().contains(QLatin1String("still valid on Trello")));
        QCOMPARE(keychainToken(1), QString());
        QVERIFY(!m_sandbox->isRevoked(m_stored.value(1)));
        QCOMPARE(keychainToken(0), m_stored.value(0));
        QCOMPARE(keychainToken(2), m_stored.value(2));
    }

    // Revoke asks Trello how many webhooks the token has before its box opens: the box is waited
    // for, its text kept, and answered with its destructive button (Revoke).
    void clickRevokeAndConfirm(QString *informativeText)
    {
        QTimer poll; // lives as long as this wait; the box opens inside it, in its own event loop
        connect(&poll, &QTimer::timeout, this, [&poll, informativeText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("revokeConfirmation"))
                return;
            poll.stop();
            *informativeText = box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        });
        poll.start(50);
        button("revokeButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!informativeText->isEmpty(), test::WaitMs);
    }

    void revokeOneOfSeveral()
    {
        // Two webhooks on the token: the question names them, the outcome says they stopped.
        for (const char *board : {"5f00000000000000000000b1", "5f00000000000000000000b2"})
            QVERIFY(!m_sandbox->addWebhook(m_stored.value(2), QStringLiteral("https://hooks.example.com/in"),
                                           QLatin1String(board), QStringLiteral("feed")).isEmpty());
        select(2);
        QString asked;
        clickRevokeAndConfirm(&asked);
        QVERIFY2(asked.contains(QLatin1String("stops working everywhere")) && asked.contains(QLatin1String("Its 2 webhook")),
                 qPrintable(asked));
        QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 2, test::WaitMs);
        QVERIFY2(message().contains(QLatin1String("Its 2 webhook")), qPrintable(message())); // plural forms: en .qm, not loaded here
        QVERIFY(m_sandbox->webhooks(m_stored.value(2)).isEmpty());
        QVERIFY(m_sandbox->isRevoked(m_stored.value(2)));
        QCOMPARE(keychainToken(2), QString());
        QCOMPARE(keychainToken(0), m_stored.value(0));
        QCOMPARE(keychainToken(1), m_stored.value(1));
        QVERIFY(!m_sandbox->isRevoked(m_stored.value(0)));
    }

    void revokeRefusedKeepsIt()
    {
        // Account 0 holds a read-only token: Trello (and the sandbox) will not let it revoke itself.
        select(0);
        QString asked;
        clickRevokeAndConfirm(&asked);
        QVERIFY2(asked.contains(QLatin1String("It has no webhooks.")), qPrintable(asked));
        QTRY_VERIFY_WITH_TIMEOUT(message().contains(QLatin1String("trello.com")), test::WaitMs);
        QCOMPARE(table()->rowCount(), 3);
        QCOMPARE(keychainToken(0), m_stored.value(0));
    }

    void rotateAllowed()
    {
        m_sandbox->setConsentingMember(memberOf(1));
        RotateDialog *dialog = openRotation(1);
        QVERIFY(dialog);
        QVERIFY(clickInConsentPage(dialog, QStringLiteral("allow")));
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->isRotated() || dialog->problem(), qPrintable(dialog->problem().message()),
                                  test::WaitMs);
        QVERIFY2(dialog->isRotated(), qPrintable(dialog->problem().message()));
        const QString now = keychainToken(1);
        QVERIFY(!now.isEmpty());
        QVERIFY(now != m_stored.value(1));
        m_tokens.append(now);
        QVERIFY(m_sandbox->isRevoked(m_stored.value(1)));
        QVERIFY(!m_sandbox->isRevoked(now));
        QCOMPARE(keychainToken(0), m_stored.value(0));
        QCOMPARE(dialog->exitCode(), 0);
        dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(table()->rowCount(), 3, test::WaitMs);
        QVERIFY(message().contains(QLatin1String("rotated")));
    }

    void addAccountOpensTheWizard()
    {
        button("addAccountButton")->click();
        auto *wizard = m_window->findChild<QWidget *>(QStringLiteral("setupWizard"));
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->close();
        QCOMPARE(table()->rowCount(), 3);
    }

    void rotateDenied()
    {
        RotateDialog *dialog = openRotation(0);
        QVERIFY(dialog);
        QVERIFY(clickInConsentPage(dialog, QStringLiteral("deny")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->problem().kind() == ErrorKind::Cancelled, test::WaitMs);
        QCOMPARE(dialog->exitCode(), 1);
        QCOMPARE(keychainToken(0), m_stored.value(0));
        QVERIFY(!m_sandbox->isRevoked(m_stored.value(0)));
        dialog->close();
    }

    // As in the wizard, the connection to the API host opens while the consent page shows (nothing
    // is sent on it), and the verification after Allow uses it: one connection before Allow, two
    // after (the early one and one more for the second request at once; three if it were unused).
    void rotateOpensTheApiConnectionWhileTheConsentPageShows()
    {
        test::CountingProxy proxy(m_sandbox->apiRoot());
        QVERIFY(proxy.listen());
        m_sandbox->setConsentingMember(memberOf(1));
        select(1);
        button("rotateButton")->click();
        auto *dialog = m_window->findChild<RotateDialog *>(QStringLiteral("rotateDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("apiHostEdit"))->setText(proxy.apiRoot().toString());
        m_sandbox->clearReceived();
        QSignalSpy loaded(dialog->browser(), &ConsentBrowser::loaded);
        dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
        QVERIFY(loaded.wait(test::WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(proxy.connections(), 1, test::WaitMs);
        for (const auto &request : m_sandbox->received())
            QVERIFY2(!request.path.startsWith(QLatin1String("/1/members")) && !request.path.startsWith(QLatin1String("/1/tokens")),
                     qPrintable(request.path));
        dialog->browser()->page()->runJavaScript(QStringLiteral("document.getElementById('allow').click()"));
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->isRotated() || dialog->problem(), qPrintable(dialog->problem().message()),
                                  test::WaitMs);
        QVERIFY2(dialog->isRotated(), qPrintable(dialog->problem().message()));
        QCOMPARE(proxy.connections(), 2);
        m_stored.insert(1, keychainToken(1));
        m_tokens.append(m_stored.value(1));
        dialog->close();
    }

    // The rotation's connection settings are the account's, editable, and checked before
    // Trello is asked: a bad header stops at once; a good one goes with every request after.
    void rotateSettingsAreEditableAndChecked()
    {
        m_sandbox->setConsentingMember(memberOf(2));
        select(2);
        button("rotateButton")->click();
        auto *dialog = m_window->findChild<RotateDialog *>(QStringLiteral("rotateDialog"));
        QVERIFY(dialog);
        auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("apiHostEdit"));
        auto *headers = dialog->findChild<QPlainTextEdit *>(QStringLiteral("headersEdit"));
        QCOMPARE(host->text(), m_sandbox->apiRoot().toString());
        headers->setPlainText(QStringLiteral("Bad Header: x"));
        dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
        QVERIFY(!dialog->browser()->isOpen());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QLatin1String("header")));

        headers->setPlainText(QStringLiteral("X-Rotated: yes\n"));
        m_sandbox->clearReceived();
        dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
        QVERIFY(clickInConsentPage(dialog, QStringLiteral("allow")));
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->isRotated() || dialog->problem(), qPrintable(dialog->problem().message()),
                                  test::WaitMs);
        QVERIFY2(dialog->isRotated(), qPrintable(dialog->problem().message()));
        m_tokens.append(keychainToken(2));
        bool sawHeader = false;
        for (const HttpRequest &r : m_sandbox->received())
            sawHeader = sawHeader || (r.path == QLatin1String("/1/members/me") && r.header("X-Rotated") == "yes");
        QVERIFY(sawHeader);
        SettingsFile registry(registryPath());
        QVERIFY(!registry.load());
        const Account *stored = registry.find(idOf(2));
        QVERIFY(stored);
        QCOMPARE(stored->endpoint.headers.size(), 1);
        QCOMPARE(stored->endpoint.headers.first().toLine(), QStringLiteral("X-Rotated: yes"));
        dialog->close();
    }

    // A secret header entered in the rotate dialog is kept in the keychain; the next rotation
    // shows it without its value, and keeps it when the line is left as shown.
    void rotateKeepsSecretHeadersWithoutShowingThem()
    {
        m_sandbox->setConsentingMember(memberOf(2));
        // Rotates account 2 with the headers field set to `lines` (null: as shown); the problem, if any.
        const auto rotateWithHeaders = [this](const QString &lines, QString *shown) -> std::optional<Error> {
            select(2);
            button("rotateButton")->click();
            auto *dialog = m_window->findChild<RotateDialog *>(QStringLiteral("rotateDialog"));
            if (!dialog)
                return std::nullopt;
            auto *headers = dialog->findChild<QPlainTextEdit *>(QStringLiteral("headersEdit"));
            *shown = headers->toPlainText();
            if (!lines.isNull())
                headers->setPlainText(lines);
            dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
            if (!clickInConsentPage(dialog, QStringLiteral("allow")))
                return std::nullopt;
            if (!QTest::qWaitFor([dialog] { return dialog->isRotated() || dialog->problem(); }, test::WaitMs))
                return std::nullopt;
            const Error problem = dialog->problem();
            m_tokens.append(keychainToken(2));
            dialog->close();
            QTest::qWait(50);
            return problem;
        };
        // A secret header is not added (nor changed) by a rotation: setup again does that.
        QString shown;
        const QString before = keychainToken(2);
        const std::optional<Error> refused = rotateWithHeaders(QStringLiteral("X-Api-Key: n3w-s3cret"), &shown);
        QVERIFY(refused && refused->kind() == ErrorKind::BadInput);
        QVERIFY2(refused->message().contains(QLatin1String("setup again")), qPrintable(refused->message()));
        QCOMPARE(keychainToken(2), before);

        store(2, {QStringLiteral("read"), QStringLiteral("write")},
              {CustomHeader("X-Api-Key", "k3pt-s3cret"), CustomHeader("X-Team", "green")});
        m_window->reload();
        m_sandbox->clearReceived();
        const std::optional<Error> asShown = rotateWithHeaders(QString(), &shown);
        QVERIFY(asShown && !*asShown);
        QCOMPARE(shown, QStringLiteral("X-Api-Key: ••••••••\nX-Team: green"));
        bool sawHeader = false;
        for (const HttpRequest &r : m_sandbox->received()) {
            if (r.path == QLatin1String("/1/members/me")) {
                QCOMPARE(r.header("X-Api-Key"), QByteArray("k3pt-s3cret"));
                sawHeader = true;
            }
        }
        QVERIFY(sawHeader);
        // Changing the shown value is refused too, and the value stays what it was.
        const std::optional<Error> changed =
            rotateWithHeaders(QStringLiteral("X-Api-Key: 0ther-s3cret\nX-Team: green"), &shown);
        QVERIFY(changed && changed->kind() == ErrorKind::BadInput);
        QCOMPARE(test::placesHolding(QStringLiteral("k3pt-s3cret")), QStringList());
        QCOMPARE(test::placesHolding(QStringLiteral("0ther-s3cret")), QStringList());
    }

    // The rotate dialog's consent panel offers the person's browser as the wizard's does. The
    // browser is the test (Qt's handler of http addresses); it answers as the receiver's page does.
    void rotateInTheBrowser()
    {
        BrowserStandIn browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
        RotateDialog *dialog = openRotation(1);
        QVERIFY(dialog);
        auto *viaBrowser = dialog->findChild<QPushButton *>(QStringLiteral("signInWithBrowserButton"));
        QVERIFY(viaBrowser && viaBrowser->isVisible());
        viaBrowser->click();
        QTRY_VERIFY_WITH_TIMEOUT(!browser.opened.isEmpty(), test::WaitMs);
        const QUrl page = browser.opened.constLast();
        QCOMPARE(page.path(), QStringLiteral("/trello-onboard/sign-in"));

        const QString before = keychainToken(1);
        const QString token = m_sandbox->issueToken(memberOf(1), {QStringLiteral("read"), QStringLiteral("write")},
                                                    QStringLiteral("30days"));
        m_tokens.append(token);
        const QJsonObject answer{{QStringLiteral("state"), QUrlQuery(page).queryItemValue(QStringLiteral("state"))},
                                 {QStringLiteral("answer"), token}};
        const QByteArray origin = "http://localhost:" + QByteArray::number(page.port());
        QCOMPARE(test::rawHttpStatus(test::rawHttpExchange(
                     quint16(page.port()),
                     test::receiverAnswerRequest(quint16(page.port()), QJsonDocument(answer).toJson(QJsonDocument::Compact), origin))),
                 204);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->isRotated() || dialog->problem(), qPrintable(dialog->problem().message()),
                                  test::WaitMs);
        QVERIFY2(dialog->isRotated(), qPrintable(dialog->problem().message()));
        QCOMPARE(keychainToken(1), token);
        QVERIFY(m_sandbox->isRevoked(before));
        dialog->close();
        expectNoTokenInFiles();
    }
};

WIZARD_TEST_MAIN(TestAccounts)

#include "tst_accounts.moc"
