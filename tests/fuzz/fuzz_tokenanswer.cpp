// TokenAnswer::parse on arbitrary token-endpoint answers (the first byte picks the HTTP status),
// and OAuthGrant::fromText on the same bytes as a keychain entry. A hostile endpoint gets a Network
// error, or an answer whose tokens are bounded visible ASCII and whose texts are safe to show.
#include "FuzzCheck.h"

#include "oauth/OAuthGrant.h"
#include "oauth/TokenAnswer.h"

using onboard::OAuthGrant;
using onboard::TokenAnswer;

namespace {
bool isTokenShaped(const QString &token)
{
    if (token.isEmpty() || token.size() > TokenAnswer::MaxTokenLength)
        return false;
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {200, 400, 401, 403, 500, 302};
    const int status = size > 0 ? statuses[data[0] % 6] : 200;
    const QByteArray body = size > 0 ? fuzz::bytes(data + 1, size - 1) : QByteArray();

    TokenAnswer answer;
    answer.accessToken = QStringLiteral("untouched");
    if (const onboard::Error error = TokenAnswer::parse(status, body, &answer)) {
        FUZZ_CHECK(error.kind() == onboard::ErrorKind::Network);
        FUZZ_CHECK(answer.accessToken == QLatin1String("untouched"));
    } else if (answer.isError()) {
        FUZZ_CHECK(status == 400 || status == 401 || status == 403);
        FUZZ_CHECK(answer.accessToken.isEmpty() && answer.refreshToken.isEmpty());
        FUZZ_CHECK(answer.errorCode.size() <= 100 && answer.errorDescription.size() <= 200);
        FUZZ_CHECK(!fuzz::hasControlCharacter(answer.errorCode) && !fuzz::hasControlCharacter(answer.errorDescription));
    } else {
        FUZZ_CHECK(status == 200);
        FUZZ_CHECK(isTokenShaped(answer.accessToken));
        FUZZ_CHECK(answer.refreshToken.isEmpty() || isTokenShaped(answer.refreshToken));
        FUZZ_CHECK(answer.expiresIn >= 1 && answer.expiresIn <= TokenAnswer::MaxExpiresIn);
        for (const QString &scope : answer.scopes)
            FUZZ_CHECK(!scope.isEmpty() && !scope.contains(QLatin1Char(' ')));
    }

    // The same bytes as what a keychain entry of an OAuth 2.0 account holds.
    OAuthGrant grant;
    if (!OAuthGrant::fromText(QString::fromUtf8(body), &grant)) {
        FUZZ_CHECK(isTokenShaped(grant.accessToken));
        FUZZ_CHECK(grant.refreshToken.isEmpty() || isTokenShaped(grant.refreshToken));
        FUZZ_CHECK(grant.accessExpires.isValid() && grant.accessExpires.timeSpec() == Qt::UTC);
        OAuthGrant again;
        FUZZ_CHECK(!OAuthGrant::fromText(grant.toText(), &again));
        FUZZ_CHECK(again == grant);
    }
    return 0;
}
