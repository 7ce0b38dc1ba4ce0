#include "keychain/SecretService.h"

#include "common/Job.h"
#include "common/Logging.h"
#include "common/SessionBus.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace onboard {

namespace {
const char *const SecretsName = "org.freedesktop.secrets";
const char *const ServicePath = "/org/freedesktop/secrets";
const char *const ServiceInterface = "org.freedesktop.Secret.Service";
const char *const PromptInterface = "org.freedesktop.Secret.Prompt";
const char *const DefaultCollection = "/org/freedesktop/secrets/aliases/default";
// What QtKeychain uses on a KDE session when it runs (newest first).
const char *const KWalletNames[] = {"org.kde.kwalletd6", "org.kde.kwalletd5", "org.kde.kwalletd"};
} // namespace

// QtKeychain's choice of KWallet over the Secret Service depends on the desktop it sees
// (the same variables, in the same order).
bool SecretService::isKdeSession()
{
    const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP");
    if (desktop == "KDE")
        return true;
    if (desktop == "GNOME" || desktop == "Unity" || desktop == "XFCE")
        return false;
    const QByteArray session = qgetenv("DESKTOP_SESSION");
    if (session == "kde" || session == "kde4")
        return true;
    if (session == "gnome" || session.contains("xfce") || session == "xubuntu")
        return false;
    if (!qEnvironmentVariableIsEmpty("GNOME_DESKTOP_SESSION_ID"))
        return false;
    return !qEnvironmentVariableIsEmpty("KDE_FULL_SESSION");
}

namespace {

// The program behind a process: its executable's name, else its argv[0], else its short name.
QString programOf(quint32 pid)
{
    QString target = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
    target.remove(QLatin1String(" (deleted)"));
    if (!target.isEmpty())
        return QFileInfo(target).fileName();
    QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (commandLine.open(QIODevice::ReadOnly)) {
        const QByteArray first = commandLine.read(4096).split('\0').value(0);
        if (!first.isEmpty())
            return QFileInfo(QString::fromLocal8Bit(first)).fileName();
    }
    QFile shortName(QStringLiteral("/proc/%1/comm").arg(pid));
    if (shortName.open(QIODevice::ReadOnly))
        return QString::fromLocal8Bit(shortName.readAll()).trimmed();
    return {};
}

// Asks the bus which process owns each of `names` in turn; `then` gets the first owner's name
// and program, or empty strings when none of them runs.
void firstOwner(GDBusConnection *bus, std::vector<const char *> names, int timeoutMs,
                std::function<void(const QString &name, const QString &program)> then)
{
    if (names.empty()) {
        then({}, {});
        return;
    }
    const char *name = names.front();
    SessionBus::call(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetConnectionUnixProcessID",
         g_variant_new("(s)", name), "(u)", timeoutMs, nullptr,
         [bus, names, timeoutMs, then](GVariant *reply, const GError *) mutable {
             if (reply) {
                 guint32 pid = 0;
                 g_variant_get(reply, "(u)", &pid);
                 then(QString::fromLatin1(names.front()), programOf(pid));
                 return;
             }
             names.erase(names.begin());
             firstOwner(bus, std::move(names), timeoutMs, std::move(then));
         });
}
} // namespace

// ---- the jobs --------------------------------------------------------------------------------

class UnlockJob : public Job
{
public:
    UnlockJob(SecretService *service, int answerTimeoutMs)
        : m_service(service)
        , m_answerTimeoutMs(answerTimeoutMs)
    {
    }

protected:
    void run() override
    {
        connect(m_service, &SecretService::unlockSettled, this, [this](const Error &error) { finish(error); });
        if (m_service->m_state == SecretService::State::Idle)
            m_service->startUnlock(m_answerTimeoutMs);
        else // one is under way: its outcome is this one's too
            m_service->joinPrompt();
    }

private:
    SecretService *m_service;
    int m_answerTimeoutMs;
};

class IdentifyJob : public Job
{
public:
    IdentifyJob(SecretService *service, int answerTimeoutMs)
        : m_service(service)
        , m_answerTimeoutMs(answerTimeoutMs)
    {
    }

protected:
    void run() override
    {
        QTimer::singleShot(m_answerTimeoutMs, Qt::PreciseTimer, this, [this] { finish(m_service->noAnswer(m_answerTimeoutMs)); });
        QPointer<IdentifyJob> self(this);
        SessionBus::withBus([self](GDBusConnection *bus) {
            if (!self)
                return;
            if (!bus) {
                self->finish();
                return;
            }
            std::vector<const char *> names;
            if (SecretService::isKdeSession())
                names.assign(std::begin(KWalletNames), std::end(KWalletNames));
            names.push_back(SecretsName);
            firstOwner(bus, names, self->m_answerTimeoutMs, [self](const QString &name, const QString &program) {
                if (!self)
                    return;
                self->m_service->setProvider(name.startsWith(QLatin1String("org.kde.")) ? QStringLiteral("KWallet")
                                                                                        : QStringLiteral("Secret Service"),
                                             program);
                self->finish();
            });
        });
    }

private:
    SecretService *m_service;
    int m_answerTimeoutMs;
};

