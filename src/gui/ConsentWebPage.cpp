#include "ConsentWebPage.h"

#include "common/Logging.h"

#include <QWebEngineCertificateError>

namespace onboard {

ConsentWebPage::ConsentWebPage(QWebEngineProfile *profile, const QUrl &returnUrl, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_reader(returnUrl)
    , m_returnUrl(returnUrl)
{
    connect(this, &QWebEnginePage::certificateError, this, &ConsentWebPage::onCertificateError);
}

bool ConsentWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    if (m_answered)
        return false;
    if (m_reader.isReturnUrl(url)) {
        // Never loaded, whatever it carries. Only the main frame's navigation is an answer: a
        // frame the page embeds could be anyone's.
        if (!isMainFrame) {
            qCWarning(lcGui) << "refused a frame's navigation to the return URL";
            return false;
        }
        if (m_attempt) {
            readOAuthAnswer(url);
            return false;
        }
        const RedirectReader::Answer answer = m_reader.read(url);
        switch (answer.outcome) {
        case RedirectReader::Outcome::Token:
            m_answered = true;
            Q_EMIT tokenReceived(answer.token);
            break;
        case RedirectReader::Outcome::Denied:
            m_answered = true;
            Q_EMIT denied(answer.message);
            break;
        case RedirectReader::Outcome::Malformed:
            Q_EMIT malformedAnswer(answer.message);
            break;
        case RedirectReader::Outcome::NotTheAnswer:
            break;
        }
        return false;
    }
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        if (isMainFrame)
            Q_EMIT navigationRefused(url);
        qCInfo(lcGui) << "refused a navigation with scheme" << scheme;
        return false;
    }
    return true;
}

void ConsentWebPage::readOAuthAnswer(const QUrl &url)
{
    const OAuthAttempt::Answer answer = m_attempt->read(url, m_returnUrl);
    switch (answer.outcome) {
    case OAuthAttempt::Outcome::Code:
        m_answered = true;
        Q_EMIT codeReceived(answer.code);
        break;
    case OAuthAttempt::Outcome::Denied:
        m_answered = true;
        Q_EMIT denied(answer.message);
        break;
    case OAuthAttempt::Outcome::Refused:
        m_answered = true; // the server ended this attempt: only a new one can go on
        Q_EMIT malformedAnswer(answer.message);
        break;
    case OAuthAttempt::Outcome::Malformed: // a wrong state, no code: not taken
        Q_EMIT malformedAnswer(answer.message);
        break;
    case OAuthAttempt::Outcome::NotTheAnswer:
        break;
    }
}

QWebEnginePage *ConsentWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    qCInfo(lcGui) << "the consent page asked for a new window; not opened";
    return nullptr;
}

void ConsentWebPage::onCertificateError(const QWebEngineCertificateError &error)
{
    QWebEngineCertificateError copy = error;
    copy.rejectCertificate();
    Q_EMIT certificateRejected(error.description());
}

} // namespace onboard
