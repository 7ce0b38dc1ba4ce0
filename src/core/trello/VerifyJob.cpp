#include "trello/VerifyJob.h"

#include "trello/ApiCall.h"
#include "trello/ApiClient.h"

namespace onboard {

VerifyJob::VerifyJob(ApiClient *client, QObject *parent)
    : Job(parent)
    , m_client(client)
{
}

void VerifyJob::run()
{
    m_memberCall = m_client->get(QStringLiteral("members/me"));
    // An OAuth 2.0 access token has no /tokens/ resource, and must not appear in a URL: its
    // scopes and expiry come from the token endpoint's answer.
    if (m_client->scheme() != ApiClient::Scheme::Bearer)
        m_tokenCall = m_client->get(QStringLiteral("tokens/") + m_client->token());
    // Both at once: over HTTP/2 they share one connection. The calls stay children of the
    // client until this job has read both.
    for (ApiCall *call : {m_memberCall, m_tokenCall}) {
        if (!call)
            continue;
        ++m_pending;
        connect(call, &Job::finished, this, &VerifyJob::onCallFinished);
        call->start();
    }
}

void VerifyJob::onCallFinished()
{
    if (--m_pending > 0)
        return;
    const Error outcome = combine();
    m_memberCall->deleteLater();
    if (m_tokenCall)
        m_tokenCall->deleteLater();
    finish(outcome);
}

Error VerifyJob::combine()
{
    // Who the token belongs to is the question that matters most: its error wins.
    if (m_memberCall->error())
        return m_memberCall->error();
    if (m_tokenCall && m_tokenCall->error())
        return m_tokenCall->error();
    if (Error e = TrelloResponse::parseMember(m_memberCall->body(), &m_member))
        return e;
    if (!m_tokenCall)
        return {};
    if (Error e = TrelloResponse::parseToken(m_tokenCall->body(), &m_token))
        return e;
    if (m_token.memberId != m_member.id)
        return {ErrorKind::Network, tr("The API host's answers disagree: the token belongs to another member than the one it reports.")};
    return {};
}

} // namespace onboard
