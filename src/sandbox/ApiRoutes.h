#pragma once

#include "HttpConnection.h"
#include "OAuthTokenCodec.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "TokenCodec.h"

#include <optional>

namespace onboard::sandbox {

// The API calls trello-onboard makes, answered as Trello answers them: GET /1/members/me,
// GET /1/tokens/{token}, DELETE /1/tokens/{token}/. The key and token come as query parameters
// or in the `Authorization: OAuth oauth_consumer_key="…", oauth_token="…"` header; refusals are
// Trello's plain-text 401 phrases. An OAuth 2.0 access token comes as `Authorization: Bearer …`
// and is good for GET /1/members/me only (with read:member:trello); the token routes are about
// Trello Auth tokens.
class ApiRoutes
{
public:
    ApiRoutes(SandboxServer &server, SandboxState &state);

    // The answer for `request`, or nullopt when it is not an API route.
    std::optional<HttpResponse> answer(const HttpRequest &request);

private:
    struct Caller
    {
        QString token;
        int memberIndex = 0;
        TokenClaims claims;                     // a Trello Auth token
        std::optional<OAuthAccessClaims> bearer; // an OAuth 2.0 access token
    };
    std::optional<HttpResponse> authenticate(const HttpRequest &request, Caller *caller) const;
    std::optional<HttpResponse> authenticateBearer(const HttpRequest &request, Caller *caller) const;
    HttpResponse memberMe(const Caller &caller) const;
    HttpResponse tokenInfo(const Caller &caller) const;
    HttpResponse revoke(const Caller &caller);

    SandboxServer &m_server;
    SandboxState &m_state;
};

} // namespace onboard::sandbox
