#pragma once

#include "Error.h"
#include "TrelloResponse.h"

#include <QObject>
#include <QPointer>

namespace onboard {

class ApiClient;
class ApiReply;

// Proves a token works: GET /members/me (whose token it is) and GET /tokens/{token} (scopes and
// expiry), sent together through the client's host and headers. finished() comes once.
class TokenVerifier : public QObject
{
    Q_OBJECT

public:
    explicit TokenVerifier(ApiClient *client, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    const MemberInfo &member() const { return m_member; }
    const TokenInfo &tokenInfo() const { return m_token; }

Q_SIGNALS:
    void finished();

private:
    void onReplyFinished();
    Error combine();

    ApiClient *m_client;
    QPointer<ApiReply> m_memberReply;
    QPointer<ApiReply> m_tokenReply;
    MemberInfo m_member;
    TokenInfo m_token;
    Error m_error;
    bool m_finished = false;
};

} // namespace onboard
