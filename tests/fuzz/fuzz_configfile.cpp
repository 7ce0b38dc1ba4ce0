// ConfigFile::parse on arbitrary bytes. What it accepts has only known keys, each once, and no
// value or header line that spans lines; what it refuses is one line of text naming the file.
#include "FuzzCheck.h"

#include "setup/ConfigFile.h"

#include <QSet>

using onboard::ConfigFile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    ConfigFile config;
    const onboard::Error error = config.parse(bytes, QStringLiteral("fuzz.conf"));
    if (error) {
        FUZZ_CHECK(error.kind() == onboard::ErrorKind::BadInput);
        FUZZ_CHECK(error.message().startsWith(QLatin1String("fuzz.conf")));
        FUZZ_CHECK(!error.message().contains(QLatin1Char('\n')));
        FUZZ_CHECK(!error.message().contains(QChar(0)));
        return 0;
    }
    QSet<QString> seen;
    for (const auto &entry : config.settings()) {
        FUZZ_CHECK(ConfigFile::knownKeys().contains(entry.first));
        FUZZ_CHECK(!seen.contains(entry.first));
        seen.insert(entry.first);
        FUZZ_CHECK(!entry.second.contains(QLatin1Char('\n')) && !entry.second.contains(QLatin1Char('\r')));
        FUZZ_CHECK(!entry.second.contains(QChar(0)));
        FUZZ_CHECK(config.value(entry.first) == entry.second);
    }
    for (const QString &line : config.headerLines()) {
        FUZZ_CHECK(!line.contains(QLatin1Char('\n')) && !line.contains(QLatin1Char('\r')));
        FUZZ_CHECK(!line.contains(QChar(0)));
    }
    return 0;
}
