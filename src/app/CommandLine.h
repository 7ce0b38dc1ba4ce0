#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace onboard {

// Splits the command line into the command and its arguments, and answers the questions that
// need no work at all (--version, --help). Commands with a window are handed to the GUI
// executable untouched.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { Version, Help, Window, Script, Unknown };

    explicit CommandLine(const QStringList &arguments);

    Action action() const { return m_action; }
    const QString &command() const { return m_command; }
    bool demo() const { return m_demo; }

    static bool isWindowCommand(const QString &command);
    static bool isScriptCommand(const QString &command);
    static QString helpText();
    static QString versionText();

private:
    Action m_action = Action::Window;
    QString m_command;
    bool m_demo = false;
};

} // namespace onboard
