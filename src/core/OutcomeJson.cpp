#include "OutcomeJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onboard {

QJsonObject OutcomeJson::accountObject(const Account &account, const Profile &profile)
{
    QJsonObject object;
    object.insert(QStringLiteral("accountId"), account.id());
    object.insert(QStringLiteral("apiKey"), account.apiKey);
    object.insert(QStringLiteral("memberId"), account.memberId);
    object.insert(QStringLiteral("username"), account.username);
    object.insert(QStringLiteral("fullName"), account.fullName);
    object.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(account.scopes));
    object.insert(QStringLiteral("expires"), account.expires.isValid()
                                                 ? QJsonValue(account.expires.toUTC().toString(Qt::ISODateWithMs))
                                                 : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("apiHost"), profile.endpointFor(account).apiHost.toString());
    object.insert(QStringLiteral("keychainService"), profile.keychainService());
    return object;
}

QByteArray OutcomeJson::forAccount(const Error &error, const Account &account, const Profile &profile, const QString &okWord)
{
    QJsonObject object = accountObject(account, profile);
    object.insert(QStringLiteral("status"), error ? Error::kindName(error.kind()) : okWord);
    object.insert(QStringLiteral("exitCode"), error.exitCode());
    if (error)
        object.insert(QStringLiteral("message"), error.message());
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray OutcomeJson::forError(const Error &error)
{
    QJsonObject object;
    object.insert(QStringLiteral("status"), error ? Error::kindName(error.kind()) : QStringLiteral("ok"));
    object.insert(QStringLiteral("exitCode"), error.exitCode());
    if (error)
        object.insert(QStringLiteral("message"), error.message());
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace onboard
