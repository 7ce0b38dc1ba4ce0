#pragma once

#include "common/Job.h"
#include "trello/TrelloResponse.h"

namespace onboard {

class ApiClient;

// Proves a token works: GET /members/me (whose token it is) and GET /tokens/{token} (scopes and
// expiry), sent together through the client's host, headers and credentials. This is the one
// verification every flow uses (setup, import, rotate, check, recovery); nothing is stored unless
// it succeeded (PRODUCT.md, "Rules that hold everywhere"). For an OAuth 2.0 account's client
// (Bearer) only /members/me: its token has no /tokens/ resource, and tokenInfo() stays empty.
class VerifyJob : public Job
{
    Q_OBJECT

public:
    // The client must have its token; it is used, not owned.
    explicit VerifyJob(ApiClient *client, QObject *parent = nullptr);

    const MemberInfo &member() const { return m_member; }
    const TokenInfo &tokenInfo() const { return m_token; }

protected:
    void run() override;

private:
    void onCallFinished();
    Error combine();

    ApiClient *m_client;
    class ApiCall *m_memberCall = nullptr;
    class ApiCall *m_tokenCall = nullptr;
    int m_pending = 0;
    MemberInfo m_member;
    TokenInfo m_token;
};

} // namespace onboard
