#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace onboard {

// A strict reader of trello-onboard's INI config files (--config, and the system-wide
// /etc/xdg/trello-onboard/trello-onboard.conf). Keys are the long option names:
//
//     key = 0123…            app-name = …        scope = read,write      expiration = 30days
//     api-host = https://…   authorize-url = …   return-url = …          credentials-in = header
//     ca-file = /path.pem    sign-in = browser   expiry-warnings = on    client-id = …
//     (every setup option but header is a key: SetupOptions::names())
//     locked = key, api-host        (only in the system-wide config: see SetupSources)
//     [headers]
//     X-Request-Id = abc123
//
// Unknown keys or sections, repeated keys, lines that are not "key = value", text that is not
// UTF-8 and files over 64 KiB are errors with the file and line named: a typo in a config that
// an installer ships should stop the program, not be ignored.
class ConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)

public:
    using Entries = QList<QPair<QString, QString>>;

    static const QStringList &knownKeys();

    Error read(const QString &path);
    Error parse(const QByteArray &text, const QString &shownName);

    // Top-level settings in file order, and the [headers] section as "Name: value" lines.
    const Entries &settings() const { return m_settings; }
    const QStringList &headerLines() const { return m_headerLines; }
    QString value(const QString &key) const;
    bool contains(const QString &key) const;

    static constexpr qint64 MaxFileBytes = 64 * 1024;

private:
    Entries m_settings;
    QStringList m_headerLines;
};

} // namespace onboard
