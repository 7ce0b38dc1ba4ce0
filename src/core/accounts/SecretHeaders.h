#pragma once

#include "common/Error.h"
#include "trello/CustomHeader.h"

#include <QCoreApplication>
#include <QString>

namespace onboard {

// The values of an account's secret headers (CustomHeader::isSecret: Authorization, Cookie, an
// API key header…), kept in the keychain beside its token: same service, key "<accountId>#headers",
// so that the account's own item stays the bare token other programs read. The settings file names
// such a header but holds no value (docs/design.md, "Storage"). The item holds
//   {"version": 1, "headers": [{"name": "X-Api-Key", "value": "…"}]}
class SecretHeaders
{
    Q_DECLARE_TR_FUNCTIONS(SecretHeaders)

public:
    static QString keychainKey(const QString &accountId);

    // Whether any of these headers is a secret one.
    static bool any(const CustomHeaders &headers);
    // The secret headers' values as the keychain item keeps them.
    static QString encode(const CustomHeaders &headers);
    // Fills in the values of the headers kept in the keychain from the item's text; an error names
    // a header whose value is not there.
    static Error fill(CustomHeaders *headers, const QString &stored);
    // Fills in values kept in the keychain from headers of the same names already read (a
    // rotation's options from its account).
    static void fillFrom(CustomHeaders *headers, const CustomHeaders &read);
    // Whether both have the same secret headers with the same values, in any order.
    static bool sameSecrets(const CustomHeaders &a, const CustomHeaders &b);
    // The secret headers' names, for a message: "Authorization, X-Api-Key".
    static QString names(const CustomHeaders &headers);
};

} // namespace onboard
