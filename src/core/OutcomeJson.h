#pragma once

#include "Account.h"
#include "Error.h"
#include "Profile.h"

#include <QByteArray>
#include <QJsonObject>

namespace onboard {

// The one JSON object that --json prints at exit: the outcome and the account's non-secret
// details. There is no field that could carry the token.
class OutcomeJson
{
public:
    static QJsonObject accountObject(const Account &account, const Profile &profile);
    // The account's fields with "status" (<ok-word> or the error kind), "exitCode" and, on
    // failure, "message": the same flat shape as the wizard's --json.
    static QByteArray forAccount(const Error &error, const Account &account, const Profile &profile, const QString &okWord);
    static QByteArray forError(const Error &error);
};

} // namespace onboard
