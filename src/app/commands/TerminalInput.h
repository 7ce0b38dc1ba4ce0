#pragma once

#include <QString>

namespace onboard {

// Reading from the person at the terminal: a question on stderr, the answer from stdin, with
// echo off for secrets (restored however the read ends).
class TerminalInput
{
public:
    enum class Echo { On, Off };

    // stdin and stderr are both terminals.
    static bool isInteractive();
    static bool stdinIsTerminal();
    static QString ask(const QString &question, Echo echo);
    // All of stdin up to `maxBytes` (a pipe or a file); more than that is an error for the caller.
    static QByteArray readAll(qint64 maxBytes, bool *tooLong);
};

} // namespace onboard
