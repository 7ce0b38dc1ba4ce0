#include "setup/ConfigFile.h"

#include "common/SafeFile.h"
#include "setup/SetupOptions.h"

#include <QStringDecoder>

namespace onboard {

const QStringList &ConfigFile::knownKeys()
{
    // The setup options' own table, so that an option added there is a config key at once (the
    // OAuth 2.0 ones and expiry-warnings were once missing from a list kept here). Headers have
    // their [headers] section instead of a key.
    static const QStringList keys = [] {
        QStringList list = SetupOptions::names();
        list.removeAll(QStringLiteral("header"));
        list.append(QStringLiteral("locked"));
        return list;
    }();
    return keys;
}

Error ConfigFile::read(const QString &path)
{
    if (path.isEmpty())
        return {ErrorKind::BadInput, tr("No config file was named.")};
    QByteArray text;
    bool exists = false;
    // A config that cannot be read is a bad config (exit 64), whatever the reason.
    if (Error e = SafeFile(path, tr("The config file")).read(MaxFileBytes, &text, &exists))
        return {ErrorKind::BadInput, e.message()};
    if (!exists)
        return {ErrorKind::BadInput, tr("The config file %1 does not exist.").arg(path)};
    return parse(text, path);
}

Error ConfigFile::parse(const QByteArray &bytes, const QString &shownName)
{
    m_settings.clear();
    m_headerLines.clear();
    // The line of the first byte that is wrong, for the message.
    const auto lineOfByte = [&bytes](qsizetype index) { return QString::number(bytes.left(index).count('\n') + 1); };
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return {ErrorKind::BadInput, tr("%1, line %2: the config file contains binary data.").arg(shownName, lineOfByte(nul))};
    QString text;
    for (qsizetype start = 0; start <= bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless);
        // The byte-order mark is allowed at the very start of the file only.
        if (start == 0 && bytes.startsWith("\xEF\xBB\xBF"))
            start = 3;
        text += decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return {ErrorKind::BadInput, tr("%1, line %2: the config file is not UTF-8 text.").arg(shownName, lineOfByte(start))};
        if (end < bytes.size())
            text += QLatin1Char('\n');
        start = end + 1;
    }

    enum class Section { Top, Headers } section = Section::Top;
    int lineNumber = 0;
    for (QString line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;
        const auto where = [&] { return tr("%1, line %2").arg(shownName, QString::number(lineNumber)); };
        // A carriage return inside a line (old Mac line ends, or a pasted value) or another
        // control character would end up inside a value: an app name, a path, a header.
        for (QChar c : line) {
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
                return {ErrorKind::BadInput, tr("%1: the line contains a control character (a stray carriage return?); only tabs are allowed.").arg(where())};
        }
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (trimmed == QLatin1String("[headers]"))
                section = Section::Headers;
            else if (trimmed == QLatin1String("[General]") || trimmed == QLatin1String("[trello-onboard]"))
                section = Section::Top;
            else
                return {ErrorKind::BadInput, tr("%1: unknown section %2; the known ones are [trello-onboard] and [headers].").arg(where(), trimmed.left(60))};
            continue;
        }
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return {ErrorKind::BadInput, tr("%1: expected \"key = value\".").arg(where())};
        const QString key = trimmed.left(equals).trimmed();
        const QString value = trimmed.mid(equals + 1).trimmed();
        if (section == Section::Headers) {
            m_headerLines.append(key + QLatin1String(": ") + value);
            continue;
        }
        if (!knownKeys().contains(key))
            return {ErrorKind::BadInput, tr("%1: unknown key \"%2\"; known keys: %3.").arg(where(), key.left(60), knownKeys().join(QStringLiteral(", ")))};
        if (contains(key))
            return {ErrorKind::BadInput, tr("%1: \"%2\" is set twice.").arg(where(), key)};
        m_settings.append({key, value});
    }
    return {};
}

QString ConfigFile::value(const QString &key) const
{
    for (const auto &entry : m_settings) {
        if (entry.first == key)
            return entry.second;
    }
    return {};
}

bool ConfigFile::contains(const QString &key) const
{
    for (const auto &entry : m_settings) {
        if (entry.first == key)
            return true;
    }
    return false;
}

} // namespace onboard
