#pragma once

#include "common/Error.h"
#include "trello/ApiEndpoint.h"
#include "oauth/OAuthRequest.h"
#include "trello/AuthorizeRequest.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace onboard {

// Everything the setup options of PRODUCT.md say, after the config files and the command line
// were read and checked. `given` names the options that were set (by a config file or the
// command line), so the wizard can skip pages whose questions are answered.
//
// One table (options()) says, for each option, how its text is read into these fields and how it
// is copied from other options: apply() and overlaid() both use it, so an option added there is
// parsed, listed (names()) and laid over an account's settings alike.
struct SetupOptions
{
    Q_DECLARE_TR_FUNCTIONS(SetupOptions)

public:
    // Where the consent page is shown: the embedded web view, or the person's own browser with
    // the answer caught by a loopback receiver (PRODUCT.md, "Sign-in paths").
    enum class SignIn { Embedded, Browser };

    AuthorizeRequest request; // key, app name, scopes, expiration, authorize URL, return URL
    OAuthRequest oauth;       // an OAuth 2.0 account's client id, scopes, endpoints, redirect URI
    ApiEndpoint endpoint;     // API host, headers, credentials placement, CA file
    SignIn signIn = SignIn::Embedded;
    // "expiry-warnings = on": storing an account (the wizard's Done page, or its exit with
    // --close-when-done; import) turns the daily `check --notify` on for this user; locked, the
    // windows keep it on. Off (the default) leaves it as the person set it.
    bool expiryWarnings = false;
    QSet<QString> given;      // option names without "--": "key", "scope", "header", …
    QSet<QString> locked;     // options the system-wide config locks: shown, not editable

    bool isGiven(const QString &option) const { return given.contains(option); }
    // The account to make is an OAuth 2.0 one (a client id was given, or a rotated account has one).
    bool isOAuth() const { return !oauth.clientId.isEmpty(); }
    // --key and --client-id were not both given.
    Error checkAccountKind() const;
    bool isLocked(const QString &option) const { return locked.contains(option); }

    // Applies one option ("scope", "read,write"). Headers accumulate; the rest replace. A refused
    // value leaves the field as it was.
    Error apply(const QString &option, const QString &value);
    // These options, with each option given in `over` taking its place (given and locked merged).
    SetupOptions overlaid(const SetupOptions &over) const;
    // The option names apply() takes, in the order of --help.
    static const QStringList &names();

    struct Option
    {
        QString name;
        Error (*read)(SetupOptions &options, const QString &value);
        void (*copy)(SetupOptions &to, const SetupOptions &from);
    };
    static const QList<Option> &options();
};

} // namespace onboard
