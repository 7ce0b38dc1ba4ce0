#pragma once

#include "setup/SetupOptions.h"

#include <QCoreApplication>

class QWidget;

namespace onboard {

// Shows a setting the administrator's config locks: visible, not editable, with a tooltip that
// says why. Line edits turn read-only (their text can still be selected and read by a screen
// reader); other controls are disabled.
class LockedSetting
{
    Q_DECLARE_TR_FUNCTIONS(LockedSetting)

public:
    static void apply(QWidget *widget, const SetupOptions &options, const QString &option);
};

} // namespace onboard
