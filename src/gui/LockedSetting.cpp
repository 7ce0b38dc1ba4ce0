#include "LockedSetting.h"

#include <QLineEdit>

namespace onboard {

void LockedSetting::apply(QWidget *widget, const SetupOptions &options, const QString &option)
{
    if (!options.isLocked(option))
        return;
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setReadOnly(true);
    else
        widget->setEnabled(false);
    widget->setToolTip(tr("Set by your administrator (%1); it cannot be changed here.").arg(QStringLiteral("/etc/xdg/trello-onboard/trello-onboard.conf")));
}

} // namespace onboard
