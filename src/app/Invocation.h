#pragma once

#include "common/Error.h"
#include "setup/SetupOptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace onboard {

// The command line, read and checked: which command, its flags, the setup options (merged over
// a --config file), and for exec the command to run. Each command accepts only the options that
// mean something to it; anything else is a bad command line (exit 64).
struct Invocation
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)

public:
    enum class Kind { Run, Version, Help };

    Kind kind = Kind::Run;
    QString command; // "" (no command), setup, manage, rotate, status, token, exec, import, revoke, forget
    bool demo = false;
    bool json = false;
    bool yes = false;
    bool notify = false;
    bool firstRun = false;
    bool closeWhenDone = false;
    QString account;
    QString configFile;
    SetupOptions setup;
    QStringList execCommand; // after "--"

    // `arguments` without the program name.
    static Error parse(const QStringList &arguments, Invocation *invocation);

    static bool isWindowCommand(const QString &command);
    static QString helpText();
    static QString versionText();

private:
    static Error resolveSetupOptions(const QString &configFile, const QList<QPair<QString, QString>> &commandLine,
                                     SetupOptions *setup);
};

} // namespace onboard
