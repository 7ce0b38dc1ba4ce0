#include "changes/ChangeJournal.h"

#include "accounts/ChangeLock.h"
#include "accounts/Workspace.h"
#include "common/Logging.h"
#include "common/SafeFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace onboard {

namespace {
constexpr qint64 MaxFileSize = 1024 * 1024;
const QLatin1String VersionKey("version");
const QLatin1String ChangesKey("changes");
const QLatin1String LegacyRotationsKey("rotating");
const QLatin1String AccountIdKey("accountId");
const QLatin1String ChangeKey("change");
const QLatin1String AccountKey("account");
const QLatin1String StartedKey("started");

// The "change" names of the kinds, in the order of ChangeJournal::Kind.
const QStringList KindNames{QStringLiteral("store"), QStringLiteral("remove"), QStringLiteral("rotate"),
                            QStringLiteral("refresh")};

// A store and a removal of one account take each other's place (the later one is what the person
// wants now); a rotation is tracked beside them, as it keeps the old token aside.
QString slotOf(const QString &kind)
{
    return kind == QLatin1String("store") ? QStringLiteral("remove") : kind;
}

// Takes the entries of `accountId` that `taken` accepts out of `list`.
void takeOut(QJsonArray &list, const QString &accountId, const std::function<bool(const QJsonObject &)> &taken)
{
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        const QJsonObject object = list.at(i).toObject();
        if (object.value(AccountIdKey).toString() == accountId && taken(object))
            list.removeAt(i);
    }
}
} // namespace

QString ChangeJournal::pathFor(const QString &settingsPath)
{
    return Workspace::siblingPath(settingsPath, QStringLiteral("changes.json"));
}

QString ChangeJournal::legacyRotationsPathFor(const QString &settingsPath)
{
    return Workspace::siblingPath(settingsPath, QStringLiteral("rotating.json"));
}

QString ChangeJournal::stashKey(const QString &accountId)
{
    return accountId + QLatin1String("#rotating-old");
}

ChangeJournal::ChangeJournal(const Workspace &workspace)
    : ChangeJournal(workspace.settingsPath())
{
}

ChangeJournal::ChangeJournal(QString settingsPath)
    : m_path(pathFor(settingsPath))
    , m_legacyRotationsPath(legacyRotationsPathFor(settingsPath))
{
}

bool ChangeJournal::exists() const
{
    return QFileInfo::exists(m_path) || QFileInfo::exists(m_legacyRotationsPath);
}

Error ChangeJournal::readList(const QString &path, const QString &listKey, QJsonArray *list) const
{
    *list = {};
    QByteArray bytes;
    bool exists = false;
    if (Error e = SafeFile(path, tr("The record of unfinished changes")).read(MaxFileSize, &bytes, &exists))
        return e;
    if (!exists)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonValue version = document.object().value(VersionKey);
    if (!document.isObject() || !document.object().value(listKey).isArray() || !version.isDouble())
        return {ErrorKind::BadInput, tr("The record of unfinished changes %1 is not readable; move it away.").arg(path)};
    if (version.toDouble() > FormatVersion)
        return {ErrorKind::BadInput, tr("The record of unfinished changes %1 was written by a newer trello-onboard; "
                                        "it was left as it is.")
                                         .arg(path)};
    *list = document.object().value(listKey).toArray();
    return {};
}

Error ChangeJournal::writeList(const QString &path, const QString &listKey, int version, const QJsonArray &list) const
{
    const SafeFile file(path, tr("The record of unfinished changes"));
    if (list.isEmpty())
        return file.remove();
    return file.write(QJsonDocument(QJsonObject{{VersionKey, version}, {listKey, list}}).toJson());
}

Error ChangeJournal::unlocked(const ChangeLock &held) const
{
    if (held.isHeld())
        return {};
    qCWarning(lcStore) << "the change journal was to be changed without the change lock; refused";
    return {ErrorKind::LocalStore, tr("The record of unfinished changes %1 was not changed: the change lock is not held.")
                                       .arg(m_path)};
}

