#include "CommandLine.h"

namespace onboard {

CommandLine::CommandLine(const QStringList &arguments)
{
    // Arguments after "--" belong to exec's command and are never read here.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            m_action = Action::Version;
            return;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_action = Action::Help;
            return;
        }
        if (arg == QLatin1String("--demo"))
            m_demo = true;
        else if (m_command.isEmpty() && !arg.startsWith(QLatin1Char('-')))
            m_command = arg;
    }
    if (m_command.isEmpty() || isWindowCommand(m_command))
        m_action = Action::Window;
    else if (isScriptCommand(m_command))
        m_action = Action::Script;
    else
        m_action = Action::Unknown;
}

bool CommandLine::isWindowCommand(const QString &command)
{
    static const QStringList commands{QStringLiteral("setup"), QStringLiteral("manage"), QStringLiteral("rotate")};
    return commands.contains(command);
}

bool CommandLine::isScriptCommand(const QString &command)
{
    static const QStringList commands{QStringLiteral("status"), QStringLiteral("token"), QStringLiteral("exec"),
                                      QStringLiteral("import"), QStringLiteral("revoke"), QStringLiteral("forget")};
    return commands.contains(command);
}

QString CommandLine::versionText()
{
    return QStringLiteral("trello-onboard " TRELLO_ONBOARD_VERSION "\n");
}

QString CommandLine::helpText()
{
    return tr("Usage: trello-onboard [COMMAND] [OPTIONS]\n"
              "Gets a Trello API token into your keychain safely and keeps it healthy.\n"
              "\n"
              "Commands:\n"
              "  (none)        the setup wizard, or the accounts screen when an account is stored\n"
              "  setup         the setup wizard\n"
              "  manage        the accounts screen: details, test, rotate, revoke, forget\n"
              "  rotate        get a new token for an account, then revoke the old one\n"
              "  status        verify each stored token and print member, scopes and expiry\n"
              "  token         print the token on standard output, for scripts\n"
              "  exec -- CMD   run CMD with TRELLO_KEY and TRELLO_TOKEN in its environment\n"
              "  import        read a token from standard input, verify it and store it\n"
              "  revoke        revoke the token on Trello, then remove it here\n"
              "  forget        remove the token here only (it stays valid on Trello)\n"
              "\n"
              "Options:\n"
              "  --account A          the account (username or <key>:<memberId>)\n"
              "  --key KEY            the API key (32 hexadecimal characters)\n"
              "  --app-name NAME      the name Trello shows on its consent page\n"
              "  --scope LIST         read, read,write or read,write,account (default: read)\n"
              "  --expiration E       1hour, 1day, 30days or never (default: 30days)\n"
              "  --api-host URL       where API requests go (default: https://api.trello.com/1)\n"
              "  --authorize-url URL  where the consent page is loaded from\n"
              "  --return-url URL     the redirect that carries the token\n"
              "  --header 'N: v'      an extra header for every API request (repeatable)\n"
              "  --credentials-in W   query or header (default: query)\n"
              "  --ca-file FILE       extra trusted CA certificates (PEM)\n"
              "  --config FILE        an INI file with the same keys\n"
              "  --first-run          exit at once when an account exists, else open the wizard\n"
              "  --close-when-done    close the wizard as soon as the outcome is final\n"
              "  --json               print the outcome as one JSON object (never the token)\n"
              "  --demo               use the built-in offline Trello sandbox\n"
              "  --version, --help\n"
              "\n"
              "Exit codes: 0 success, 1 cancelled or denied, 2 token refused by Trello,\n"
              "3 keychain unavailable, 4 network or API host failure, 5 no such account,\n"
              "64 bad command line, config or input.\n");
}

} // namespace onboard