// GLib's C callbacks, with access to the service's privates.
struct SecretServiceCallbacks
{
    static void promptCompleted(GDBusConnection *, const gchar *, const gchar *, const gchar *, const gchar *,
                                GVariant *parameters, gpointer data)
    {
        gboolean dismissed = TRUE;
        if (g_variant_is_of_type(parameters, G_VARIANT_TYPE("(bv)")))
            g_variant_get(parameters, "(bv)", &dismissed, nullptr);
        static_cast<SecretService *>(data)->onPromptCompleted(dismissed);
    }

    static void providerGone(GDBusConnection *, const gchar *, gpointer data)
    {
        static_cast<SecretService *>(data)->onProviderGone();
    }
};

// ---- the service -----------------------------------------------------------------------------

SecretService *SecretService::instance()
{
    static SecretService *const service = new SecretService;
    return service;
}

SecretService::SecretService()
    : m_answerTimer(new QTimer(this))
    , m_noticeTimer(new QTimer(this))
{
    m_answerTimer->setSingleShot(true);
    m_answerTimer->setTimerType(Qt::PreciseTimer); // a coarse one may end "within 2 seconds" at 1.9 s
    connect(m_answerTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Asking)
            settle(noAnswer(m_answerTimeoutMs));
    });
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Prompting)
            return;
        m_noticeGiven = true;
        qCInfo(lcKeychain) << "waiting for the keychain to be unlocked";
        Q_EMIT waitingForPerson(m_provider);
    });
}

Job *SecretService::unlock(int answerTimeoutMs)
{
    return new UnlockJob(this, answerTimeoutMs);
}

Job *SecretService::identify(int answerTimeoutMs)
{
    return new IdentifyJob(this, answerTimeoutMs);
}

QString SecretService::named() const
{
    return m_provider.isEmpty() ? tr("the keychain") : tr("the keychain (%1)").arg(m_provider);
}

Error SecretService::noAnswer(int timeoutMs) const
{
    const int seconds = qMax(1, (timeoutMs + 999) / 1000);
    QString sentence = tr("%1 did not answer within %n second(s); it may be hung. Restarting it (or logging in "
                          "again) usually helps; TRELLO_ONBOARD_KEYCHAIN_TIMEOUT sets how long to wait.",
                          nullptr, seconds)
                           .arg(named());
    sentence[0] = sentence.at(0).toUpper();
    return {ErrorKind::Keychain, sentence};
}

Error SecretService::stayedLocked() const
{
    QString sentence = tr("%1 stayed locked: its unlock prompt was dismissed or could not be shown. Unlock it and "
                          "try again.")
                           .arg(named());
    sentence[0] = sentence.at(0).toUpper();
    return {ErrorKind::Keychain, sentence};
}

void SecretService::startUnlock(int answerTimeoutMs)
{
    m_state = State::Asking;
    m_answerTimeoutMs = answerTimeoutMs;
    m_answerTimer->start(answerTimeoutMs);
    const quint64 attempt = ++m_attempt;
    auto *cancellable = g_cancellable_new();
    m_cancellable = cancellable;
    if (m_provider.isEmpty())
        identifyAside(); // beside the unlock, so that a message about it can name the keychain
    SessionBus::withBus([this, attempt, cancellable](GDBusConnection *bus) {
        if (m_attempt != attempt || m_state != State::Asking)
            return;
        if (!bus) {
            settle({}); // no session bus: QtKeychain says there is no keychain
            return;
        }
        const auto askForUnlock = [this, attempt, bus, cancellable] {
            GVariantBuilder objects;
            g_variant_builder_init(&objects, G_VARIANT_TYPE("ao"));
            g_variant_builder_add(&objects, "o", DefaultCollection);
            SessionBus::call(bus, SecretsName, ServicePath, ServiceInterface, "Unlock", g_variant_new("(ao)", &objects), "(aoo)",
                 m_answerTimeoutMs, cancellable, [this, attempt](GVariant *reply, const GError *error) {
                     if (SessionBus::isCancelled(error) || m_attempt != attempt || m_state != State::Asking)
                         return;
                     if (SessionBus::isTimeout(error)) {
                         settle(noAnswer(m_answerTimeoutMs));
                         return;
                     }
                     const gchar *prompt = "/";
                     if (reply)
                         g_variant_get(reply, "(@ao&o)", nullptr, &prompt);
                     else // nobody provides it, or no default collection: nothing to unlock
                         qCInfo(lcKeychain) << "Secret Service Unlock failed:" << (error ? error->message : "");
                     onUnlockAnswer(QString::fromLatin1(prompt));
                 });
        };
        if (!isKdeSession()) {
            askForUnlock();
            return;
        }
        // QtKeychain uses KWallet when it runs: then KWallet opens itself, and nothing is
        // unlocked here.
        firstOwner(bus, {std::begin(KWalletNames), std::end(KWalletNames)}, m_answerTimeoutMs,
                   [this, attempt, askForUnlock](const QString &name, const QString &) {
                       if (m_attempt != attempt || m_state != State::Asking)
                           return;
                       if (name.isEmpty())
                           askForUnlock();
                       else
                           settle({});
                   });
    });
}

