#include "Invocation.h"

#include "common/Redaction.h"
#include "keychain/KeychainJob.h"
#include "setup/SetupSources.h"
#include "signin/LoopbackReceiver.h"
#include "trello/CredentialFormat.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <set>

namespace onboard {

namespace {
const QStringList Flags{QStringLiteral("demo"),    QStringLiteral("json"),  QStringLiteral("yes"),
                        QStringLiteral("first-run"), QStringLiteral("close-when-done"), QStringLiteral("notify"),
                        QStringLiteral("version"), QStringLiteral("help")};

// What each command accepts besides --demo, --help and --version. "setup-options" stands for
// SetupOptions::names() and --config.
const QHash<QString, QStringList> &acceptedOptions()
{
    static const QHash<QString, QStringList> accepted{
        {QString(), {QStringLiteral("setup-options"), QStringLiteral("first-run"), QStringLiteral("close-when-done"), QStringLiteral("json")}},
        {QStringLiteral("setup"), {QStringLiteral("setup-options"), QStringLiteral("first-run"), QStringLiteral("close-when-done"), QStringLiteral("json")}},
        {QStringLiteral("manage"), {}},
        {QStringLiteral("rotate"), {QStringLiteral("setup-options"), QStringLiteral("account"), QStringLiteral("close-when-done"), QStringLiteral("json")}},
        {QStringLiteral("status"), {QStringLiteral("account"), QStringLiteral("json")}},
        {QStringLiteral("token"), {QStringLiteral("account")}},
        {QStringLiteral("exec"), {QStringLiteral("account")}},
        {QStringLiteral("import"), {QStringLiteral("setup-options"), QStringLiteral("json")}},
        {QStringLiteral("revoke"), {QStringLiteral("account"), QStringLiteral("yes"), QStringLiteral("json")}},
        {QStringLiteral("forget"), {QStringLiteral("account"), QStringLiteral("json")}},
        {QStringLiteral("check"), {QStringLiteral("notify"), QStringLiteral("json")}},
    };
    return accepted;
}

// An argument as it may appear in a message: one that is a token (pasted where it does not
// belong) is masked, and long ones are cut.
QString shownArgument(const QString &argument)
{
    if (!CredentialFormat::checkToken(argument.trimmed()))
        return Redaction::mask();
    return argument.left(60);
}

bool isSetupOption(const QString &name)
{
    return SetupOptions::names().contains(name) || name == QLatin1String("config");
}
} // namespace

Error Invocation::resolveSetupOptions(const QString &configFile, const QList<QPair<QString, QString>> &commandLine,
                                     SetupOptions *setup)
{
    // Weakest first: the administrator's config, the person's own, --config, the command line.
    SetupSources sources;
    const QString systemConfig = SetupSources::systemConfigPath();
    if (!systemConfig.isEmpty()) {
        SetupSources::Layer layer;
        if (Error e = SetupSources::readConfig(systemConfig, true, &layer))
            return e;
        sources.add(layer);
    }
    const QString userConfig = SetupSources::userConfigPath();
    if (QFileInfo(userConfig).isFile()) {
        SetupSources::Layer layer;
        if (Error e = SetupSources::readConfig(userConfig, false, &layer))
            return e;
        sources.add(layer);
    }
    if (!configFile.isEmpty()) {
        SetupSources::Layer layer;
        if (Error e = SetupSources::readConfig(configFile, false, &layer))
            return e;
        sources.add(layer);
    }
    sources.add({QString(), commandLine, {}});
    return sources.resolve(setup);
}

bool Invocation::isWindowCommand(const QString &command)
{
    return command.isEmpty() || command == QLatin1String("setup") || command == QLatin1String("manage")
           || command == QLatin1String("rotate");
}

Error Invocation::parse(const QStringList &arguments, Invocation *invocation)
{
    Invocation result;
    QList<QPair<QString, QString>> setupValues; // in command-line order
    std::set<QString> given;                    // options with a value seen so far
    bool sawCommand = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            result.execCommand = arguments.mid(i + 1);
            if (result.command != QLatin1String("exec"))
                return {ErrorKind::BadInput, tr("\"--\" is only for exec: trello-onboard exec -- COMMAND [ARGS…]")};
            break;
        }
        if (arg == QLatin1String("-h"))
            result.kind = Kind::Help;
        else if (arg == QLatin1String("-v"))
            result.kind = Kind::Version;
        else if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString value;
            bool hasValue = false;
            const qsizetype equals = name.indexOf(QLatin1Char('='));
            if (equals >= 0) {
                value = name.mid(equals + 1);
                name = name.left(equals);
                hasValue = true;
            }
            if (Flags.contains(name)) {
                if (hasValue)
                    return {ErrorKind::BadInput, tr("--%1 takes no value.").arg(name)};
                if (name == QLatin1String("demo"))
                    result.demo = true;
                else if (name == QLatin1String("json"))
                    result.json = true;
                else if (name == QLatin1String("yes"))
                    result.yes = true;
                else if (name == QLatin1String("notify"))
                    result.notify = true;
                else if (name == QLatin1String("first-run"))
                    result.firstRun = true;
                else if (name == QLatin1String("close-when-done"))
                    result.closeWhenDone = true;
                else if (name == QLatin1String("version"))
                    result.kind = Kind::Version;
                else
                    result.kind = Kind::Help;
                continue;
            }
            if (!isSetupOption(name) && name != QLatin1String("account"))
                return {ErrorKind::BadInput, tr("Unknown option --%1; see trello-onboard --help.").arg(shownArgument(name))};
            if (!hasValue) {
                // "--account --json" or "--account -- CMD" is a forgotten value, not an account
                // named "--json"; a value that starts with "--" can be given as --option=--value.
                if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--")))
                    return {ErrorKind::BadInput, tr("--%1 needs a value.").arg(name)};
                value = arguments.at(++i);
            }
            if ((name == QLatin1String("account") || name == QLatin1String("config")) && value.trimmed().isEmpty())
                return {ErrorKind::BadInput, tr("--%1 needs a value.").arg(name)};
            // A second value would silently replace the first (a config's api-host dropped, say).
            if (name != QLatin1String("header") && !given.insert(name).second)
                return {ErrorKind::BadInput, tr("--%1 was given twice; give it once.").arg(name)};
            if (name == QLatin1String("account"))
                result.account = value;
            else if (name == QLatin1String("config"))
                result.configFile = value;
            else
                setupValues.append({name, value});
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return {ErrorKind::BadInput, tr("Unknown option %1; see trello-onboard --help.").arg(shownArgument(arg))};
        } else if (!sawCommand) {
            if (!acceptedOptions().contains(arg) || arg.isEmpty())
                return {ErrorKind::BadInput, tr("Unknown command \"%1\"; see trello-onboard --help.").arg(shownArgument(arg))};
            result.command = arg;
            sawCommand = true;
        } else {
            return {ErrorKind::BadInput, tr("Unexpected argument \"%1\".").arg(shownArgument(arg))};
        }
    }
    if (result.kind != Kind::Run) {
        *invocation = result;
        return {};
    }
    // The keychain's bound, from the environment (KeychainJob::defaultTimeoutMs reads it): a value
    // the program would ignore is refused, so a script does not wait 20 s believing it set 2.
    const QString bound = qEnvironmentVariable("TRELLO_ONBOARD_KEYCHAIN_TIMEOUT");
    if (!bound.isEmpty()) {
        bool ok = false;
        const int seconds = bound.toInt(&ok);
        if (!ok || seconds < 1 || seconds > KeychainJob::MaxTimeoutSeconds || bound.trimmed() != bound)
            return {ErrorKind::BadInput, tr("TRELLO_ONBOARD_KEYCHAIN_TIMEOUT must be a number of seconds from 1 to %1, "
                                            "not \"%2\".")
                                             .arg(KeychainJob::MaxTimeoutSeconds)
                                             .arg(shownArgument(bound))};
    }

    // Which options the command takes.
    const QStringList &accepted = acceptedOptions().value(result.command);
    const QString shownCommand = result.command.isEmpty() ? QStringLiteral("trello-onboard") : result.command;
    const auto refuse = [&](const QString &option) -> Error {
        return {ErrorKind::BadInput, tr("--%1 does not apply to %2.").arg(option, shownCommand)};
    };
    if ((!setupValues.isEmpty() || !result.configFile.isEmpty()) && !accepted.contains(QLatin1String("setup-options")))
        return refuse(setupValues.isEmpty() ? QStringLiteral("config") : setupValues.first().first);
    const QList<QPair<QString, bool>> used{{QStringLiteral("account"), !result.account.isEmpty()},
                                           {QStringLiteral("json"), result.json},
                                           {QStringLiteral("yes"), result.yes},
                                           {QStringLiteral("notify"), result.notify},
                                           {QStringLiteral("first-run"), result.firstRun},
                                           {QStringLiteral("close-when-done"), result.closeWhenDone}};
    for (const auto &option : used) {
        if (option.second && !accepted.contains(option.first))
            return refuse(option.first);
    }
    if (result.command == QLatin1String("exec") && result.execCommand.isEmpty())
        return {ErrorKind::BadInput, tr("exec needs a command after \"--\": trello-onboard exec -- COMMAND [ARGS…]")};

    // manage takes no setup options, but its "Add account" and "Warn me before tokens expire"
    // follow the config files (an administrator's locks included) as the other windows do.
    if (accepted.contains(QLatin1String("setup-options")) || result.command == QLatin1String("manage")) {
        if (Error e = resolveSetupOptions(result.configFile, setupValues, &result.setup))
            return e;
        if (Error e = result.setup.checkAccountKind())
            return e;
        // Options that are each fine but do not go together for a window are refused before it
        // opens (import never signs in, so a config's sign-in does not concern it). In the browser
        // the loopback receiver listens at the return URL, or an OAuth 2.0 account's redirect URI.
        if (isWindowCommand(result.command) && result.setup.signIn == SetupOptions::SignIn::Browser) {
            if (Error e = result.setup.isOAuth() ? LoopbackReceiver::checkRedirectUri(result.setup.oauth.redirectUri)
                                                 : AuthorizeRequest::checkBrowserReturnUrl(result.setup.request.returnUrl))
                return e;
        }
    }
    if (result.command == QLatin1String("import") && result.setup.isOAuth())
        return {ErrorKind::BadInput, tr("import stores an API key's token; an OAuth 2.0 account signs in with "
                                        "trello-onboard setup --client-id ID.")};
    if (result.command == QLatin1String("import") && !result.setup.isGiven(QStringLiteral("key")))
        return {ErrorKind::BadInput, tr("import needs --key KEY: the API key the token belongs to.")};
    *invocation = result;
    return {};
}

