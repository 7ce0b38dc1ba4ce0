#include "AccountChangeJournal.h"

#include "AccountRegistry.h"

#include <QDateTime>
#include <QJsonObject>

namespace onboard {

namespace {
const QLatin1String ChangeKey("change");
const QLatin1String AccountKey("account");
const QLatin1String StartedKey("started");
const QLatin1String Store("store");
const QLatin1String Remove("remove");
} // namespace

QString AccountChangeJournal::pathFor(const QString &registryPath)
{
    return AccountRegistry::siblingPath(registryPath, QStringLiteral("changes.json"));
}

AccountChangeJournal::AccountChangeJournal(QString path)
    : m_file(std::move(path), QStringLiteral("changes"))
{
}

Error AccountChangeJournal::add(const Entry &entry)
{
    QJsonObject json{{JournalFile::AccountIdKey, entry.accountId},
                     {ChangeKey, entry.change == Change::Store ? Store : Remove},
                     {StartedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (entry.change == Change::Store)
        json.insert(AccountKey, entry.account.toJson());
    return m_file.modify([&entry, &json](QJsonArray &entries) {
        JournalFile::dropEntriesOf(entries, entry.accountId);
        entries.append(json);
    });
}

Error AccountChangeJournal::remove(const QString &accountId)
{
    return m_file.removeEntriesOf(accountId);
}

Error AccountChangeJournal::read(QList<Entry> *entries) const
{
    entries->clear();
    QJsonArray json;
    if (Error e = m_file.read(&json))
        return e;
    for (const QJsonValue &value : qAsConst(json)) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.accountId = object.value(JournalFile::AccountIdKey).toString();
        const QString change = object.value(ChangeKey).toString();
        if (entry.accountId.isEmpty() || (change != Store && change != Remove))
            continue;
        entry.change = change == Store ? Change::Store : Change::Remove;
        if (entry.change == Change::Store
            && (Account::fromJson(object.value(AccountKey).toObject(), &entry.account) || entry.account.id() != entry.accountId))
            continue;
        entries->append(entry);
    }
    return {};
}

} // namespace onboard
