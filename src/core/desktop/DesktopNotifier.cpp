#include "desktop/DesktopNotifier.h"

#include "common/Logging.h"
#include "common/SessionBus.h"

#include <QPointer>

namespace onboard {

namespace {
const char *const NotificationsName = "org.freedesktop.Notifications";
const char *const NotificationsPath = "/org/freedesktop/Notifications";
const char *const NotificationsInterface = "org.freedesktop.Notifications";
const char *const DesktopEntry = "io.github.trelloonboard.TrelloOnboard";
} // namespace

struct DesktopNotifierCallbacks
{
    static void actionInvoked(GDBusConnection *, const gchar *, const gchar *, const gchar *, const gchar *,
                              GVariant *parameters, gpointer data)
    {
        guint32 id = 0;
        const gchar *action = nullptr;
        g_variant_get(parameters, "(u&s)", &id, &action);
        static_cast<DesktopNotifier *>(data)->onActionInvoked(id, QString::fromUtf8(action));
    }
    static void closed(GDBusConnection *, const gchar *, const gchar *, const gchar *, const gchar *,
                       GVariant *parameters, gpointer data)
    {
        guint32 id = 0;
        guint32 reason = 0;
        g_variant_get(parameters, "(uu)", &id, &reason);
        static_cast<DesktopNotifier *>(data)->onClosed(id);
    }
};

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

DesktopNotifier::~DesktopNotifier()
{
    if (GDBusConnection *bus = SessionBus::connection()) {
        if (m_actionSubscription)
            g_dbus_connection_signal_unsubscribe(bus, m_actionSubscription);
        if (m_closedSubscription)
            g_dbus_connection_signal_unsubscribe(bus, m_closedSubscription);
    }
}

void DesktopNotifier::subscribe()
{
    GDBusConnection *bus = SessionBus::connection();
    if (!bus || m_actionSubscription)
        return;
    // Subscribed before the first Notify, so a click that comes at once is not missed.
    m_actionSubscription = g_dbus_connection_signal_subscribe(
        bus, nullptr, NotificationsInterface, "ActionInvoked", NotificationsPath, nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
        &DesktopNotifierCallbacks::actionInvoked, this, nullptr);
    m_closedSubscription = g_dbus_connection_signal_subscribe(
        bus, nullptr, NotificationsInterface, "NotificationClosed", NotificationsPath, nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
        &DesktopNotifierCallbacks::closed, this, nullptr);
}

void DesktopNotifier::send(const Notice &notice)
{
    QPointer<DesktopNotifier> self(this);
    SessionBus::withBus([self, notice](GDBusConnection *bus) {
        if (!self)
            return;
        if (!bus) {
            Q_EMIT self->sent(notice.key, {ErrorKind::LocalStore, tr("There is no D-Bus session bus, so no desktop notification can be shown.")});
            return;
        }
        self->subscribe();
        GVariantBuilder actions;
        g_variant_builder_init(&actions, G_VARIANT_TYPE("as"));
        const QByteArray label = notice.actionLabel.toUtf8();
        // "default" is the click on the notification itself; the second is the button.
        for (const char *key : {"default", "rotate"}) {
            g_variant_builder_add(&actions, "s", key);
            g_variant_builder_add(&actions, "s", label.constData());
        }
        GVariantBuilder hints;
        g_variant_builder_init(&hints, G_VARIANT_TYPE("a{sv}"));
        g_variant_builder_add(&hints, "{sv}", "desktop-entry", g_variant_new_string(DesktopEntry));
        g_variant_builder_add(&hints, "{sv}", "urgency", g_variant_new_byte(1));
        const QByteArray summary = notice.summary.toUtf8();
        const QByteArray body = notice.body.toUtf8();
        GVariant *arguments = g_variant_new("(susssasa{sv}i)", "trello-onboard", 0u, DesktopEntry, summary.constData(),
                                            body.constData(), &actions, &hints, -1);
        SessionBus::call(bus, NotificationsName, NotificationsPath, NotificationsInterface, "Notify", arguments, "(u)",
                         CallTimeoutMs, nullptr, [self, key = notice.key](GVariant *reply, const GError *error) {
                             if (!self)
                                 return;
                             if (error || !reply) {
                                 qCInfo(lcKeychain) << "no notification:" << (error ? error->message : "no reply");
                                 Q_EMIT self->sent(key, {ErrorKind::LocalStore,
                                                         tr("No notification service answers on the session bus "
                                                            "(org.freedesktop.Notifications).")});
                                 return;
                             }
                             guint32 id = 0;
                             g_variant_get(reply, "(u)", &id);
                             self->m_open.insert(id, key);
                             Q_EMIT self->sent(key, {});
                         });
    });
}

void DesktopNotifier::close(const QString &key)
{
    const quint32 id = m_open.key(key, 0);
    GDBusConnection *bus = SessionBus::connection();
    if (!id || !bus)
        return;
    SessionBus::call(bus, NotificationsName, NotificationsPath, NotificationsInterface, "CloseNotification",
                     g_variant_new("(u)", id), nullptr, CallTimeoutMs, nullptr, [](GVariant *, const GError *) {});
}

void DesktopNotifier::onActionInvoked(quint32 id, const QString &action)
{
    const auto it = m_open.constFind(id);
    if (it == m_open.cend())
        return; // another program's notification
    if (action == QLatin1String("default") || action == QLatin1String("rotate"))
        Q_EMIT actionInvoked(it.value());
}

void DesktopNotifier::onClosed(quint32 id)
{
    const QString key = m_open.take(id);
    if (!key.isEmpty())
        Q_EMIT closed(key);
}

} // namespace onboard
