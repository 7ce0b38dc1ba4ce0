#include "SessionKeyring.h"

#include "TestSupport.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <csignal>

namespace onboard::test {

namespace {
const QString SecretsName = QStringLiteral("org.freedesktop.secrets");

QByteArray busCall(const QString &method, const QString &argument)
{
    QProcess call;
    call.start(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                              QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                                              QStringLiteral("org.freedesktop.DBus.") + method,
                                              QStringLiteral("string:") + argument});
    if (!call.waitForFinished(WaitMs) || call.exitCode() != 0)
        return {};
    return call.readAllStandardOutput();
}

bool nameOwned()
{
    return busCall(QStringLiteral("NameHasOwner"), SecretsName).contains("boolean true");
}

// Exited: no such process, or a zombie its parent has not reaped yet (a daemon this process
// started is reaped only when the event loop runs).
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName < 0 || line.mid(afterName + 2, 1) == "Z";
}

template<typename Condition>
bool waitFor(Condition condition)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > WaitMs)
            return false;
        QThread::msleep(50);
    }
    return true;
}
} // namespace

SessionKeyring::~SessionKeyring()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
    }
}

qint64 SessionKeyring::ownerPid()
{
    const QByteArray reply = busCall(QStringLiteral("GetConnectionUnixProcessID"), SecretsName);
    const qsizetype at = reply.indexOf("uint32 ");
    return at < 0 ? 0 : reply.mid(at + 7).trimmed().toLongLong();
}

bool SessionKeyring::stop()
{
    const qint64 pid = ownerPid();
    if (pid <= 0)
        return !nameOwned();
    ::kill(pid_t(pid), SIGTERM);
    // Gone from the bus and gone altogether: a daemon still shutting down holds the keyring's
    // control socket, and a new one would hand its password to it instead of starting.
    return waitFor([] { return !nameOwned(); }) && waitFor([pid] { return processGone(pid); });
}

bool SessionKeyring::start()
{
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.start(QStringLiteral("gnome-keyring-daemon"),
                   {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    if (!m_daemon.waitForStarted(WaitMs))
        return false;
    // The wait below blocks the event loop, which is what writes to a QProcess: write now.
    m_daemon.write(qgetenv("TRELLO_TEST_KEYRING_PASSWORD"));
    m_daemon.waitForBytesWritten(WaitMs);
    m_daemon.closeWriteChannel();
    if (waitFor([] { return nameOwned(); }))
        return true;
    qWarning("gnome-keyring-daemon did not come back (state %d): %s", int(m_daemon.state()), m_daemon.readAll().constData());
    return false;
}

namespace {
const QString ServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString DefaultCollection = QStringLiteral("/org/freedesktop/secrets/aliases/default");

QDBusMessage secretsCall(const QString &path, const QString &interface, const QString &method, const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(SecretsName, path, interface, method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, WaitMs);
}
} // namespace

bool SessionKeyring::isLocked()
{
    const QDBusMessage reply = secretsCall(DefaultCollection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                                           {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    return reply.type() == QDBusMessage::ReplyMessage && reply.arguments().value(0).value<QDBusVariant>().variant().toBool();
}

bool SessionKeyring::lock()
{
    const QDBusMessage reply = secretsCall(ServicePath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"),
                                           {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(DefaultCollection)})});
    if (reply.type() != QDBusMessage::ReplyMessage)
        qWarning("Lock failed: %s", qPrintable(reply.errorMessage()));
    return isLocked();
}

bool SessionKeyring::unlock()
{
    // The password travels as a Secret Service "secret" of a plain session opened on the same
    // connection.
    const QDBusMessage opened = secretsCall(ServicePath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"),
                                            {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
    if (opened.type() != QDBusMessage::ReplyMessage) {
        qWarning("OpenSession failed: %s", qPrintable(opened.errorMessage()));
        return false;
    }
    const QDBusObjectPath session = opened.arguments().value(1).value<QDBusObjectPath>();
    QDBusArgument secret;
    secret.beginStructure();
    secret << session << QByteArray() << qgetenv("TRELLO_TEST_KEYRING_PASSWORD") << QStringLiteral("text/plain");
    secret.endStructure();
    const QDBusMessage reply = secretsCall(ServicePath, QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                                           QStringLiteral("UnlockWithMasterPassword"),
                                           {QVariant::fromValue(QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))),
                                            QVariant::fromValue(secret)});
    if (reply.type() != QDBusMessage::ReplyMessage)
        qWarning("UnlockWithMasterPassword failed: %s", qPrintable(reply.errorMessage()));
    return !isLocked();
}

namespace {
const QString PromptTitle = QStringLiteral("^Unlock Login Keyring$");

bool runXdotool(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess tool;
    tool.start(QStringLiteral("xdotool"), arguments);
    if (!tool.waitForFinished(WaitMs) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return false;
    if (output)
        *output = tool.readAllStandardOutput().trimmed();
    return true;
}

QByteArray promptWindow()
{
    QByteArray windows;
    runXdotool({QStringLiteral("search"), QStringLiteral("--name"), PromptTitle}, &windows);
    return windows.split('\n').value(0);
}

// Focuses the prompt (there is no window manager to do it) and sends it `keys`.
bool intoPrompt(const QStringList &keys)
{
    const QByteArray window = promptWindow();
    return !window.isEmpty()
           && runXdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::fromLatin1(window)})
           && runXdotool(keys);
}
} // namespace

bool SessionKeyring::isPromptOpen()
{
    return !promptWindow().isEmpty();
}

bool SessionKeyring::waitForPrompt(int ms)
{
    // The event loop runs meanwhile: a sandbox in the test process keeps answering the program.
    if (!QTest::qWaitFor([] { return isPromptOpen(); }, ms))
        return false;
    QTest::qWait(300); // its password field takes the focus once mapped
    return true;
}

bool SessionKeyring::typePasswordIntoPrompt()
{
    return intoPrompt({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"),
                       qEnvironmentVariable("TRELLO_TEST_KEYRING_PASSWORD")})
           && intoPrompt({QStringLiteral("key"), QStringLiteral("Return")});
}

bool SessionKeyring::dismissPrompt()
{
    return intoPrompt({QStringLiteral("key"), QStringLiteral("Escape")});
}

SilentSecretService::~SilentSecretService()
{
    stop();
}

bool SilentSecretService::start()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"), QStringLiteral("import dbus, signal\n"
                                                          "bus = dbus.SessionBus()\n"
                                                          "bus.request_name('org.freedesktop.secrets', "
                                                          "dbus.bus.NAME_FLAG_DO_NOT_QUEUE)\n"
                                                          "print('owned', flush=True)\n"
                                                          "signal.pause()\n")});
    if (!m_process.waitForReadyRead(WaitMs) || !m_process.readAll().contains("owned")) {
        qWarning("the silent Secret Service did not start: %s", m_process.readAll().constData());
        return false;
    }
    return waitFor([] { return nameOwned(); });
}

void SilentSecretService::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(WaitMs);
    waitFor([] { return !nameOwned(); });
}

} // namespace onboard::test
