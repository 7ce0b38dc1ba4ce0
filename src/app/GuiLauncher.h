#pragma once

#include <QString>
#include <QStringList>

namespace onboard {

// Hands a window command to trello-onboard-gui by replacing this process with it, so the
// command-line front never loads Widgets or WebEngine itself.
class GuiLauncher
{
public:
    // Next to this executable (the build tree) or in ../libexec/trello-onboard (installed).
    static QString guiExecutable();
    // Returns only when the GUI could not be started (the reason goes to stderr).
    static int replaceWith(const QStringList &arguments);
    // The same with another program (the window part re-executing itself).
    static int replaceWith(const QString &program, const QStringList &arguments);

    // At start: the descriptors this process was given (kept across a later exec).
    static void rememberInheritedDescriptors();
    // Before re-executing: every descriptor opened since then is closed by the exec.
    static void closeOwnDescriptorsOnExec();
};

} // namespace onboard
