#pragma once

#include "accounts/Account.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>

namespace onboard {

// Whether a checked account needs its person (PRODUCT.md, "Keeping tokens alive"): a token that
// expires within WarnDays or has expired (not a 1hour or 1day token: those are meant to be short),
// a token Trello refuses, an OAuth 2.0 grant that could not be kept alive. The expiry comes from
// the stored record, so it is known without the network; a failure that is not the person's to
// fix (the network, a locked keychain) is no reason of its own: the next check tries again.
class AccountAttention
{
    Q_DECLARE_TR_FUNCTIONS(AccountAttention)

public:
    static constexpr int WarnDays = 7;

    enum class Reason { None, ExpiresSoon, Expired, Refused, GrantEnded };

    // `checkError`: how the account's check ended.
    static AccountAttention of(const Account &account, const Error &checkError, const QDateTime &now);

    Reason reason() const { return m_reason; }
    bool needed() const { return m_reason != Reason::None; }
    // "expires-soon", "expired", "refused", "grant-ended"; empty for None (the --json value).
    QString name() const;
    // One line for a person: what happened and what to do.
    const QString &sentence() const { return m_sentence; }

private:
    Reason m_reason = Reason::None;
    QString m_sentence;
};

} // namespace onboard
