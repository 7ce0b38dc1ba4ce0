#pragma once

#include "Account.h"
#include "ApiEndpoint.h"

#include <QString>
#include <QUrl>

namespace onboard {

// Which keychain service and settings file a run uses: the real ones, or the demo's, which talk
// to the built-in sandbox. A demo account always goes to the sandbox of the current run (its port
// changes from run to run; the sandbox recognises tokens issued by an earlier one).
class Profile
{
public:
    static Profile real();
    static Profile demo(const QUrl &sandboxApiRoot);
    // For tests: a settings file elsewhere.
    Profile withRegistryPath(const QString &path) const;

    bool isDemo() const { return m_demo; }
    const QString &keychainService() const { return m_service; }
    const QString &registryPath() const { return m_registryPath; }
    const QUrl &sandboxApiRoot() const { return m_sandboxApiRoot; }

    // Where requests for this account go: its own endpoint, or in a demo the sandbox.
    ApiEndpoint endpointFor(const Account &account) const;
    ApiEndpoint endpointFor(ApiEndpoint endpoint) const;

private:
    bool m_demo = false;
    QString m_service;
    QString m_registryPath;
    QUrl m_sandboxApiRoot;
};

} // namespace onboard
