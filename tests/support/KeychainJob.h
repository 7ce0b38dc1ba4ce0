#pragma once

#include "Error.h"
#include "TokenStoreJob.h"

#include <QString>

namespace onboard::test {

struct KeychainAnswer
{
    Error error;
    QString token; // what a read found
};

// Runs one TokenStoreJob to its end (bounded by WaitMs), for tests that set up or check
// keychain entries behind the program's back.
KeychainAnswer runKeychainJob(TokenStoreJob::Operation operation, const QString &service, const QString &key,
                              const QString &token = {});

} // namespace onboard::test
