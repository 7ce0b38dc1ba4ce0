#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace onboard {

// Standard output and error as a script sees them. What a command promises on stdout (a token, a
// table, one JSON document) either arrives whole or the command exits 74 (PRODUCT.md): a full
// disk (`>/dev/full`), a closed stdout or a reader that went away are reported, never ignored.
class StandardStreams
{
    Q_DECLARE_TR_FUNCTIONS(StandardStreams)

public:
    // First thing in main(): descriptors 0, 1 and 2 that were closed get /dev/null, so that no
    // file the program opens later (the settings file, a lock) becomes "standard output" by
    // accident. A stdout that was closed stays known as such: writeOut() fails for it. SIGPIPE is
    // ignored (ExecCommand gives the command it runs the default back).
    static void guard();

    // Writes `bytes` to stdout, unbuffered; ErrorKind::Output when they did not all get there.
    static Error writeOut(const QByteArray &bytes);
    // One line for a person on stderr: "trello-onboard: <line>".
    static void say(const QString &line);
};

} // namespace onboard
