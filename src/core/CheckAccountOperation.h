#pragma once

#include "AccountOperation.h"
#include "TrelloResponse.h"

#include <QPointer>

namespace onboard {

class ApiClient;
class TokenVerifier;

// Verifies a stored token against its API host with its headers (GET /members/me and
// /tokens/{token}). When it works, account() holds the fresh member names, scopes, expiry and
// time of the check; the caller records them (AccountRegistry::recordChecks), once for all the
// accounts it checked.
class CheckAccountOperation : public AccountOperation
{
    Q_OBJECT

public:
    using AccountOperation::AccountOperation;

    const MemberInfo &member() const { return m_member; }
    const TokenInfo &tokenInfo() const { return m_tokenInfo; }

protected:
    void run() override;

private:
    void verify(const QString &token);
    void onVerified();

    QPointer<ApiClient> m_client;
    QPointer<TokenVerifier> m_verifier;
    MemberInfo m_member;
    TokenInfo m_tokenInfo;
};

} // namespace onboard
