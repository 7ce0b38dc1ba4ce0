#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace onboard {

// The one page the loopback receiver serves (LoopbackReceiver::pageUrl). A button opens Trello's
// consent page in a window of its own (a window opened by a click gets past pop-up blockers); the
// page takes only a message from that window and from the consent page's origin, and POSTs it,
// with the attempt's state, to the receiver. It then tells the person to return to the program.
// No external resources; its Content-Security-Policy allows its own inline script and style (by
// a fresh nonce) and requests to its own origin, nothing else.
class RelayPage
{
    Q_DECLARE_TR_FUNCTIONS(RelayPage)

public:
    RelayPage(QUrl consentUrl, QByteArray state, QString answerPath);

    QByteArray html() const;
    QByteArray contentSecurityPolicy() const;

private:
    QUrl m_consentUrl;
    QByteArray m_state;
    QString m_answerPath;
    QByteArray m_nonce;
};

} // namespace onboard
