#include "RunKeychainJob.h"

#include "TestSupport.h"
#include "SandboxServer.h"
#include "accounts/ChangeLock.h"
#include "operations/StoreTokenJob.h"

#include <QSignalSpy>

namespace onboard::test {

bool runJob(Job &job)
{
    QSignalSpy finished(&job, &Job::finished);
    if (!job.isRunning() && !job.isFinished())
        job.start();
    return job.isFinished() || !finished.isEmpty() || finished.wait(WaitMs);
}

Error runToEnd(Job &job)
{
    if (!runJob(job))
        return {ErrorKind::Cancelled, QStringLiteral("test: the job did not finish in time")};
    return job.error();
}

Account storeDemoAccount(const Workspace &profile, const QString &token, const CustomHeaders &headers)
{
    SetupOptions options;
    options.request.apiKey = sandbox::SandboxServer::demoKey();
    options.endpoint.headers = headers;
    StoreTokenJob store(profile, options, token);
    if (const Error e = runToEnd(store))
        qFatal("store failed: %s", qPrintable(e.message()));
    return store.account();
}

KeychainAnswer runKeychainJob(KeychainJob::Operation operation, const QString &service, const QString &key,
                              const QString &token, KeychainJob::Content content)
{
    KeychainJob job(operation, service, key);
    job.setToken(token);
    job.setContent(content);
    if (!runJob(job))
        return {Error(ErrorKind::Keychain, QStringLiteral("test: the keychain did not answer")), {}};
    return {job.error(), job.token()};
}

std::unique_ptr<ChangeLock> heldLock(const QString &settingsPath)
{
    auto lock = std::make_unique<ChangeLock>(settingsPath);
    lock->setWaitMs(WaitMs);
    std::unique_ptr<Job> acquire(lock->acquire());
    if (!runJob(*acquire) || acquire->error())
        return nullptr;
    return lock;
}

} // namespace onboard::test
