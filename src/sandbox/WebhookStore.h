#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace onboard::sandbox {

// One webhook as Trello keeps it: it belongs to the token that created it.
struct SandboxWebhook
{
    QString id;    // 24 hex characters, as Trello's ids
    QString token; // the canonical token that owns it (never in an answer)
    QString description;
    QString idModel;
    QString callbackUrl;
    bool active = true;

    // Trello's representation: id, description, idModel, callbackURL, active, consecutiveFailures,
    // firstConsecutiveFailDate.
    QJsonObject toJson() const;
};

// The webhooks of a sandbox, per token as Trello keeps them: listed, found and deleted through the
// token that owns them, and gone when that token is revoked. At most one per (token, callback URL,
// model), as Trello refuses a second.
class WebhookStore
{
public:
    QList<SandboxWebhook> ofToken(const QString &canonicalToken) const;
    const SandboxWebhook *find(const QString &id) const;
    bool exists(const QString &canonicalToken, const QString &callbackUrl, const QString &idModel) const;
    // Adds a webhook with a fresh id and returns it.
    SandboxWebhook add(const QString &canonicalToken, const QString &description, const QString &idModel,
                       const QString &callbackUrl, bool active);
    bool remove(const QString &id);
    // The token was revoked: its webhooks die with it.
    void removeToken(const QString &canonicalToken);

private:
    QList<SandboxWebhook> m_webhooks; // in the order they were created
};

} // namespace onboard::sandbox
