#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace onboard::test {

// systemctl as the tests need it: a container has no user systemd, so a small script stands in
// for it (TRELLO_ONBOARD_SYSTEMCTL, which CheckTimer runs instead). It records each call's
// arguments, one line per call once it is through, and answers as told: `is-enabled` with its own
// exit status, `enable`/`disable` with another (and a reason on stderr when that is not 0), each
// after a delay if asked.
class StandInSystemctl
{
public:
    struct Answers
    {
        int isEnabled = 1;       // 0: the timer is enabled
        int change = 0;          // enable/disable; not 0: fails, saying why on stderr
        int seconds = 0;         // how long each call takes
    };

    StandInSystemctl();
    // Writes the script, forgets earlier calls, and sets TRELLO_ONBOARD_SYSTEMCTL for this
    // process and the programs it starts; the destructor unsets it.
    bool install(const Answers &answers);
    ~StandInSystemctl();

    QString path() const { return m_dir.filePath(QStringLiteral("systemctl")); }
    // The reason a failing change gives.
    static QByteArray failureReason() { return "Failed to connect to bus: No medium found"; }
    // The calls so far ("--user enable --now trello-onboard-check.timer\n" …), and forgetting them.
    QByteArray calls() const;
    void clearCalls();

private:
    QTemporaryDir m_dir;
};

} // namespace onboard::test
