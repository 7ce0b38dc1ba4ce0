#include "KeychainLockProbe.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace onboard {

void KeychainLockProbe::isLocked(QObject *context, std::function<void(bool)> then)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // libsecret's path for the "default" alias; gnome-keyring and KeePassXC both serve it.
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, TimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [then = std::move(then)](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QDBusVariant> reply = *w;
        w->deleteLater();
        then(!reply.isError() && reply.value().variant().toBool());
    });
#else
    QMetaObject::invokeMethod(context, [then = std::move(then)] { then(false); }, Qt::QueuedConnection);
#endif
}

} // namespace onboard
