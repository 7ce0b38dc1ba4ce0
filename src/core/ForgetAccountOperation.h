#pragma once

#include "AccountOperation.h"

namespace onboard {

// Removes the local copy only: the keychain entry and the account record. The token stays valid
// on Trello until it expires or is revoked there. No API call.
class ForgetAccountOperation : public AccountOperation
{
    Q_OBJECT

public:
    using AccountOperation::AccountOperation;

protected:
    void run() override { removeLocally(); }
};

} // namespace onboard
