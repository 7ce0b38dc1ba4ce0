#include "TokenVerifier.h"

#include "ApiClient.h"
#include "ApiReply.h"

namespace onboard {

TokenVerifier::TokenVerifier(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void TokenVerifier::start()
{
    m_memberReply = m_client->get(QStringLiteral("members/me"));
    m_tokenReply = m_client->get(QStringLiteral("tokens/") + m_client->token());
    connect(m_memberReply, &ApiReply::finished, this, &TokenVerifier::onReplyFinished);
    connect(m_tokenReply, &ApiReply::finished, this, &TokenVerifier::onReplyFinished);
}

void TokenVerifier::onReplyFinished()
{
    if (m_finished || !m_memberReply || !m_tokenReply)
        return;
    if (!m_memberReply->isFinished() || !m_tokenReply->isFinished())
        return;
    m_error = combine();
    m_memberReply->deleteLater();
    m_tokenReply->deleteLater();
    m_finished = true;
    Q_EMIT finished();
}

Error TokenVerifier::combine()
{
    // Who the token belongs to is the question that matters most: its error wins.
    if (m_memberReply->error())
        return m_memberReply->error();
    if (m_tokenReply->error())
        return m_tokenReply->error();
    if (Error e = TrelloResponse::parseMember(m_memberReply->body(), &m_member))
        return e;
    if (Error e = TrelloResponse::parseToken(m_tokenReply->body(), &m_token))
        return e;
    if (m_token.memberId != m_member.id)
        return {ErrorKind::Network, tr("The API host's answers disagree: the token belongs to another member than the one it reports.")};
    return {};
}

} // namespace onboard
