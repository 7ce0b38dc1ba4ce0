#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

namespace onboard {

// Desktop notifications through org.freedesktop.Notifications on the session bus (the Desktop
// Notifications Specification), for `check --notify`: each with one action, whose click comes
// back as actionInvoked() for as long as this object lives (the server tells the process that
// sent it, so the caller stays up to hear it). No bus or no notification service: sent() carries
// an ErrorKind::LocalStore error that says so.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    struct Notice
    {
        QString key;         // the caller's name for it (an account id)
        QString summary;
        QString body;
        QString actionLabel; // the one action ("Get a new token"); also the notification's default
    };

    static constexpr int CallTimeoutMs = 10000;

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void send(const Notice &notice);
    void close(const QString &key);
    // Notifications shown and neither closed nor acted on yet.
    int openCount() const { return int(m_open.size()); }

Q_SIGNALS:
    void sent(const QString &key, const onboard::Error &error);
    void actionInvoked(const QString &key);
    void closed(const QString &key);

private:
    friend struct DesktopNotifierCallbacks;
    void subscribe();
    void onActionInvoked(quint32 id, const QString &action);
    void onClosed(quint32 id);

    QHash<quint32, QString> m_open; // notification id → key
    unsigned m_actionSubscription = 0;
    unsigned m_closedSubscription = 0;
};

} // namespace onboard
