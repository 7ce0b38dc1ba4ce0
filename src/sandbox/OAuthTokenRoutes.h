#pragma once

#include "HttpConnection.h"
#include "RequestParameters.h"
#include "SandboxState.h"

#include <optional>

namespace onboard::sandbox {

// The sandbox's OAuth 2.0 token endpoint, POST /oauth/token, as Atlassian's: the body is JSON or
// form-encoded; grant_type authorization_code exchanges a code (single-use, ten minutes, bound to
// its client, its exact redirect URI and its PKCE challenge) for an access token and, with
// offline_access, a refresh token; grant_type refresh_token rotates them (OAuthGrants). Answers
// are RFC 6749's JSON: 200 with the tokens, or 400 with error and error_description.
class OAuthTokenRoutes
{
public:
    explicit OAuthTokenRoutes(SandboxState &state);

    // The answer for `request`, or nullopt when it is not the token endpoint.
    std::optional<HttpResponse> answer(const HttpRequest &request);

private:
    HttpResponse exchangeCode(const RequestParameters &parameters);
    HttpResponse refresh(const RequestParameters &parameters);

    SandboxState &m_state;
};

} // namespace onboard::sandbox
