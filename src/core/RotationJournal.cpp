#include "RotationJournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace onboard {

namespace {
const QLatin1String RotatingKey("rotating");
const QLatin1String AccountIdKey("accountId");
const QLatin1String StartedKey("started");
constexpr qint64 MaxFileSize = 1024 * 1024;
constexpr int LockTimeoutMs = 5000;
} // namespace

QString RotationJournal::pathFor(const QString &registryPath)
{
    QString path = registryPath;
    if (path.endsWith(QLatin1String(".json")))
        path.chop(5);
    return path + QLatin1String(".rotating.json");
}

QString RotationJournal::stashKey(const QString &accountId)
{
    return accountId + QLatin1String("#rotating-old");
}

RotationJournal::RotationJournal(QString path)
    : m_path(std::move(path))
{
}

Error RotationJournal::read(QStringList *accountIds) const
{
    accountIds->clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {ErrorKind::BadInput,
                tr("The rotation record %1 could not be read: %2").arg(m_path, file.errorString())};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(MaxFileSize));
    if (!doc.isObject() || !doc.object().value(RotatingKey).isArray())
        return {ErrorKind::BadInput, tr("The rotation record %1 is not readable; move it away.").arg(m_path)};
    const QJsonArray entries = doc.object().value(RotatingKey).toArray();
    for (const QJsonValue &entry : entries) {
        const QString id = entry.toObject().value(AccountIdKey).toString();
        if (!id.isEmpty() && !accountIds->contains(id))
            accountIds->append(id);
    }
    return {};
}

Error RotationJournal::add(const QString &accountId)
{
    return change(accountId, true);
}

Error RotationJournal::remove(const QString &accountId)
{
    return change(accountId, false);
}

Error RotationJournal::change(const QString &accountId, bool add)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return {ErrorKind::BadInput, tr("The folder of %1 could not be created.").arg(m_path)};
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!lock.tryLock(LockTimeoutMs))
        return {ErrorKind::BadInput, tr("The rotation record %1 is locked by another process.").arg(m_path)};
    QStringList ids;
    if (Error e = read(&ids))
        return e;
    if (add && !ids.contains(accountId))
        ids.append(accountId);
    if (!add)
        ids.removeAll(accountId);
    if (ids.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return {ErrorKind::BadInput, tr("The rotation record %1 could not be removed.").arg(m_path)};
        return {};
    }
    // Each entry keeps the time its rotation started.
    QHash<QString, QJsonValue> started;
    QFile previous(m_path);
    if (previous.open(QIODevice::ReadOnly)) {
        const QJsonArray old =
            QJsonDocument::fromJson(previous.read(MaxFileSize)).object().value(RotatingKey).toArray();
        for (const QJsonValue &entry : old)
            started.insert(entry.toObject().value(AccountIdKey).toString(), entry.toObject().value(StartedKey));
    }
    QJsonArray entries;
    for (const QString &id : qAsConst(ids)) {
        const QJsonValue when = started.value(id);
        entries.append(QJsonObject{
            {AccountIdKey, id},
            {StartedKey,
             when.isString() ? when : QJsonValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))}});
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return {ErrorKind::BadInput,
                tr("The rotation record %1 could not be written: %2").arg(m_path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {RotatingKey, entries}}).toJson());
    if (!file.commit())
        return {ErrorKind::BadInput,
                tr("The rotation record %1 could not be written: %2").arg(m_path, file.errorString())};
    return {};
}

} // namespace onboard
