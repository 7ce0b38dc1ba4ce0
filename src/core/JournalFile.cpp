#include "JournalFile.h"

#include "SafeFile.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

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
    QByteArray bytes;
    bool exists = false;
    if (Error e = file().read(MaxFileSize, &bytes, &exists))
        return e;
    if (!exists)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject() || !doc.object().value(m_listKey).isArray())
        return {ErrorKind::BadInput,
                tr("The record of unfinished changes %1 is not readable; move it away.").arg(m_path)};
    *entries = doc.object().value(m_listKey).toArray();
    return {};
}

SafeFile JournalFile::file() const
{
    return SafeFile(m_path, tr("The record of unfinished changes"));
}

Error JournalFile::modify(const std::function<void(QJsonArray &)> &change)
{
    if (Error e = SafeFile::makePrivateFolder(QFileInfo(m_path).absolutePath()))
        return e;
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!lock.tryLock(LockTimeoutMs)) {
        if (lock.error() == QLockFile::LockFailedError)
            return {ErrorKind::LocalStore,
                    tr("The record of unfinished changes %1 is locked by another process.").arg(m_path)};
        const QString why = SafeFile::folderProblem(QFileInfo(m_path).absolutePath());
        return {ErrorKind::LocalStore, tr("The lock file of %1 could not be created%2; nothing was changed.")
                                           .arg(m_path, why.isEmpty() ? QString() : QStringLiteral(": ") + why)};
    }
    QJsonArray entries;
    if (Error e = read(&entries))
        return e;
    change(entries);
    if (entries.isEmpty())
        return file().remove();
    return file().write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {m_listKey, entries}}).toJson());
}

} // namespace onboard
