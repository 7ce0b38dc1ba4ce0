#pragma once

#include "accounts/Account.h"
#include "common/Error.h"
#include "oauth/OAuthGrant.h"

#include <QStringList>
#include <QUrl>

namespace onboard::test {

// OAuth 2.0 accounts of the sandbox's members as setup leaves them, for tests (and the benchmark)
// that start after the consent: the record, and the grant in the real keychain service.

// The record of `member`'s account for the sandbox's demo client id, talking to `apiRoot` and
// `tokenUrl`, renewed now.
Account oauthAccount(int member, const QUrl &apiRoot, const QUrl &tokenUrl, const QStringList &scopes);

// Writes the grant under the account's id and the record into the settings file at
// `settingsPath` (by default the real one of this session).
Error storeOAuthAccount(const Account &account, const OAuthGrant &grant, const QString &settingsPath = {});

} // namespace onboard::test