void SecretService::onUnlockAnswer(const QString &promptPath)
{
    if (promptPath == QLatin1String("/")) {
        settle({}); // unlocked already, or nothing to unlock
        return;
    }
    // Locked: the provider shows its prompt once asked to; waiting for the person has no bound.
    m_answerTimer->stop();
    m_state = State::Prompting;
    m_promptPath = promptPath;
    const QByteArray path = promptPath.toLatin1();
    m_promptSubscription = g_dbus_connection_signal_subscribe(
        SessionBus::connection(), nullptr, PromptInterface, "Completed", path.constData(), nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
        &SecretServiceCallbacks::promptCompleted, this, nullptr);
    m_nameWatch = g_bus_watch_name_on_connection(SessionBus::connection(), SecretsName, G_BUS_NAME_WATCHER_FLAGS_NONE, nullptr,
                                                 &SecretServiceCallbacks::providerGone, this, nullptr);
    const quint64 attempt = m_attempt;
    const QByteArray window = m_windowHandle.toLatin1();
    SessionBus::call(SessionBus::connection(), SecretsName, path.constData(), PromptInterface, "Prompt", g_variant_new("(s)", window.constData()),
         nullptr, m_answerTimeoutMs, static_cast<GCancellable *>(m_cancellable),
         [this, attempt](GVariant *, const GError *error) {
             if (!error || SessionBus::isCancelled(error) || m_attempt != attempt || m_state != State::Prompting)
                 return;
             qCInfo(lcKeychain) << "the unlock prompt could not be shown:" << error->message;
             settle(stayedLocked());
         });
    m_noticeTimer->start(NoticeDelayMs);
    identifyAside(); // named before the notice, which says which keychain waits
}

void SecretService::identifyAside()
{
    Job *who = identify(m_answerTimeoutMs);
    connect(who, &Job::finished, who, &QObject::deleteLater);
    who->start();
}

void SecretService::onPromptCompleted(bool dismissed)
{
    if (m_state != State::Prompting)
        return;
    qCInfo(lcKeychain) << "the unlock prompt completed; dismissed:" << dismissed;
    settle(dismissed ? stayedLocked() : Error());
}

void SecretService::onProviderGone()
{
    if (m_state != State::Prompting)
        return;
    QString sentence = tr("%1 stopped while waiting for its password. Start it again and try again.").arg(named());
    sentence[0] = sentence.at(0).toUpper();
    settle({ErrorKind::Keychain, sentence});
}

void SecretService::stopWaiting()
{
    if (m_state != State::Prompting)
        return;
    // The prompt itself stays: gnome-keyring 42 aborts when an unlock prompt is dismissed over
    // D-Bus (Prompt.Dismiss), and a second Unlock while one is open risks the same. It stays
    // watched, so that a later unlock waits for it instead of asking again.
    m_noticeTimer->stop();
    const bool noticeGiven = m_noticeGiven;
    m_noticeGiven = false;
    if (noticeGiven)
        Q_EMIT waitOver();
    QString sentence = tr("%1 stayed locked: waiting for it was stopped, and nothing was changed. If its prompt is "
                          "still open, type the password there or press Cancel in it.")
                           .arg(named());
    sentence[0] = sentence.at(0).toUpper();
    Q_EMIT unlockSettled({ErrorKind::Keychain, sentence});
}

void SecretService::joinPrompt()
{
    // A later unlock while the prompt is still open: the same notice, after the same delay.
    if (m_state == State::Prompting && !m_noticeGiven && !m_noticeTimer->isActive())
        m_noticeTimer->start(NoticeDelayMs);
}

void SecretService::settle(const Error &error)
{
    m_answerTimer->stop();
    m_noticeTimer->stop();
    if (m_promptSubscription) {
        g_dbus_connection_signal_unsubscribe(SessionBus::connection(), m_promptSubscription);
        m_promptSubscription = 0;
    }
    if (m_nameWatch) {
        g_bus_unwatch_name(m_nameWatch);
        m_nameWatch = 0;
    }
    if (auto *cancellable = static_cast<GCancellable *>(m_cancellable)) {
        g_cancellable_cancel(cancellable);
        g_object_unref(cancellable);
        m_cancellable = nullptr;
    }
    m_promptPath.clear();
    m_state = State::Idle;
    const bool noticeGiven = m_noticeGiven;
    m_noticeGiven = false;
    if (noticeGiven)
        Q_EMIT waitOver();
    Q_EMIT unlockSettled(error);
}

void SecretService::setProvider(const QString &api, const QString &provider)
{
    m_api = provider.isEmpty() ? QString() : api;
    m_provider = provider;
}

} // namespace onboard
