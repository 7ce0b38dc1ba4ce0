#include "WebhookStore.h"

#include <QJsonValue>
#include <QRandomGenerator>

namespace onboard::sandbox {

namespace {

QString freshId()
{
    QByteArray bytes(12, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

QJsonObject SandboxWebhook::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("description"), description},
            {QStringLiteral("idModel"), idModel},
            {QStringLiteral("callbackURL"), callbackUrl},
            {QStringLiteral("active"), active},
            {QStringLiteral("consecutiveFailures"), 0},
            {QStringLiteral("firstConsecutiveFailDate"), QJsonValue::Null}};
}

QList<SandboxWebhook> WebhookStore::ofToken(const QString &canonicalToken) const
{
    QList<SandboxWebhook> owned;
    for (const SandboxWebhook &webhook : m_webhooks) {
        if (webhook.token == canonicalToken)
            owned.append(webhook);
    }
    return owned;
}

const SandboxWebhook *WebhookStore::find(const QString &id) const
{
    for (const SandboxWebhook &webhook : m_webhooks) {
        if (webhook.id == id)
            return &webhook;
    }
    return nullptr;
}

bool WebhookStore::exists(const QString &canonicalToken, const QString &callbackUrl, const QString &idModel) const
{
    for (const SandboxWebhook &webhook : m_webhooks) {
        if (webhook.token == canonicalToken && webhook.callbackUrl == callbackUrl && webhook.idModel == idModel)
            return true;
    }
    return false;
}

SandboxWebhook WebhookStore::add(const QString &canonicalToken, const QString &description, const QString &idModel,
                                 const QString &callbackUrl, bool active)
{
    SandboxWebhook webhook;
    do {
        webhook.id = freshId();
    } while (find(webhook.id));
    webhook.token = canonicalToken;
    webhook.description = description;
    webhook.idModel = idModel;
    webhook.callbackUrl = callbackUrl;
    webhook.active = active;
    m_webhooks.append(webhook);
    return webhook;
}

bool WebhookStore::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_webhooks.size(); ++i) {
        if (m_webhooks.at(i).id == id) {
            m_webhooks.removeAt(i);
            return true;
        }
    }
    return false;
}

void WebhookStore::removeToken(const QString &canonicalToken)
{
    m_webhooks.removeIf([&](const SandboxWebhook &webhook) { return webhook.token == canonicalToken; });
}

} // namespace onboard::sandbox
