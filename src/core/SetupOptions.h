#pragma once

#include "ApiEndpoint.h"
#include "AuthorizeRequest.h"
#include "Error.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace onboard {

// Everything the setup options of PRODUCT.md say, after the config files and the command line
// were read and checked. `given` names the options that were set (by a config file or the
// command line), so the wizard can skip pages whose questions are answered.
struct SetupOptions
{
    Q_DECLARE_TR_FUNCTIONS(SetupOptions)

public:
    AuthorizeRequest request; // key, app name, scopes, expiration, authorize URL, return URL
    ApiEndpoint endpoint;     // API host, headers, credentials placement, CA file
    QSet<QString> given;      // option names without "--": "key", "scope", "header", …
    QSet<QString> locked;     // options the system-wide config locks: shown, not editable

    bool isGiven(const QString &option) const { return given.contains(option); }
    bool isLocked(const QString &option) const { return locked.contains(option); }

    // Applies one option ("scope", "read,write"). Headers accumulate; the rest replace.
    Error apply(const QString &option, const QString &value);
    // The option names apply() takes.
    static const QStringList &names();
};

} // namespace onboard
