#include "setup/SetupSources.h"

#include "setup/ConfigFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace onboard {

namespace {
const QString ConfigName = QStringLiteral("trello-onboard/trello-onboard.conf");

QString headerName(const QString &line)
{
    return line.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
}
} // namespace

QString SetupSources::systemConfigPath()
{
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    for (const QString &dir : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString path = QDir(dir).filePath(ConfigName);
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

QString SetupSources::userConfigPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(ConfigName);
}

Error SetupSources::readConfig(const QString &path, bool system, Layer *layer)
{
    ConfigFile config;
    if (Error e = config.read(path))
        return e;
    layer->name = path;
    for (const auto &entry : config.settings()) {
        if (entry.first == QLatin1String("locked")) {
            if (!system)
                return {ErrorKind::BadInput, tr("%1: only the system-wide config (%2) may lock options.")
                                                 .arg(path, QStringLiteral("/etc/xdg/") + ConfigName)};
            for (const QString &name : entry.second.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString option = name.trimmed();
                if (!SetupOptions::names().contains(option))
                    return {ErrorKind::BadInput, tr("%1: \"locked\" names an unknown option \"%2\".").arg(path, option.left(60))};
                layer->locked.append(option);
            }
            continue;
        }
        layer->values.append(entry);
    }
    for (const QString &line : config.headerLines())
        layer->values.append({QStringLiteral("header"), line});
    return {};
}

Error SetupSources::resolve(SetupOptions *options) const
{
    // Which layer has the last word on each option, and on each header name.
    QHash<QString, int> winner;
    QHash<QString, int> headerWinner;
    QHash<QString, QString> lockedBy;
    for (int i = 0; i < m_layers.size(); ++i) {
        const Layer &layer = m_layers.at(i);
        for (const auto &value : layer.values) {
            if (lockedBy.contains(value.first))
                return {ErrorKind::BadInput, tr("\"%1\" is locked by your administrator in %2; %3 cannot change it.")
                                                 .arg(value.first, lockedBy.value(value.first), layer.name)};
            if (value.first == QLatin1String("header"))
                headerWinner.insert(headerName(value.second), i);
            else
                winner.insert(value.first, i);
        }
        for (const QString &option : layer.locked)
            lockedBy.insert(option, layer.name);
    }
    for (int i = 0; i < m_layers.size(); ++i) {
        const Layer &layer = m_layers.at(i);
        for (const auto &value : layer.values) {
            const bool wins = value.first == QLatin1String("header") ? headerWinner.value(headerName(value.second)) == i
                                                                     : winner.value(value.first) == i;
            if (!wins)
                continue;
            if (Error e = options->apply(value.first, value.second)) {
                if (layer.name.isEmpty())
                    return e;
                return {e.kind(), tr("%1 (in %2)").arg(e.message(), layer.name)};
            }
        }
    }
    for (auto it = lockedBy.cbegin(); it != lockedBy.cend(); ++it)
        options->locked.insert(it.key());
    return {};
}

} // namespace onboard
