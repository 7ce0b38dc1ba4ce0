#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace onboard {

struct MemberInfo
{
    QString id;
    QString username;
    QString fullName;
};

struct TokenInfo
{
    QString memberId;
    QStringList scopes;  // read, write, account — in that order
    QDateTime created;   // UTC; invalid when Trello did not say
    QDateTime expires;   // UTC; invalid = never expires
};

// A webhook as Trello lists it (GET /tokens/{token}/webhooks, GET /webhooks/{id}). The fields are
// kept as sent, since a rotation creates the webhook again with them; they are shown only through
// WebhookMove (trello/MoveWebhooksJob.h), which makes them safe to show.
struct WebhookInfo
{
    QString id;
    QString description;
    QString idModel;
    QString callbackUrl;
    bool active = true;
};

// Reads Trello's JSON answers. The API host may be a proxy, a mock or something hostile, so
// every field is checked for type and shape; anything off is an error, never a crash.
class TrelloResponse
{
    Q_DECLARE_TR_FUNCTIONS(TrelloResponse)

public:
    // GET /members/me
    static Error parseMember(const QByteArray &body, MemberInfo *member);
    // GET /tokens/{token}: scopes are read off the permissions (any read → read; write on
    // boards or organizations → write; write on the member itself → account).
    static Error parseToken(const QByteArray &body, TokenInfo *token);
    // GET /tokens/{token}/webhooks: a JSON array of webhooks.
    static Error parseWebhooks(const QByteArray &body, QList<WebhookInfo> *webhooks);
    // POST /webhooks, GET /webhooks/{id}: one webhook.
    static Error parseWebhook(const QByteArray &body, WebhookInfo *webhook);
    // Member ids become part of the account id "<key>:<memberId>": letters and digits only.
    static bool isPlausibleId(const QString &id);
};

} // namespace onboard
