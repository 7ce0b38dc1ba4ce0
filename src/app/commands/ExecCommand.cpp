#include "ExecCommand.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace onboard {

void ExecCommand::run()
{
    withToken([this](const Account &account, const QString &token) { replaceWithCommand(account, token); });
}

void ExecCommand::replaceWithCommand(const Account &account, const QString &token)
{
    std::vector<QByteArray> storage;
    for (const QString &arg : m_invocation.execCommand)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    // An OAuth 2.0 access token is not a Trello Auth token: trello.js and others read TRELLO_TOKEN
    // with TRELLO_KEY as one, so it gets a name of its own (PRODUCT.md, "OAuth 2.0 accounts").
    const char *tokenVariable = account.isOAuth() ? "TRELLO_ACCESS_TOKEN" : "TRELLO_TOKEN";
    if (account.isOAuth()) {
        // Not left over from an outer environment, where they would name another account.
        ::unsetenv("TRELLO_KEY");
        ::unsetenv("TRELLO_TOKEN");
    } else {
        ::setenv("TRELLO_KEY", account.apiKey.toLatin1().constData(), 1);
    }
    ::setenv(tokenVariable, token.toLatin1().constData(), 1);
    ::signal(SIGPIPE, SIG_DFL); // as a shell would start it (StandardStreams::guard ignores it here)
    ::execvp(argv[0], argv.data());

    // Still here: the command could not be started. Exit as shells do (127: not found, 126: not
    // runnable), and take the token out of this process's environment again.
    const int error = errno;
    ::unsetenv(tokenVariable);
    ::unsetenv("TRELLO_KEY");
    say(tr("Could not run %1: %2").arg(m_invocation.execCommand.first(), QString::fromLocal8Bit(std::strerror(error))));
    end(error == ENOENT ? 127 : 126);
}

} // namespace onboard
