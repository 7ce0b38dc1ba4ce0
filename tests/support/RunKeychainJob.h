#pragma once

#include "accounts/Account.h"
#include "accounts/ChangeLock.h"
#include "accounts/Workspace.h"
#include "common/Error.h"
#include "keychain/KeychainJob.h"

#include <QString>

#include <memory>

namespace onboard::test {

struct KeychainAnswer
{
    Error error;
    QString token; // what a read found
};

// Runs one KeychainJob to its end (bounded by WaitMs), for tests that set up or check
// keychain entries behind the program's back.
KeychainAnswer runKeychainJob(KeychainJob::Operation operation, const QString &service, const QString &key,
                              const QString &token = {}, KeychainJob::Content content = KeychainJob::Content::Token);

// Runs a job to its end, bounded by WaitMs; false when it did not finish in time.
bool runJob(Job &job);
// The same, for jobs whose error is the answer: a job that did not finish in time is an error too.
Error runToEnd(Job &job);

// Stores a verified token for the sandbox's demo key in `profile`, as setup leaves it, for tests
// that start from a stored account; a failure ends the test program.
Account storeDemoAccount(const Workspace &profile, const QString &token, const CustomHeaders &headers = {});

// The change lock of this settings file, held (waited for up to WaitMs); null when it could not
// be taken. For tests that change the settings file or the journal directly.
std::unique_ptr<ChangeLock> heldLock(const QString &settingsPath);

} // namespace onboard::test
