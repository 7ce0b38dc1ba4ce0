#pragma once

#include "HttpConnection.h"
#include "OAuthTokenCodec.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "TokenCodec.h"

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace onboard::sandbox {

// The API calls trello-onboard makes, answered as Trello answers them: GET /1/members/me,
// GET /1/tokens/{token}, DELETE /1/tokens/{token}/, and the webhooks (docs/design.md, "Webhooks
// and rotation"): GET|POST /1/tokens/{token}/webhooks, POST /1/webhooks, GET|DELETE
// /1/webhooks/{id}. The key and token come as query parameters or in the `Authorization: OAuth
// oauth_consumer_key="…", oauth_token="…"` header; refusals are Trello's plain-text 401 phrases.
// An OAuth 2.0 access token comes as `Authorization: Bearer …` and is good for GET /1/members/me
// only (with read:member:trello); the token and webhook routes are about Trello Auth tokens.
class ApiRoutes
{
public:
    using Respond = std::function<void(const HttpResponse &)>;

    ApiRoutes(SandboxServer &server, SandboxState &state);
    ~ApiRoutes();

    // Answers `request` through `respond`: at once, or later for the creation of a webhook, which
    // first checks its callback URL with a HEAD request. False when it is not an API route
    // (`respond` is then not called).
    bool answer(const HttpRequest &request, const Respond &respond);

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
    HttpResponse listWebhooks(const Caller &caller) const;
    void createWebhook(const Caller &caller, const HttpRequest &request, bool viaToken, const Respond &respond);
    HttpResponse webhook(const Caller &caller, const QString &id, bool remove);

    SandboxServer &m_server;
    SandboxState &m_state;
    // For the HEAD requests to callback URLs; its replies go with it.
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace onboard::sandbox
