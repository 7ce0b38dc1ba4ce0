#pragma once

#include "common/Job.h"

namespace onboard {

class ApiClient;

// Revokes a token on Trello: DELETE /tokens/{token}/, sent with that token itself through the
// client's host and headers. Its answer, read once for every flow that revokes (revoke, the end of
// a rotation, the recovery of one):
// - revoked: Trello took it back;
// - already dead: Trello calls it invalid or expired, so there is nothing left to revoke;
// - refused: Trello will not (a read-only token may not revoke itself): error() is TokenRefused;
// - not reached: error() says why (network, host).
// howToRevokeOnTrello() is the sentence every flow adds when the person must do it themselves.
class RevokeTokenJob : public Job
{
    Q_OBJECT

public:
    enum class Result { NotRevoked, Revoked, AlreadyDead };

    // The client's token is the one revoked; the client is used, not owned.
    explicit RevokeTokenJob(ApiClient *client, QObject *parent = nullptr);

    Result result() const { return m_result; }
    // Revoked, or nothing left to revoke.
    bool isGone() const { return m_result != Result::NotRevoked; }

    static QString howToRevokeOnTrello();
    // The same for an OAuth 2.0 grant, which has no documented revocation endpoint: the person
    // removes the app's access in their Atlassian account.
    static QString howToRemoveOAuthApp();

protected:
    void run() override;

private:
    ApiClient *m_client;
    Result m_result = Result::NotRevoked;
};

} // namespace onboard