QString Invocation::versionText()
{
    return QStringLiteral("trello-onboard " TRELLO_ONBOARD_VERSION "\n");
}

QString Invocation::helpText()
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
              "                (an OAuth 2.0 account: TRELLO_ACCESS_TOKEN)\n"
              "  import        read a token from standard input, verify it and store it\n"
              "  revoke        revoke the token on Trello, then remove it here\n"
              "  forget        remove the token here only (it stays valid on Trello)\n"
              "  check         the background check: expiry, validity and OAuth 2.0 grants of\n"
              "                every account; with --notify, a desktop notification for each\n"
              "                account that needs you\n"
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
              "                       (default: http://localhost:17645/trello-onboard/callback)\n"
              "  --header 'N: v'      an extra header for every API request (repeatable)\n"
              "  --credentials-in W   query or header (default: query)\n"
              "  --ca-file FILE       extra trusted CA certificates (PEM)\n"
              "  --sign-in W          embedded (Trello's page in this program, the default) or\n"
              "                       browser (your own browser; its answer comes back by itself)\n"
              "  --expiry-warnings W  on: storing an account turns on the daily check that warns\n"
              "                       before tokens expire (default: off, left as it is)\n"
              "  --client-id ID       an OAuth 2.0 client id: sign in with Trello's OAuth 2.0\n"
              "                       instead of an API key (excludes --key)\n"
              "  --oauth-scope LIST   OAuth 2.0 scopes (default: read:member:trello\n"
              "                       read:board:trello offline_access)\n"
              "  --oauth-authorize-url URL  the OAuth 2.0 authorization endpoint\n"
              "                       (default: https://auth.atlassian.com/authorize)\n"
              "  --oauth-token-url URL      the OAuth 2.0 token endpoint\n"
              "                       (default: https://auth.atlassian.com/oauth/token)\n"
              "  --redirect-uri URL   the OAuth 2.0 redirect URI registered for the client\n"
              "                       (default: http://localhost:17645/trello-onboard/oauth)\n"
              "  --config FILE        an INI file with the same keys\n"
              "  --first-run          exit at once when an account exists, else open the wizard\n"
              "  --close-when-done    close the wizard as soon as the outcome is final\n"
              "  --json               print the outcome as one JSON object (never the token)\n"
              "  --yes                revoke without asking\n"
              "  --notify             check: notify on the desktop about accounts that need you\n"
              "  --demo               use the built-in offline Trello sandbox\n"
              "  --version, --help\n"
              "\n"
              "Exit codes: 0 success, 1 cancelled or denied, 2 token refused by Trello,\n"
              "3 keychain or settings folder unusable (locked, full, read-only),\n"
              "4 network or API host failure, 5 no such account,\n"
              "64 bad command line, config or input, 74 output could not be written.\n");
}

} // namespace onboard
