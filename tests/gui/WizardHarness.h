#pragma once

// Shared by the wizard tests: a wizard wired to an in-process sandbox, driven as a person would,
// and the checks that the token went nowhere but the keychain.

#include "accounts/SettingsFile.h"
#include "ConsentBrowser.h"
#include "ConsentPage.h"
#include "ConsentWebPage.h"
#include "accounts/Workspace.h"
#include "SandboxServer.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "TestSupport.h"
#include "keychain/KeychainJob.h"
#include "WizardPageIds.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace onboard::test {

// Everything the process logs, to scan for the token.
inline QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}

inline void captureMessages()
{
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        static QMutex mutex;
        {
            QMutexLocker lock(&mutex);
            loggedMessages().append(message);
        }
        if (previous)
            previous(type, context, message);
    });
}

// Before QApplication: Chromium under Xvfb has no GPU (tests only).
inline void prepareWebEngine()
{
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    // Every category at debug level, so the token scans also cover what debug logging would say.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

struct WizardRun
{
    sandbox::SandboxServer sandbox;
    std::unique_ptr<SetupController> controller;
    std::unique_ptr<SetupWizard> wizard;

    // Further options ("sign-in", "browser"), applied by start() after its own.
    QList<QPair<QString, QString>> extraOptions;

    QString registryPath() const { return sessionRoot() + QStringLiteral("/home/wizard-accounts.json"); }

    // A real (non-demo) profile whose options point at the sandbox, so the API host counts.
    bool start(const QString &apiHost = {}, bool withKey = true)
    {
        if (!sandbox.listen())
            return false;
        SetupOptions options;
        if ((withKey && options.apply(QStringLiteral("key"), sandbox::SandboxServer::demoKey()))
            || options.apply(QStringLiteral("authorize-url"), sandbox.authorizeUrl().toString())
            || options.apply(QStringLiteral("api-host"), apiHost.isEmpty() ? sandbox.apiRoot().toString() : apiHost))
            return false;
        for (const auto &[option, value] : std::as_const(extraOptions)) {
            if (options.apply(option, value))
                return false;
        }
        controller = std::make_unique<SetupController>(Workspace::real().withSettingsPath(registryPath()), options);
        wizard = std::make_unique<SetupWizard>(controller.get());
        wizard->show();
        return true;
    }

    ConsentBrowser *browser() const { return wizard->consentPage()->browser(); }

    QLabel *label(const char *name) const { return wizard->findChild<QLabel *>(QLatin1String(name)); }

    int consentRequests() const
    {
        int n = 0;
        for (const HttpRequest &r : sandbox.received())
            n += r.path == QLatin1String("/1/authorize");
        return n;
    }

    QList<Account> storedAccounts() const
    {
        SettingsFile registry(registryPath());
        registry.load();
        return registry.accounts();
    }
};

// Runs JavaScript in the consent page once it has loaded (e.g. a click on Allow).
inline bool runInConsentPage(WizardRun &run, const QString &script)
{
    ConsentBrowser *browser = run.browser();
    if (!browser->isOpen())
        return false;
    QSignalSpy loaded(browser, &ConsentBrowser::loaded);
    if (!loaded.wait(WaitMs))
        return false;
    browser->page()->runJavaScript(script);
    return true;
}

inline QString keychainToken(const QString &service, const QString &accountId, Error *error)
{
    KeychainJob job(KeychainJob::Operation::Read, service, accountId);
    QSignalSpy finished(&job, &KeychainJob::finished);
    job.start();
    if (!finished.wait(WaitMs)) {
        *error = {ErrorKind::Keychain, QStringLiteral("no answer from the keychain")};
        return {};
    }
    *error = job.error();
    return job.token();
}

// Files under the session (HOME, config, cache, temp) and everything logged that holds `token`.
inline QStringList placesHolding(const QString &token)
{
    QStringList hits = filesContaining(sessionRoot(), token.toUtf8());
    for (const QString &message : loggedMessages()) {
        if (message.contains(token))
            hits.append(QStringLiteral("log: ") + message);
    }
    return hits;
}

} // namespace onboard::test

#define WIZARD_TEST_MAIN(TestObject)                                                                                   \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        onboard::test::prepareWebEngine();                                                                             \
        onboard::test::captureMessages();                                                                              \
        QApplication app(argc, argv);                                                                                  \
        app.setQuitOnLastWindowClosed(false);                                                                          \
        TestObject test;                                                                                               \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
