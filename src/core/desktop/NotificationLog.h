#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace onboard {

// When each account was last notified by `check --notify`, so that the same account is not
// notified twice a day: accounts.notified.json next to the settings file (no secret in it):
//   {"version": 1, "notified": {"<account id>": "2026-11-27T08:00:00.000Z", …}}
// A file that cannot be read counts as empty (the worst case is one notification too many).
class NotificationLog
{
    Q_DECLARE_TR_FUNCTIONS(NotificationLog)

public:
    static constexpr qint64 QuietSeconds = 24 * 3600;

    static QString pathFor(const QString &settingsPath);
    explicit NotificationLog(QString path);

    void load();
    bool notifiedRecently(const QString &accountId, const QDateTime &now) const;
    void markNotified(const QString &accountId, const QDateTime &when);
    // Written whole (SafeFile); entries older than a week are dropped.
    Error save(const QDateTime &now) const;

private:
    QString m_path;
    QHash<QString, QDateTime> m_notified;
};

} // namespace onboard
