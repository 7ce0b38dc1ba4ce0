#include "TerminalInput.h"

#include <QByteArray>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace onboard {

namespace {
// Turns terminal echo off for its lifetime and always turns it back on.
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

QByteArray readLine()
{
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n' && line.size() < 4096)
        line.append(c);
    return line;
}
} // namespace

bool TerminalInput::isInteractive()
{
    return ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO);
}

bool TerminalInput::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO);
}

QString TerminalInput::ask(const QString &question, Echo echo)
{
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QByteArray answer;
    if (echo == Echo::Off) {
        EchoOff quiet;
        answer = readLine();
        std::fputc('\n', stderr);
    } else {
        answer = readLine();
    }
    return QString::fromLocal8Bit(answer);
}

QByteArray TerminalInput::readAll(qint64 maxBytes, bool *tooLong)
{
    QByteArray data;
    char buffer[1024];
    *tooLong = false;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0)
            break;
        data.append(buffer, n);
        if (data.size() > maxBytes) {
            *tooLong = true;
            break;
        }
    }
    return data;
}

} // namespace onboard
