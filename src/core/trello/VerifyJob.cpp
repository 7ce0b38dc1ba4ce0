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
    m_tokenCall = m_client->get(QStringLiteral("tokens/") + m_client->token());
    m_pending = 2;
    // Both at once: over HTTP/2 they share one connection. The calls stay children of the
    // client until this job has read both.
    for (ApiCall *call : {m_memberCall, m_tokenCall}) {
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
    m_tokenCall->deleteLater();
    finish(outcome);
}

Error VerifyJob::combine()
{
    // Who the token belongs to is the question that matters most: its error wins.
    if (m_memberCall->error())
        return m_memberCall->error();
    if (m_tokenCall->error())
        return m_tokenCall->error();
    if (Error e = TrelloResponse::parseMember(m_memberCall->body(), &m_member))
        return e;
    if (Error e = TrelloResponse::parseToken(m_tokenCall->body(), &m_token))
        return e;
    if (m_token.memberId != m_member.id)
        return {ErrorKind::Network, tr("The API host's answers disagree: the token belongs to another member than the one it reports.")};
    return {};
}

} // namespace onboard
