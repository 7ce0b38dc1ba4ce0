#include "StandInSystemctl.h"

#include <QFile>

namespace onboard::test {

StandInSystemctl::StandInSystemctl() = default;

StandInSystemctl::~StandInSystemctl()
{
    qunsetenv("TRELLO_ONBOARD_SYSTEMCTL");
}

bool StandInSystemctl::install(const Answers &answers)
{
    if (!m_dir.isValid())
        return false;
    const QByteArray calls = QFile::encodeName(m_dir.filePath(QStringLiteral("calls")));
    // A call is recorded once it is through, so that a test sees whether it was cut short.
    QByteArray script = "#!/bin/sh\n";
    if (answers.seconds > 0)
        script += "sleep " + QByteArray::number(answers.seconds) + "\n";
    script += "echo \"$*\" >> '" + calls + "'\n"
              "case \"$2\" in is-enabled) exit " + QByteArray::number(answers.isEnabled) + " ;; esac\n";
    if (answers.change != 0)
        script += "echo '" + failureReason() + "' >&2\n";
    script += "exit " + QByteArray::number(answers.change) + "\n";
    QFile file(path());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(script) != script.size())
        return false;
    file.close();
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return false;
    clearCalls();
    qputenv("TRELLO_ONBOARD_SYSTEMCTL", QFile::encodeName(path()));
    return true;
}

QByteArray StandInSystemctl::calls() const
{
    QFile file(m_dir.filePath(QStringLiteral("calls")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void StandInSystemctl::clearCalls()
{
    QFile::remove(m_dir.filePath(QStringLiteral("calls")));
}

} // namespace onboard::test
