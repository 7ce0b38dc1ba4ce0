#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace onboard {

struct SetupOptions;

// "Warn me before tokens expire", on the Done page and the accounts screen: turns the daily
// `check --notify` (the systemd user timer) on or off for this user through CheckTimer, shows
// whether it is on, and says how to turn it off without this window. Where systemd's user
// manager cannot be reached, turning it on says why and the box stays clear.
//
// `expiry-warnings = on` (a config, usually the administrator's) turns it on where an account was
// just stored, as if the person had ticked the box; locked, the box is read-only and the accounts
// screen turns it on too, so a locked "on" holds for everyone who opens either window.
class ExpiryWarningsToggle : public QWidget
{
    Q_OBJECT

public:
    enum class Moment { AccountStored, Managing };

    ExpiryWarningsToggle(const SetupOptions &options, Moment moment, QWidget *parent = nullptr);

private:
    void apply(bool on);
    void showState(bool on);
    void setBusy(bool busy);

    QCheckBox *m_checkBox;
    QLabel *m_label;
    bool m_locked;
    bool m_busy = true; // while systemctl runs, or the box is set by the program: toggled() is not the person
};

} // namespace onboard
