#pragma once

#include "HttpConnection.h"
#include "RequestParameters.h"
#include "SandboxState.h"

#include <optional>

namespace onboard::sandbox {

// The sandbox's OAuth 2.0 consent, as Atlassian's (authorization code with PKCE): GET /authorize
// shows the consent page; its Allow and Deny forms post to /authorize/allow and /authorize/deny
// (GET works too, for a caller without a browser), which answer 302 to the redirect URI with
// ?code=…&state=… or ?error=access_denied&…. A bad client_id or redirect URI gets a 400 page, since
// there is nowhere safe to send the browser; any other bad parameter is sent back to the redirect
// URI as ?error=invalid_request (invalid_scope for an unknown scope). Every parameter is checked
// again at each step.
class OAuthConsentRoutes
{
public:
    explicit OAuthConsentRoutes(SandboxState &state);

    // The answer for `request`, or nullopt when it is not an OAuth consent route.
    std::optional<HttpResponse> answer(const HttpRequest &request);

private:
    // Parameters of /authorize (and of the Allow/Deny forms, which pass them on).
    struct AuthorizeRequest
    {
        QString clientId;
        QString redirectUri; // as given: the code is bound to this exact string
        QString state;
        QString codeChallenge;
        quint16 scopes = 0;
    };

    HttpResponse consentPage(const AuthorizeRequest &request) const;
    HttpResponse allow(const AuthorizeRequest &request);
    HttpResponse deny(const AuthorizeRequest &request) const;
    // nullopt when the request may go on (*out filled); otherwise the refusal to answer with.
    std::optional<HttpResponse> read(const RequestParameters &parameters, AuthorizeRequest *out) const;
    bool isAllowedRedirect(const QUrl &uri, const QString &text) const;

    SandboxState &m_state;
};

} // namespace onboard::sandbox
