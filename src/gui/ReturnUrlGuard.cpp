#include "ReturnUrlGuard.h"

#include "common/Logging.h"

namespace onboard {

ReturnUrlGuard::ReturnUrlGuard(const QUrl &returnUrl, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_reader(returnUrl)
{
}

void ReturnUrlGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    const bool allowedScheme = scheme == QLatin1String("https") || scheme == QLatin1String("http")
                               || scheme == QLatin1String("data") || scheme == QLatin1String("blob");
    if (!allowedScheme || m_reader.isReturnUrl(url)) {
        qCInfo(lcGui) << "blocked a request of the consent page (scheme" << scheme << ")";
        info.block(true);
    }
}

} // namespace onboard
