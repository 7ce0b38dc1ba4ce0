#include "desktop/NotificationLog.h"

#include "accounts/Workspace.h"
#include "common/SafeFile.h"

#include <QJsonDocument>
#include <QFileInfo>
#include <QJsonObject>

namespace onboard {

namespace {
constexpr qint64 MaxFileBytes = 256 * 1024;
}

QString NotificationLog::pathFor(const QString &settingsPath)
{
    return Workspace::siblingPath(settingsPath, QStringLiteral("notified.json"));
}

NotificationLog::NotificationLog(QString path)
    : m_path(std::move(path))
{
}

void NotificationLog::load()
{
    m_notified.clear();
    QByteArray bytes;
    if (SafeFile(m_path, tr("The record of notifications")).read(MaxFileBytes, &bytes))
        return;
    const QJsonObject notified = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("notified")).toObject();
    for (auto it = notified.constBegin(); it != notified.constEnd(); ++it) {
        const QDateTime when = QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs);
        if (when.isValid())
            m_notified.insert(it.key(), when.toUTC());
    }
}

bool NotificationLog::notifiedRecently(const QString &accountId, const QDateTime &now) const
{
    const QDateTime when = m_notified.value(accountId);
    return when.isValid() && when.secsTo(now) < QuietSeconds && when <= now.addSecs(60);
}

void NotificationLog::markNotified(const QString &accountId, const QDateTime &when)
{
    m_notified.insert(accountId, when.toUTC());
}

Error NotificationLog::save(const QDateTime &now) const
{
    QJsonObject notified;
    for (auto it = m_notified.constBegin(); it != m_notified.constEnd(); ++it) {
        if (it.value().daysTo(now) < 7)
            notified.insert(it.key(), it.value().toString(Qt::ISODateWithMs));
    }
    const QJsonObject document{{QStringLiteral("version"), 1}, {QStringLiteral("notified"), notified}};
    if (Error e = SafeFile::makePrivateFolder(QFileInfo(m_path).absolutePath()))
        return e;
    return SafeFile(m_path, tr("The record of notifications")).write(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

} // namespace onboard
