#pragma once

#include <QJsonObject>
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

    // The hand-over after capture (docs/design.md, "The hand-over"): replaces this process image
    // with a fresh one of the window part, `trello-onboard-gui RESUME_OPTION FD [flags]`, which
    // reads `state` from the inherited descriptor FD, a pipe (never from the command line, which
    // other local users can read). Same process id; the web engine and everything else this image
    // opened are gone. Returns only when that failed (this process then simply goes on).
    static void handOver(const QString &resumeOption, const QJsonObject &state, const QStringList &flags);
    // In the fresh image: the state handed over under `resumeOption` (the first argument), or false
    // when this run is no such hand-over or the state cannot be read.
    static bool handedOver(const QStringList &arguments, const QString &resumeOption, QJsonObject *state);
};

} // namespace onboard
