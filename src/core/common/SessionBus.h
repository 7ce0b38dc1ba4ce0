#pragma once

#include <functional>

// GLib's headers name struct members "signals"; the project builds with QT_NO_KEYWORDS.
#include <gio/gio.h>

namespace onboard::SessionBus {

// The D-Bus session bus through GLib's GDBus, reached without blocking (Qt's event loop runs
// GLib's on Linux, so its callbacks come on this thread). Used by the keychain's unlock prompt
// (SecretService) and the desktop notifications (DesktopNotifier). Only core's .cpp files include
// this: GIO is linked privately.

// Calls `then` with the session bus (nullptr: there is none) once it is reached; never, if the
// bus does not answer: the caller's own bound covers that.
void withBus(std::function<void(GDBusConnection *)> then);
// The bus once reached (kept for the life of the process), else nullptr.
GDBusConnection *connection();

// The answer of a call: `reply` (may be null), or `error`; both are freed after `then` returns.
using Answer = std::function<void(GVariant *reply, const GError *error)>;
void call(GDBusConnection *bus, const char *name, const char *path, const char *interface, const char *method,
          GVariant *arguments, const char *replyType, int timeoutMs, GCancellable *cancellable, Answer then);

bool isCancelled(const GError *error);
bool isTimeout(const GError *error);

} // namespace onboard::SessionBus
