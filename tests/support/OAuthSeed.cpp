#include "OAuthSeed.h"

#include "RunKeychainJob.h"
#include "SandboxServer.h"

#include "accounts/ChangeLock.h"
#include "accounts/SettingsFile.h"

namespace onboard::test {

Account oauthAccount(int member, const QUrl &apiRoot, const QUrl &tokenUrl, const QStringList &scopes)
{
    Account a;
    a.apiKey.clear();
    a.appName.clear();
    a.returnUrl = QUrl();
    a.expiration.clear();
    a.clientId = sandbox::SandboxServer::demoClientId();
    a.memberId = sandbox::SandboxServer::members().at(member).id;
    a.username = sandbox::SandboxServer::members().at(member).username;
    a.fullName = sandbox::SandboxServer::members().at(member).fullName;
    a.scopes = scopes;
    a.endpoint.apiHost = apiRoot;
    a.authorizeUrl = apiRoot.resolved(QUrl(QStringLiteral("/authorize")));
    a.tokenUrl = tokenUrl;
    a.redirectUri = OAuthRequest::defaultRedirectUri();
    a.grantRenewed = QDateTime::currentDateTimeUtc();
    return a;
}

Error storeOAuthAccount(const Account &account, const OAuthGrant &grant, const QString &settingsPath)
{
    if (Error e = account.validate())
        return e;
    const KeychainAnswer written =
        runKeychainJob(KeychainJob::Operation::Write, KeychainJob::serviceName(false), account.id(), grant.toText());
    if (written.error)
        return written.error;
    const QString path = settingsPath.isEmpty() ? SettingsFile::defaultPath(false) : settingsPath;
    std::unique_ptr<ChangeLock> lock = heldLock(path);
    if (!lock)
        return {ErrorKind::LocalStore, QStringLiteral("the change lock of %1 could not be taken").arg(path)};
    return SettingsFile(path).modify(*lock, SettingsFile::storing(account));
}

} // namespace onboard::test
