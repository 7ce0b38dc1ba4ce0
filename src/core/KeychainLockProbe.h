#pragma once

#include <QObject>

#include <functional>

namespace onboard {

// Asks the Secret Service whether its default collection (where QtKeychain's libsecret backend
// keeps our entries) is locked. Needed because a locked collection does not look locked through
// QtKeychain when no unlock prompt can be shown: a read answers "entry not found" and a removal
// answers success while removing nothing. TokenStoreJob asks only after such an answer, so the
// ordinary paths pay nothing.
//
// Elsewhere than on Linux and BSD, or when no Secret Service answers, the answer is "not locked".
class KeychainLockProbe
{
public:
    static constexpr int TimeoutMs = 3000;
    // Calls `then` once, from the event loop, unless `context` is destroyed first.
    static void isLocked(QObject *context, std::function<void(bool locked)> then);
};

} // namespace onboard
