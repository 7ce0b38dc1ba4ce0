#pragma once

#include "AccountOperation.h"

#include <QPointer>

namespace onboard {

class ApiClient;

// Revokes the token on Trello (DELETE /tokens/{token}/), then removes it locally. When Trello
// refuses (a read-only token may not revoke itself) or cannot be reached, nothing is removed and
// the error says how to revoke it on trello.com. A token Trello already calls invalid or expired
// is dead: it is removed locally, and wasAlreadyInvalid() says so.
class RevokeAccountOperation : public AccountOperation
{
    Q_OBJECT

public:
    using AccountOperation::AccountOperation;

    bool wasAlreadyInvalid() const { return m_alreadyInvalid; }
    static QString howToRevokeOnTrello();

protected:
    void run() override;

private:
    void revoke(const QString &token);

    QPointer<ApiClient> m_client;
    bool m_alreadyInvalid = false;
};

} // namespace onboard
