#include "KeychainJob.h"

#include "TestSupport.h"

#include <QSignalSpy>

namespace onboard::test {

KeychainAnswer runKeychainJob(TokenStoreJob::Operation operation, const QString &service, const QString &key,
                              const QString &token)
{
    TokenStoreJob job(operation, service, key);
    job.setToken(token);
    QSignalSpy finished(&job, &TokenStoreJob::finished);
    job.start();
    if (finished.isEmpty() && !finished.wait(WaitMs))
        return {Error(ErrorKind::Keychain, QStringLiteral("test: the keychain did not answer")), {}};
    return {job.error(), job.token()};
}

} // namespace onboard::test
