#pragma once

#include "common/Error.h"
#include "setup/SetupOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace onboard {

// Where setup options come from, weakest first: the system-wide config an administrator manages
// (/etc/xdg/trello-onboard/trello-onboard.conf), the person's own config
// (~/.config/trello-onboard/trello-onboard.conf), a --config file, the command line. A later
// source wins, except over what the system config locks ("locked = key, api-host"): setting a
// locked option anywhere else is an error rather than silently ignored, so an installer learns
// at once that its option has no effect. Headers merge: a later source replaces headers of the
// same name and adds the others; "header" in the locked list locks them all.
class SetupSources
{
    Q_DECLARE_TR_FUNCTIONS(SetupSources)

public:
    struct Layer
    {
        QString name; // shown in messages: a file path, or "the command line"
        QList<QPair<QString, QString>> values;
        QStringList locked; // only the system layer may lock
    };

    static QString systemConfigPath(); // the first existing one along $XDG_CONFIG_DIRS, or ""
    static QString userConfigPath();

    // Reads a config file into a layer. `system`: the file may carry "locked = …".
    static Error readConfig(const QString &path, bool system, Layer *layer);

    void add(const Layer &layer) { m_layers.append(layer); }
    Error resolve(SetupOptions *options) const;

private:
    QList<Layer> m_layers;
};

} // namespace onboard
