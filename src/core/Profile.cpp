#include "Profile.h"

#include "AccountRegistry.h"
#include "TokenStoreJob.h"

namespace onboard {

Profile Profile::real()
{
    Profile profile;
    profile.m_service = TokenStoreJob::serviceName(false);
    profile.m_registryPath = AccountRegistry::defaultPath(false);
    return profile;
}

Profile Profile::demo(const QUrl &sandboxApiRoot)
{
    Profile profile;
    profile.m_demo = true;
    profile.m_service = TokenStoreJob::serviceName(true);
    profile.m_registryPath = AccountRegistry::defaultPath(true);
    profile.m_sandboxApiRoot = sandboxApiRoot;
    return profile;
}

Profile Profile::withRegistryPath(const QString &path) const
{
    Profile copy = *this;
    copy.m_registryPath = path;
    return copy;
}

ApiEndpoint Profile::endpointFor(const Account &account) const
{
    return endpointFor(account.endpoint);
}

ApiEndpoint Profile::endpointFor(ApiEndpoint endpoint) const
{
    if (m_demo)
        endpoint.apiHost = m_sandboxApiRoot;
    return endpoint;
}

} // namespace onboard
