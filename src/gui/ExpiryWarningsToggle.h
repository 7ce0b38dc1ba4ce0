#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace onboard {

// "Warn me before tokens expire", on the Done page and the accounts screen: turns the daily
// `check --notify` (the systemd user timer) on or off for this user through CheckTimer, shows
// whether it is on, and says how to turn it off without this window. Where systemd's user
// manager cannot be reached, turning it on says why and the box stays clear.
class ExpiryWarningsToggle : public QWidget
{
    Q_OBJECT

public:
    explicit ExpiryWarningsToggle(QWidget *parent = nullptr);

private:
    void apply(bool on);
    void showState(bool on);

    QCheckBox *m_checkBox;
    QLabel *m_label;
};

} // namespace onboard
