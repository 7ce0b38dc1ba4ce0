#pragma once

#include "trello/RedirectReader.h"

#include <QWebEngineUrlRequestInterceptor>

namespace onboard {

// A second net under ConsentWebPage: any request for the return URL (a sub-resource, a form post,
// a navigation the page did not announce) or for a scheme other than http(s), data and blob is
// blocked before it leaves the web engine.
class ReturnUrlGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit ReturnUrlGuard(const QUrl &returnUrl, QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    RedirectReader m_reader;
};

} // namespace onboard
