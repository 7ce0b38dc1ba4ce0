#include "oauth/OAuthGrant.h"

#include "oauth/TokenAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace onboard {


QString OAuthGrant::toText() const
{
    QJsonObject json{{QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("refreshToken"), refreshToken},
                     {QStringLiteral("accessToken"), accessToken},
                     {QStringLiteral("accessExpires"), accessExpires.toUTC().toString(Qt::ISODateWithMs)}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Error OAuthGrant::fromText(const QString &text, OAuthGrant *grant)
{
    const Error malformed(ErrorKind::BadInput, tr("The keychain entry does not hold an OAuth 2.0 grant that can be read."));
    if (text.size() > 4 * TokenAnswer::MaxTokenLength)
        return malformed;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed;
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("version")).toInt(-1) != FormatVersion)
        return {ErrorKind::BadInput, tr("The keychain entry holds an OAuth 2.0 grant of another version of trello-onboard.")};
    OAuthGrant read;
    read.refreshToken = json.value(QStringLiteral("refreshToken")).toString();
    read.accessToken = json.value(QStringLiteral("accessToken")).toString();
    read.accessExpires = QDateTime::fromString(json.value(QStringLiteral("accessExpires")).toString(), Qt::ISODateWithMs);
    // No refresh token is a grant without offline_access.
    if (!TokenAnswer::isTokenShaped(read.accessToken)
        || (!read.refreshToken.isEmpty() && !TokenAnswer::isTokenShaped(read.refreshToken)) || !read.accessExpires.isValid())
        return malformed;
    read.accessExpires = read.accessExpires.toUTC();
    if (grant)
        *grant = read;
    return {};
}

bool OAuthGrant::isFreshAt(const QDateTime &now) const
{
    return accessExpires.isValid() && now.secsTo(accessExpires) >= RefreshMarginSeconds;
}

} // namespace onboard
