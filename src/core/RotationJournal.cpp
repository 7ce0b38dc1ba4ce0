#include "RotationJournal.h"

#include <QDateTime>
#include <QJsonObject>

namespace onboard {

namespace {
const QLatin1String AccountIdKey("accountId");
const QLatin1String StartedKey("started");

qsizetype indexOf(const QJsonArray &entries, const QString &accountId)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(AccountIdKey).toString() == accountId)
            return i;
    }
    return -1;
}
} // namespace

QString RotationJournal::pathFor(const QString &registryPath)
{
    return JournalFile::pathNextTo(registryPath, QStringLiteral("rotating"));
}

QString RotationJournal::stashKey(const QString &accountId)
{
    return accountId + QLatin1String("#rotating-old");
}

RotationJournal::RotationJournal(QString path)
    : m_file(std::move(path), QStringLiteral("rotating"))
{
}

Error RotationJournal::read(QStringList *accountIds) const
{
    accountIds->clear();
    QJsonArray entries;
    if (Error e = m_file.read(&entries))
        return e;
    for (const QJsonValue &entry : qAsConst(entries)) {
        const QString id = entry.toObject().value(AccountIdKey).toString();
        if (!id.isEmpty() && !accountIds->contains(id))
            accountIds->append(id);
    }
    return {};
}

Error RotationJournal::add(const QString &accountId)
{
    // Each entry keeps the time its rotation started.
    return m_file.modify([&accountId](QJsonArray &entries) {
        if (indexOf(entries, accountId) < 0)
            entries.append(QJsonObject{{AccountIdKey, accountId},
                                       {StartedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    });
}

Error RotationJournal::remove(const QString &accountId)
{
    return m_file.modify([&accountId](QJsonArray &entries) {
        for (qsizetype i = indexOf(entries, accountId); i >= 0; i = indexOf(entries, accountId))
            entries.removeAt(i);
    });
}

} // namespace onboard
