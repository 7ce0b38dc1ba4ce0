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

} // namespace onboard
