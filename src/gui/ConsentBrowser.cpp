#include "ConsentBrowser.h"

#include "ConsentWebPage.h"
#include "common/Logging.h"
#include "ReturnUrlGuard.h"

#include <QLayout>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace onboard {

ConsentBrowser::ConsentBrowser(QWidget *container, QObject *parent)
    : QObject(parent)
    , m_container(container)
{
}

ConsentBrowser::~ConsentBrowser()
{
    close();
}

void ConsentBrowser::createProfile()
{
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
}

void ConsentBrowser::warmUp()
{
    if (m_profile)
        return;
    createProfile();
    m_warmPage = new QWebEnginePage(m_profile, this);
    m_warmPage->setUrl(QUrl(QStringLiteral("about:blank")));
    qCDebug(lcGui) << "web engine started ahead of the consent page";
}

void ConsentBrowser::open(const QUrl &consentUrl, const QUrl &returnUrl)
{
    openPage(consentUrl, returnUrl, std::nullopt);
}

void ConsentBrowser::openOAuth(const QUrl &consentUrl, const QUrl &redirectUri, const OAuthAttempt &attempt)
{
    openPage(consentUrl, redirectUri, attempt);
}

void ConsentBrowser::openPage(const QUrl &consentUrl, const QUrl &returnUrl, const std::optional<OAuthAttempt> &attempt)
{
    // A profile warmed up and never used is taken over; any other is replaced by a fresh one.
    const bool warm = m_warmPage && !m_page;
    QPointer<QWebEnginePage> warmPage = m_warmPage;
    m_warmPage.clear();
    if (!warm) {
        delete warmPage.data();
        close();
        createProfile();
    }
    m_certificateProblem.clear();
    m_guard = new ReturnUrlGuard(returnUrl, this);
    m_profile->setUrlRequestInterceptor(m_guard);
    m_page = new ConsentWebPage(m_profile, returnUrl, this);
    m_oauth = attempt.has_value();
    if (attempt)
        m_page->setOAuth(*attempt);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    m_view = new QWebEngineView(m_container);
    m_view->setAccessibleName(tr("Trello's consent page"));
    m_view->setObjectName(QStringLiteral("consentWebView"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    if (m_container->layout())
        m_container->layout()->addWidget(m_view);
    m_view->show();

    connect(m_page, &QWebEnginePage::urlChanged, this, &ConsentBrowser::urlChanged);
    connect(m_page, &QWebEnginePage::loadStarted, this, &ConsentBrowser::loadStarted);
    connect(m_page, &QWebEnginePage::loadProgress, this, &ConsentBrowser::loadProgress);
    connect(m_page, &QWebEnginePage::loadFinished, this, &ConsentBrowser::onLoadFinished);
    // A renderer that crashed or was killed (out of memory, a sandbox the system refuses) leaves
    // a blank view: say so, so that the person can take the browser path instead.
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int) {
                if (status == QWebEnginePage::NormalTerminationStatus || !m_page || m_page->answered())
                    return;
                Q_EMIT loadFailed(tr("The embedded browser that shows the consent page stopped."));
            }, Qt::QueuedConnection);
    connect(m_page, &ConsentWebPage::certificateRejected, this,
            [this](const QString &description) { m_certificateProblem = description; });
    // Queued: the page must not be destroyed from inside its own navigation callback.
    connect(m_page, &ConsentWebPage::tokenReceived, this, &ConsentBrowser::tokenReceived, Qt::QueuedConnection);
    connect(m_page, &ConsentWebPage::codeReceived, this, &ConsentBrowser::codeReceived, Qt::QueuedConnection);
    connect(m_page, &ConsentWebPage::denied, this, &ConsentBrowser::denied, Qt::QueuedConnection);
    connect(m_page, &ConsentWebPage::malformedAnswer, this, &ConsentBrowser::malformedAnswer, Qt::QueuedConnection);
    m_page->load(consentUrl);
    delete warmPage.data(); // after the consent page exists, so the engine never idles down
}

void ConsentBrowser::reload()
{
    if (m_page)
        m_page->triggerAction(QWebEnginePage::Reload);
}

void ConsentBrowser::close()
{
    // Pages before profile: a profile deleted under its page crashes or leaks the renderer.
    delete m_warmPage.data();
    delete m_page.data();
    delete m_view.data();
    delete m_profile.data();
    delete m_guard.data();
}

void ConsentBrowser::onLoadFinished(bool ok)
{
    // For tests/bench/run.sh (QT_LOGGING_RULES=trello.onboard.gui.debug=true); the page's URL is
    // not logged.
    qCDebug(lcGui) << "consent page loaded:" << ok;
    if (!m_page || m_page->answered())
        return;
    // Trello answers a return_url whose origin is not allowed with a 400 page: read it either way.
    const QString failure = !m_certificateProblem.isEmpty()
        ? tr("The connection to the consent page is not secure (%1), so it was not shown.").arg(m_certificateProblem)
        : tr("The consent page at %1 could not be loaded. Check your network connection.")
              .arg(m_page->requestedUrl().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
    QPointer<ConsentBrowser> self(this);
    m_page->runJavaScript(QStringLiteral("document.title + '\\n' + (document.body ? document.body.innerText : '')"),
                          [self, ok, failure](const QVariant &result) {
                              if (!self || !self->m_page || self->m_page->answered())
                                  return;
                              if (!self->m_oauth
                                  && result.toString().contains(QLatin1String("Invalid return_url"), Qt::CaseInsensitive))
                                  Q_EMIT self->invalidReturnUrl();
                              else if (!ok)
                                  Q_EMIT self->loadFailed(failure);
                              else
                                  Q_EMIT self->loaded();
                          });
}

} // namespace onboard
