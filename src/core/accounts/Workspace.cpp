#include "accounts/Workspace.h"

#include "accounts/SettingsFile.h"
#include "keychain/KeychainJob.h"

namespace onboard {

Workspace Workspace::real()
{
    Workspace workspace;
    workspace.m_service = KeychainJob::serviceName(false);
    workspace.m_settingsPath = SettingsFile::defaultPath(false);
    return workspace;
}

Workspace Workspace::demo(const QUrl &sandboxApiRoot)
{
    Workspace workspace;
    workspace.m_demo = true;
    workspace.m_service = KeychainJob::serviceName(true);
    workspace.m_settingsPath = SettingsFile::defaultPath(true);
    workspace.m_sandboxApiRoot = sandboxApiRoot;
    return workspace;
}

Workspace Workspace::withSettingsPath(const QString &path) const
{
    Workspace copy = *this;
    copy.m_settingsPath = path;
    return copy;
}

QString Workspace::siblingPath(const QString &settingsPath, const QString &name)
{
    QString path = settingsPath;
    if (path.endsWith(QLatin1String(".json")))
        path.chop(5);
    return path + QLatin1Char('.') + name;
}

ApiEndpoint Workspace::endpointFor(const Account &account) const
{
    return endpointFor(account.endpoint);
}

ApiEndpoint Workspace::endpointFor(ApiEndpoint endpoint) const
{
    if (m_demo)
        endpoint.apiHost = m_sandboxApiRoot;
    return endpoint;
}

QUrl Workspace::tokenUrlFor(const Account &account) const
{
    return tokenUrlFor(account.tokenUrl);
}

QUrl Workspace::tokenUrlFor(const QUrl &tokenUrl) const
{
    // The sandbox serves the API under /1 and its OAuth 2.0 endpoints beside it.
    return m_demo ? m_sandboxApiRoot.resolved(QUrl(QStringLiteral("/oauth/token"))) : tokenUrl;
}

} // namespace onboard
