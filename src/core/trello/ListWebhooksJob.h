#pragma once

#include "common/Job.h"
#include "trello/TrelloResponse.h"

namespace onboard {

class ApiClient;

// Lists the webhooks of the client's token: GET /tokens/{token}/webhooks (the token is in the
// path; ApiClient::redacted shows it as ***). Trello keeps webhooks per token and ends them with
// it, so this is what stops when the token is revoked (revoke) and what a rotation moves. A token
// Trello calls invalid or expired has no webhooks left: tokenIsDead() is then true, with the error.
class ListWebhooksJob : public Job
{
    Q_OBJECT

public:
    // The client must have its token; it is used, not owned.
    explicit ListWebhooksJob(ApiClient *client, QObject *parent = nullptr);

    const QList<WebhookInfo> &webhooks() const { return m_webhooks; }
    bool tokenIsDead() const { return m_tokenIsDead; }

protected:
    void run() override;

private:
    ApiClient *m_client;
    QList<WebhookInfo> m_webhooks;
    bool m_tokenIsDead = false;
};

} // namespace onboard