Error ChangeJournal::add(const ChangeLock &held, const Entry &entry)
{
    if (Error e = unlocked(held))
        return e;
    QJsonArray list;
    if (Error e = readList(m_path, ChangesKey, &list))
        return e;
    const QString kind = KindNames.at(int(entry.kind));
    QString started;
    takeOut(list, entry.accountId, [&](const QJsonObject &object) {
        const QString other = object.value(ChangeKey).toString();
        if (other == kind) // the same change again keeps the time it started
            started = object.value(StartedKey).toString();
        return slotOf(other) == slotOf(kind);
    });
    if (started.isEmpty())
        started = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonObject json{{AccountIdKey, entry.accountId}, {ChangeKey, kind}, {StartedKey, started}};
    if (entry.kind == Kind::Store)
        json.insert(AccountKey, entry.account.toJson());
    list.append(json);
    return writeList(m_path, ChangesKey, FormatVersion, list);
}

Error ChangeJournal::remove(const ChangeLock &held, const QString &accountId, Kind kind)
{
    if (Error e = unlocked(held))
        return e;
    QJsonArray list;
    if (Error e = readList(m_path, ChangesKey, &list))
        return e;
    const qsizetype before = list.size();
    const QString name = KindNames.at(int(kind));
    takeOut(list, accountId, [&name](const QJsonObject &object) { return object.value(ChangeKey).toString() == name; });
    if (list.size() != before) {
        if (Error e = writeList(m_path, ChangesKey, FormatVersion, list))
            return e;
    }
    if (kind != Kind::Rotate || !QFileInfo::exists(m_legacyRotationsPath))
        return {};
    // The release before listed rotations on their own, without a "change" name.
    QJsonArray legacy;
    if (Error e = readList(m_legacyRotationsPath, LegacyRotationsKey, &legacy))
        return e;
    takeOut(legacy, accountId, [](const QJsonObject &) { return true; });
    return writeList(m_legacyRotationsPath, LegacyRotationsKey, 1, legacy);
}

Error ChangeJournal::read(QList<Entry> *entries) const
{
    entries->clear();
    QJsonArray list;
    if (Error e = readList(m_path, ChangesKey, &list))
        return e;
    QJsonArray legacy;
    if (Error e = readList(m_legacyRotationsPath, LegacyRotationsKey, &legacy))
        return e;
    for (const QJsonValue &value : std::as_const(legacy)) {
        QJsonObject object = value.toObject();
        object.insert(ChangeKey, KindNames.at(int(Kind::Rotate)));
        list.append(object);
    }
    const auto listed = [entries](const Entry &entry) {
        return std::any_of(entries->cbegin(), entries->cend(), [&entry](const Entry &e) {
            return e.accountId == entry.accountId && e.kind == entry.kind;
        });
    };
    for (const QJsonValue &value : std::as_const(list)) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.accountId = object.value(AccountIdKey).toString();
        entry.started = QDateTime::fromString(object.value(StartedKey).toString(), Qt::ISODateWithMs);
        const qsizetype kind = KindNames.indexOf(object.value(ChangeKey).toString());
        if (entry.accountId.isEmpty() || kind < 0)
            continue;
        entry.kind = Kind(kind);
        if (entry.kind == Kind::Store
            && (Account::fromJson(object.value(AccountKey).toObject(), &entry.account) || entry.account.id() != entry.accountId))
            continue;
        if (!listed(entry))
            entries->append(entry);
    }
    std::stable_partition(entries->begin(), entries->end(), [](const Entry &e) { return e.kind != Kind::Rotate; });
    return {};
}

bool ChangeJournal::contains(const QString &accountId, Kind kind) const
{
    QList<Entry> entries;
    read(&entries);
    return std::any_of(entries.cbegin(), entries.cend(),
                       [&](const Entry &entry) { return entry.accountId == accountId && entry.kind == kind; });
}

} // namespace onboard
