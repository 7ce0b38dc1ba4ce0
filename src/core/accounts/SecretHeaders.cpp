#include "accounts/SecretHeaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <algorithm>

namespace onboard {

namespace {
const QLatin1String HeadersKey("headers");
const QLatin1String NameKey("name");
const QLatin1String ValueKey("value");
} // namespace

QString SecretHeaders::keychainKey(const QString &accountId)
{
    return accountId + QLatin1String("#headers");
}

bool SecretHeaders::any(const CustomHeaders &headers)
{
    return std::any_of(headers.cbegin(), headers.cend(), [](const CustomHeader &h) { return h.isSecret(); });
}

QString SecretHeaders::encode(const CustomHeaders &headers)
{
    QJsonArray list;
    for (const CustomHeader &header : headers) {
        if (header.isSecret())
            list.append(QJsonObject{{NameKey, QString::fromLatin1(header.name())}, {ValueKey, QString::fromLatin1(header.value())}});
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {HeadersKey, list}})
                                 .toJson(QJsonDocument::Compact));
}

Error SecretHeaders::fill(CustomHeaders *headers, const QString &stored)
{
    const QJsonArray list = QJsonDocument::fromJson(stored.toUtf8()).object().value(HeadersKey).toArray();
    for (CustomHeader &header : *headers) {
        if (!header.isValueKept())
            continue;
        const auto found = std::find_if(list.cbegin(), list.cend(), [&header](const QJsonValue &entry) {
            return entry.toObject().value(NameKey).toString().toLatin1() == header.name();
        });
        const QString value = found == list.cend() ? QString() : found->toObject().value(ValueKey).toString();
        if (found == list.cend() || CustomHeader::check(QString::fromLatin1(header.name()), value))
            return {ErrorKind::Keychain, tr("The value of the header %1 is not in the keychain; run trello-onboard "
                                            "setup again for this account to add it.")
                                             .arg(QString::fromLatin1(header.name()))};
        header = CustomHeader(header.name(), value.toLatin1());
    }
    return {};
}

void SecretHeaders::fillFrom(CustomHeaders *headers, const CustomHeaders &read)
{
    for (CustomHeader &header : *headers) {
        if (!header.isValueKept())
            continue;
        const auto found = std::find_if(read.cbegin(), read.cend(), [&header](const CustomHeader &h) {
            return h.name() == header.name() && !h.isValueKept();
        });
        if (found != read.cend())
            header = *found;
    }
}

namespace {
QList<QPair<QByteArray, QByteArray>> secretsOf(const CustomHeaders &headers)
{
    QList<QPair<QByteArray, QByteArray>> secrets;
    for (const CustomHeader &header : headers) {
        if (header.isSecret())
            secrets.append({header.name().toLower(), header.value()});
    }
    std::sort(secrets.begin(), secrets.end());
    return secrets;
}
} // namespace

bool SecretHeaders::sameSecrets(const CustomHeaders &a, const CustomHeaders &b)
{
    return secretsOf(a) == secretsOf(b);
}

QString SecretHeaders::names(const CustomHeaders &headers)
{
    QStringList names;
    for (const CustomHeader &header : headers) {
        if (header.isSecret())
            names.append(QString::fromLatin1(header.name()));
    }
    return names.join(QLatin1String(", "));
}

} // namespace onboard
