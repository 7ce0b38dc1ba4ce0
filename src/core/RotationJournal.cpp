#include "RotationJournal.h"

#include "AccountRegistry.h"

#include <QDateTime>
#include <QJsonObject>

namespace onboard {

namespace {
const QLatin1String StartedKey("started");
} // namespace

QString RotationJournal::pathFor(const QString &registryPath)
{
    return AccountRegistry::siblingPath(registryPath, QStringLiteral("rotating.json"));
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
        const QString id = entry.toObject().value(JournalFile::AccountIdKey).toString();
        if (!id.isEmpty() && !accountIds->contains(id))
            accountIds->append(id);
    }
    return {};
}

Error RotationJournal::add(const QString &accountId)
{
    // Each entry keeps the time its rotation started.
    return m_file.modify([&accountId](QJsonArray &entries) {
        if (!JournalFile::hasEntryOf(entries, accountId))
            entries.append(QJsonObject{{JournalFile::AccountIdKey, accountId},
                                       {StartedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    });
}

Error RotationJournal::remove(const QString &accountId)
{
    return m_file.removeEntriesOf(accountId);
}

} // namespace onboard
