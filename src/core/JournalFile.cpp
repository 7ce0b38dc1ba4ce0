#include "JournalFile.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace onboard {

namespace {
constexpr qint64 MaxFileSize = 1024 * 1024;
constexpr int LockTimeoutMs = 5000;
} // namespace

bool JournalFile::hasEntryOf(const QJsonArray &entries, const QString &accountId)
{
    return std::any_of(entries.begin(), entries.end(), [&accountId](const QJsonValue &entry) {
        return entry.toObject().value(AccountIdKey).toString() == accountId;
    });
}

void JournalFile::dropEntriesOf(QJsonArray &entries, const QString &accountId)
{
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        if (entries.at(i).toObject().value(AccountIdKey).toString() == accountId)
            entries.removeAt(i);
    }
}

Error JournalFile::removeEntriesOf(const QString &accountId)
{
    return modify([&accountId](QJsonArray &entries) { dropEntriesOf(entries, accountId); });
}

JournalFile::JournalFile(QString path, QString listKey)
    : m_path(std::move(path))
    , m_listKey(std::move(listKey))
{
}

Error JournalFile::read(QJsonArray *entries) const
{
    *entries = {};
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {ErrorKind::BadInput, tr("The record of unfinished changes %1 could not be read: %2")
                                         .arg(m_path, file.errorString())};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(MaxFileSize));
    if (!doc.isObject() || !doc.object().value(m_listKey).isArray())
        return {ErrorKind::BadInput,
                tr("The record of unfinished changes %1 is not readable; move it away.").arg(m_path)};
    *entries = doc.object().value(m_listKey).toArray();
    return {};
}

Error JournalFile::modify(const std::function<void(QJsonArray &)> &change)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return {ErrorKind::BadInput, tr("The folder of %1 could not be created.").arg(m_path)};
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!lock.tryLock(LockTimeoutMs))
        return {ErrorKind::BadInput, tr("The record of unfinished changes %1 is locked by another process.").arg(m_path)};
    QJsonArray entries;
    if (Error e = read(&entries))
        return e;
    change(entries);
    if (entries.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return {ErrorKind::BadInput, tr("The record of unfinished changes %1 could not be removed.").arg(m_path)};
        return {};
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return {ErrorKind::BadInput, tr("The record of unfinished changes %1 could not be written: %2")
                                         .arg(m_path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {m_listKey, entries}}).toJson());
    if (!file.commit())
        return {ErrorKind::BadInput, tr("The record of unfinished changes %1 could not be written: %2")
                                         .arg(m_path, file.errorString())};
    return {};
}

} // namespace onboard
