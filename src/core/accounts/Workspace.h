#pragma once

#include "accounts/Account.h"
#include "trello/ApiEndpoint.h"

#include <QString>
#include <QUrl>

namespace onboard {

// Where a run keeps its accounts: the real workspace (keychain service "trello-onboard", the
// settings file accounts.json) or the demo's ("trello-onboard-demo", accounts-demo.json), whose
// accounts always talk to the built-in sandbox of the current run (its port changes from run to
// run; the sandbox recognises tokens issued by an earlier one). The files that belong with the
// settings file (the change journal, the change lock) are named after it.
class Workspace
{
public:
    static Workspace real();
    static Workspace demo(const QUrl &sandboxApiRoot);
    // For tests: a settings file elsewhere.
    Workspace withSettingsPath(const QString &path) const;

    bool isDemo() const { return m_demo; }
    const QString &keychainService() const { return m_service; }
    const QString &settingsPath() const { return m_settingsPath; }
    // A file that belongs with the settings file: "…/accounts.json" and "changes.lock" →
    // "…/accounts.changes.lock".
    QString siblingPath(const QString &name) const { return siblingPath(m_settingsPath, name); }
    static QString siblingPath(const QString &settingsPath, const QString &name);
    const QUrl &sandboxApiRoot() const { return m_sandboxApiRoot; }

    // Where requests for this account go: its own endpoint, or in a demo the sandbox.
    ApiEndpoint endpointFor(const Account &account) const;
    ApiEndpoint endpointFor(ApiEndpoint endpoint) const;
    // Where an OAuth 2.0 account's token endpoint is: its own, or in a demo the sandbox's.
    QUrl tokenUrlFor(const Account &account) const;
    QUrl tokenUrlFor(const QUrl &tokenUrl) const;

private:
    bool m_demo = false;
    QString m_service;
    QString m_settingsPath;
    QUrl m_sandboxApiRoot;
};

} // namespace onboard
