#pragma once

#include "HttpConnection.h"
#include "SandboxServer.h"
#include "SandboxState.h"

#include <optional>

namespace onboard::sandbox {

// The sandbox's consent flow, as Trello's: GET /1/authorize shows the consent page; its Allow and
// Deny forms go to /1/token/approve and /1/token/deny, which answer the return URL with
// #token=… (or #token=&error=…), or show the token as text when there is no return URL. Every
// parameter is checked again at each step, as Trello does.
class ConsentRoutes
{
public:
    ConsentRoutes(SandboxServer &server, SandboxState &state);

    // The answer for `request`, or nullopt when it is not a consent route.
    std::optional<HttpResponse> answer(const HttpRequest &request);

private:
    // Parameters of /1/authorize (and of the Allow/Deny forms, which pass them on).
    struct ConsentRequest
    {
        QString key;
        QString appName;
        QStringList scopes;
        QString expiration;
        QUrl returnUrl; // empty: the manual path
        bool postMessage = false; // callback_method=postMessage: to the opener, at returnUrl's origin
    };

    HttpResponse authorizePage(const HttpRequest &request);
    HttpResponse approve(const HttpRequest &request);
    HttpResponse deny(const HttpRequest &request);
    std::optional<HttpResponse> readConsentRequest(const QUrlQuery &query, ConsentRequest *out) const;

    SandboxServer &m_server;
    SandboxState &m_state;
};

} // namespace onboard::sandbox
