// Account::fromJson on arbitrary settings-file entries. An accepted account validates, and what
// the program would write back (toJson) reads back as the same account and writes out the same; a
// secret header's value is written only where the file already held it (an earlier release).
#include "FuzzCheck.h"

#include "accounts/Account.h"
#include "trello/CredentialFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using onboard::Account;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    Account account;
    const onboard::Error error = Account::fromJson(document.object(), &account);
    if (error) {
        FUZZ_CHECK(error.kind() == onboard::ErrorKind::BadInput);
        FUZZ_CHECK(account == Account()); // left untouched
        return 0;
    }
    FUZZ_CHECK(!account.validate());
    FUZZ_CHECK(!onboard::CredentialFormat::checkKey(account.apiKey));
    FUZZ_CHECK(!Account::checkMemberId(account.memberId));
    for (const onboard::CustomHeader &header : account.endpoint.headers) {
        FUZZ_CHECK(!fuzz::hasLineBreakOrNul(header.name()) && !fuzz::hasLineBreakOrNul(header.value()));
    }
    // The settings file never has a field for the token, nor a secret header's value.
    const QJsonObject written = account.toJson();
    FUZZ_CHECK(!written.contains(QLatin1String("token")));
    for (qsizetype i = 0; i < account.endpoint.headers.size(); ++i) {
        const QJsonObject header = written.value(QLatin1String("headers")).toArray().at(i).toObject();
        const onboard::CustomHeader &h = account.endpoint.headers.at(i);
        // A secret value appears only where an earlier release had written it (unmoved).
        if (h.isSecret() && !h.isValueUnmoved())
            FUZZ_CHECK(!header.contains(QLatin1String("value")));
    }

    // What is written reads back and writes out the same: the settings file is a fixed point.
    // (Not `again == account`: QUrl keeps a '#' inside a fragment raw when parsing "…##…" but
    // writes it as %23, and compares the two forms as different though they are one URL.)
    Account again;
    FUZZ_CHECK(!Account::fromJson(written, &again));
    FUZZ_CHECK(again.toJson() == written);
    FUZZ_CHECK(again.id() == account.id() && again.username == account.username && again.scopes == account.scopes
               && again.expires == account.expires && again.endpoint.headers.size() == account.endpoint.headers.size());
    // Headers read back as they were, but for a secret one's value: kept in the keychain.
    for (qsizetype i = 0; i < account.endpoint.headers.size(); ++i) {
        const onboard::CustomHeader &before = account.endpoint.headers.at(i);
        const onboard::CustomHeader &after = again.endpoint.headers.at(i);
        FUZZ_CHECK(after.name() == before.name());
        FUZZ_CHECK(after == before); // read from the file: kept, unmoved or plain, it stays so
    }
    FUZZ_CHECK(again.endpoint.apiHost.toString(QUrl::FullyEncoded) == account.endpoint.apiHost.toString(QUrl::FullyEncoded));
    return 0;
}
