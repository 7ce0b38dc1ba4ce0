#include "common/SessionBus.h"

#include "common/Logging.h"

#include <memory>
#include <vector>

namespace onboard::SessionBus {

namespace {
GDBusConnection *theBus = nullptr;
bool busFailed = false;
bool busAsked = false;
std::vector<std::function<void(GDBusConnection *)>> busWaiters;

void onBusReached(GObject *, GAsyncResult *result, gpointer)
{
    GError *error = nullptr;
    theBus = g_bus_get_finish(result, &error);
    if (error) {
        qCInfo(lcKeychain) << "no session bus:" << error->message;
        busFailed = true;
        g_error_free(error);
    }
    auto waiters = std::move(busWaiters);
    busWaiters.clear();
    for (auto &then : waiters)
        then(theBus);
}

void onAnswer(GObject *source, GAsyncResult *result, gpointer data)
{
    std::unique_ptr<Answer> then(static_cast<Answer *>(data));
    GError *error = nullptr;
    GVariant *reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(source), result, &error);
    (*then)(reply, error);
    if (reply)
        g_variant_unref(reply);
    if (error)
        g_error_free(error);
}
} // namespace

void withBus(std::function<void(GDBusConnection *)> then)
{
    if (theBus || busFailed) {
        then(theBus);
        return;
    }
    busWaiters.push_back(std::move(then));
    if (!busAsked) {
        busAsked = true;
        g_bus_get(G_BUS_TYPE_SESSION, nullptr, onBusReached, nullptr);
    }
}

GDBusConnection *connection()
{
    return theBus;
}

void call(GDBusConnection *bus, const char *name, const char *path, const char *interface, const char *method,
          GVariant *arguments, const char *replyType, int timeoutMs, GCancellable *cancellable, Answer then)
{
    g_dbus_connection_call(bus, name, path, interface, method, arguments,
                           replyType ? G_VARIANT_TYPE(replyType) : nullptr, G_DBUS_CALL_FLAGS_NONE, timeoutMs,
                           cancellable, onAnswer, new Answer(std::move(then)));
}

bool isCancelled(const GError *error)
{
    return error && g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

bool isTimeout(const GError *error)
{
    return error
           && (g_error_matches(error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT)
               || g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_NO_REPLY)
               || g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_TIMEOUT)
               || g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_TIMED_OUT));
}

} // namespace onboard::SessionBus
