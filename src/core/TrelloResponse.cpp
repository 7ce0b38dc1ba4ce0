#include "TrelloResponse.h"

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

// Names are shown to people and written to the settings file: one line, bounded. Line and
// paragraph separators would break the line; bidi embeddings, overrides and isolates would make
// what follows read differently ("demo" + U+202E + "nimda").
QString cleanName(const QString &name)
{
    QString cleaned = name;
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned.at(i);
        const char16_t u = c.unicode();
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)) {
            cleaned[i] = QLatin1Char(' ');
        } else if (c.isHighSurrogate() && i + 1 < cleaned.size() && cleaned.at(i + 1).isLowSurrogate()) {
            ++i; // a whole pair
        } else if (c.isSurrogate()) {
            cleaned[i] = QChar::ReplacementCharacter; // half of a pair ("\ud800" in JSON) is not text
        }
    }
    cleaned = cleaned.simplified();
    if (cleaned.size() > MaxNameLength) {
        // Never keep half of a surrogate pair, nor a space the cut left at the end.
        qsizetype cut = MaxNameLength;
        if (cleaned.at(cut - 1).isHighSurrogate())
            --cut;
        cleaned = cleaned.left(cut).trimmed();
    }
    return cleaned;
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
    if (!username.isString() || cleanName(username.toString()).isEmpty())
        return shapeError(tr("The API host's answer about the member has no username."));
    const QJsonValue fullName = object.value(QLatin1String("fullName"));
    if (!fullName.isUndefined() && !fullName.isNull() && !fullName.isString())
        return shapeError(tr("The API host's answer about the member has a full name that is not text."));

    member->id = id.toString();
    member->username = cleanName(username.toString());
    member->fullName = cleanName(fullName.toString());
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
