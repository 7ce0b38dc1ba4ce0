#include "trello/TrelloResponse.h"

#include "common/ShownText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace onboard {

namespace {
constexpr int MaxIdLength = 64;
constexpr int MaxNameLength = 200;

Error shapeError(const QString &what)
{
    return {ErrorKind::Network, what};
}

bool readObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

bool readDate(const QJsonValue &value, QDateTime *date)
{
    if (value.isNull() || value.isUndefined()) {
        *date = QDateTime();
        return true;
    }
    if (!value.isString())
        return false;
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return false;
    *date = parsed.toUTC();
    return true;
}
// What a webhook may hold: Trello documents descriptions of up to 16384 characters.
constexpr int MaxWebhookText = 16384;

bool readWebhook(const QJsonValue &value, WebhookInfo *webhook)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    const QJsonValue id = object.value(QLatin1String("id"));
    const QJsonValue idModel = object.value(QLatin1String("idModel"));
    const QJsonValue callback = object.value(QLatin1String("callbackURL"));
    const QJsonValue description = object.value(QLatin1String("description"));
    const QJsonValue active = object.value(QLatin1String("active"));
    if (!id.isString() || !TrelloResponse::isPlausibleId(id.toString()) || !idModel.isString()
        || !TrelloResponse::isPlausibleId(idModel.toString()) || !callback.isString() || callback.toString().isEmpty()
        || callback.toString().size() > MaxWebhookText)
        return false;
    if (!description.isUndefined() && !description.isNull()
        && (!description.isString() || description.toString().size() > MaxWebhookText))
        return false;
    if (!active.isUndefined() && !active.isNull() && !active.isBool())
        return false;
    webhook->id = id.toString();
    webhook->idModel = idModel.toString();
    webhook->callbackUrl = callback.toString();
    webhook->description = description.toString();
    webhook->active = active.toBool(true);
    return true;
}
} // namespace

bool TrelloResponse::isPlausibleId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')))
            return false;
    }
    return true;
}

Error TrelloResponse::parseMember(const QByteArray &body, MemberInfo *member)
{
    QJsonObject object;
    if (!readObject(body, &object))
        return shapeError(tr("The API host's answer about the member is not the JSON object Trello sends."));
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isString() || !isPlausibleId(id.toString()))
        return shapeError(tr("The API host's answer about the member has no valid member id."));
    const QJsonValue username = object.value(QLatin1String("username"));
    if (!username.isString() || ShownText::folded(username.toString(), MaxNameLength).isEmpty())
        return shapeError(tr("The API host's answer about the member has no username."));
    const QJsonValue fullName = object.value(QLatin1String("fullName"));
    if (!fullName.isUndefined() && !fullName.isNull() && !fullName.isString())
        return shapeError(tr("The API host's answer about the member has a full name that is not text."));

    member->id = id.toString();
    member->username = ShownText::folded(username.toString(), MaxNameLength);
    member->fullName = ShownText::folded(fullName.toString(), MaxNameLength);
    return {};
}

Error TrelloResponse::parseToken(const QByteArray &body, TokenInfo *token)
{
    QJsonObject object;
    if (!readObject(body, &object))
        return shapeError(tr("The API host's answer about the token is not the JSON object Trello sends."));
    const QJsonValue memberId = object.value(QLatin1String("idMember"));
    if (!memberId.isString() || !isPlausibleId(memberId.toString()))
        return shapeError(tr("The API host's answer about the token does not say whose token it is."));
    TokenInfo info;
    info.memberId = memberId.toString();
    if (!readDate(object.value(QLatin1String("dateCreated")), &info.created)
        || !readDate(object.value(QLatin1String("dateExpires")), &info.expires))
        return shapeError(tr("The API host's answer about the token has a date Trello would not send."));

    const QJsonValue permissions = object.value(QLatin1String("permissions"));
    if (!permissions.isArray())
        return shapeError(tr("The API host's answer about the token lists no permissions."));
    bool read = false;
    bool write = false;
    bool account = false;
    for (const QJsonValue &entry : permissions.toArray()) {
        if (!entry.isObject())
            return shapeError(tr("The API host's answer about the token has a permission that is not an object."));
        const QJsonObject permission = entry.toObject();
        const QString modelType = permission.value(QLatin1String("modelType")).toString();
        const bool canRead = permission.value(QLatin1String("read")).toBool(false);
        const bool canWrite = permission.value(QLatin1String("write")).toBool(false);
        read = read || canRead;
        if (modelType == QLatin1String("Member"))
            account = account || canWrite;
        else
            write = write || canWrite;
    }
    if (read)
        info.scopes.append(QStringLiteral("read"));
    if (write)
        info.scopes.append(QStringLiteral("write"));
    if (account)
        info.scopes.append(QStringLiteral("account"));
    *token = info;
    return {};
}

Error TrelloResponse::parseWebhooks(const QByteArray &body, QList<WebhookInfo> *webhooks)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return shapeError(tr("The API host's list of the token's webhooks is not the JSON array Trello sends."));
    QList<WebhookInfo> list;
    for (const QJsonValue &entry : document.array()) {
        WebhookInfo webhook;
        if (!readWebhook(entry, &webhook))
            return shapeError(tr("The API host's list of the token's webhooks has an entry Trello would not send."));
        list.append(webhook);
    }
    *webhooks = list;
    return {};
}

Error TrelloResponse::parseWebhook(const QByteArray &body, WebhookInfo *webhook)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() || !readWebhook(document.object(), webhook))
        return shapeError(tr("The API host's answer about a webhook is not the JSON object Trello sends."));
    return {};
}

} // namespace onboard
