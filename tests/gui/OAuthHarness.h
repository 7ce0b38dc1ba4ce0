#pragma once

// Shared by the OAuth 2.0 window tests: setup options that point an OAuth 2.0 account at an
// in-process sandbox, and an authorization code got from the sandbox's consent without a page (its
// Allow form answers a GET too), as a browser would be sent to the redirect URI.

#include "RawHttp.h"
#include "SandboxServer.h"
#include "oauth/OAuthAttempt.h"
#include "oauth/OAuthRequest.h"
#include "setup/SetupOptions.h"

#include <QUrl>

namespace onboard::test {

// A real (non-demo) profile's options for an OAuth 2.0 account at `sandbox`.
inline bool oauthOptionsFor(const sandbox::SandboxServer &sandbox, SetupOptions *options,
                            const QUrl &redirectUri = OAuthRequest::defaultRedirectUri())
{
    return !options->apply(QStringLiteral("client-id"), sandbox::SandboxServer::demoClientId())
           && !options->apply(QStringLiteral("oauth-authorize-url"), sandbox.oauthAuthorizeUrl().toString())
           && !options->apply(QStringLiteral("oauth-token-url"), sandbox.oauthTokenUrl().toString())
           && !options->apply(QStringLiteral("redirect-uri"), redirectUri.toString())
           && !options->apply(QStringLiteral("api-host"), sandbox.apiRoot().toString());
}

// What the sandbox's consent page sends the browser to when `button` ("allow" or "deny") is
// pressed for `consentUrl`: the redirect URI with its query (the 302's Location).
inline QUrl sandboxRedirect(const sandbox::SandboxServer &sandbox, const QUrl &consentUrl,
                            const QByteArray &button = "allow")
{
    const QByteArray port = QByteArray::number(sandbox.port());
    const QByteArray answer = rawHttpExchange(sandbox.port(), "GET /authorize/" + button + '?'
                                                                  + consentUrl.query(QUrl::FullyEncoded).toLatin1()
                                                                  + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                                                  + "\r\nConnection: close\r\n\r\n");
    for (const QByteArray &line : answer.split('\n')) {
        if (line.toLower().startsWith("location:"))
            return QUrl::fromEncoded(line.mid(9).trimmed());
    }
    return {};
}

// An authorization code for `attempt`, as if the member had pressed Allow.
inline QString sandboxCode(const sandbox::SandboxServer &sandbox, const OAuthRequest &request, const OAuthAttempt &attempt)
{
    const QUrl redirect = sandboxRedirect(sandbox, request.consentUrl(attempt.state(), attempt.codeChallenge()));
    return attempt.read(redirect, request.redirectUri).code;
}

} // namespace onboard::test
