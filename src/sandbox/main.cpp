// trello-sandbox: the offline Trello stand-in as a process of its own, for tests and benchmarks
// that drive trello-onboard from outside.
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using onboard::sandbox::SandboxServer;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

// SIGTERM and SIGINT end the event loop through a socket pair: a handler may not touch Qt.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

// A parent that holds our stdin pipe can stop us by closing it (or by dying). Only pipes, sockets
// and terminals are watched: /dev/null or a file would read as closed at once.
void quitWhenStdinCloses(QCoreApplication &app)
{
    struct stat info = {};
    if (::fstat(STDIN_FILENO, &info) != 0)
        return;
    if (!S_ISFIFO(info.st_mode) && !S_ISSOCK(info.st_mode) && !::isatty(STDIN_FILENO))
        return;
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, notifier] {
        char buffer[4096];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            notifier->setEnabled(false);
            app.quit();
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trello-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The offline Trello stand-in of trello-onboard."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption originOption(QStringLiteral("allow-origin"),
                                          QStringLiteral("An allowed return_url origin (repeatable)."),
                                          QStringLiteral("ORIGIN"));
    const QCommandLineOption issueOption(QStringLiteral("issue-token"),
                                         QStringLiteral("Print a token for MEMBER:SCOPES:EXPIRATION[:legacy] "
                                                        "(repeatable), e.g. 0:read,write:never."),
                                         QStringLiteral("SPEC"));
    const QCommandLineOption lifetimeOption(QStringLiteral("access-token-lifetime"),
                                            QStringLiteral("Lifetime of OAuth 2.0 access tokens (default 3600)."),
                                            QStringLiteral("SECONDS"));
    const QCommandLineOption redirectOption(QStringLiteral("redirect-uri"),
                                            QStringLiteral("A registered OAuth 2.0 redirect URI (repeatable); "
                                                           "without one, any http loopback URI is accepted."),
                                            QStringLiteral("URI"));
    parser.addOptions({portOption, originOption, issueOption, lifetimeOption, redirectOption});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "trello-sandbox: bad --port\n";
        return 64;
    }

    SandboxServer server;
    if (parser.isSet(originOption))
        server.setAllowedOrigins(parser.values(originOption));
    server.setRegisteredRedirectUris(parser.values(redirectOption));
    if (parser.isSet(lifetimeOption)) {
        bool lifetimeOk = false;
        const int lifetime = parser.value(lifetimeOption).toInt(&lifetimeOk);
        if (!lifetimeOk || lifetime < 1) {
            err << "trello-sandbox: bad --access-token-lifetime\n";
            return 64;
        }
        server.setAccessTokenLifetime(lifetime);
    }

    QStringList tokens;
    for (const QString &spec : parser.values(issueOption)) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        bool indexOk = false;
        const int member = parts.value(0).toInt(&indexOk);
        const bool legacy = parts.size() == 4 && parts.at(3) == QLatin1String("legacy");
        const QString token = (parts.size() == 3 || legacy) && indexOk
            ? server.issueToken(member, parts.at(1).split(QLatin1Char(',')), parts.at(2),
                                legacy ? SandboxServer::TokenForm::Legacy : SandboxServer::TokenForm::Current)
            : QString();
        if (token.isEmpty()) {
            err << "trello-sandbox: bad --issue-token " << spec << '\n';
            return 64;
        }
        tokens << token;
    }

    if (!server.listen(quint16(port))) {
        err << "trello-sandbox: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening " << server.baseUrl().toString() << '\n';
    for (const QString &token : std::as_const(tokens))
        out << token << '\n';
    out.flush();

    quitOnTerminationSignals(app);
    quitWhenStdinCloses(app);
    return app.exec();
}
