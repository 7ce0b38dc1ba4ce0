#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace onboard::test {

// Upper bound for any single wait in a test: nothing waits forever.
constexpr int WaitMs = 15000;

// Every file below `folder` whose bytes contain `needle` (a token, say); empty when none does.
QStringList filesContaining(const QString &folder, const QByteArray &needle);

// The folder session.sh made for this test (HOME, XDG folders and TMPDIR live below it).
QString sessionRoot();

} // namespace onboard::test
