#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>
#include <QString>
#include <QUrl>

class QProcess;

namespace onboard::test {

// Talks to Chromium's DevTools endpoint of a program under test, which only tests and the
// benchmark switch on (QTWEBENGINE_REMOTE_DEBUGGING=127.0.0.1:PORT): lists its pages and runs
// JavaScript in one, e.g. to press the consent page's Allow button from outside the process.
class DevToolsClient
{
public:
    explicit DevToolsClient(quint16 port);

    // A loopback port nobody listens on right now.
    static quint16 freePort();

    // Starts `program` with its DevTools endpoint on a free port (tests only) and presses the
    // consent page's button `buttonId` as soon as the page has loaded. `clicked` gets the last
    // DevTools answer; false when the button was not pressed within the test's bound.
    static bool startAndPressInConsentPage(QProcess *process, const QString &program, const QStringList &arguments,
                                           const QString &buttonId, QByteArray *clicked);

    QJsonArray pages() const;
    // Runs `expression` in every page whose URL contains `urlPart`; the last answer (the raw
    // DevTools reply, which holds the value), or empty when no such page answered.
    QByteArray evaluateIn(const QString &urlPart, const QString &expression) const;

private:
    QByteArray httpGet(const QByteArray &path) const;
    QByteArray evaluate(const QUrl &webSocketUrl, const QString &expression) const;

    quint16 m_port;
};

} // namespace onboard::test
