// UrlPolicy::parse on arbitrary text. An accepted URL is http(s) with a host and no user info,
// plain http only to this machine, and passes check() again after a round trip through text.
#include "FuzzCheck.h"

#include "trello/UrlPolicy.h"

using onboard::UrlPolicy;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    QUrl url;
    const onboard::Error error = UrlPolicy::parse(text, QStringLiteral("API host"), &url);
    if (error) {
        FUZZ_CHECK(error.kind() == onboard::ErrorKind::BadInput);
        FUZZ_CHECK(!error.message().contains(QLatin1Char('\n')) && !error.message().contains(QLatin1Char('\r')));
        FUZZ_CHECK(url.isEmpty());
        return 0;
    }
    FUZZ_CHECK(url.isValid() && !url.isRelative());
    const QString scheme = url.scheme();
    FUZZ_CHECK(scheme == QLatin1String("https") || scheme == QLatin1String("http"));
    FUZZ_CHECK(!url.host().isEmpty());
    FUZZ_CHECK(url.userInfo().isEmpty() && url.userName().isEmpty() && url.password().isEmpty());
    FUZZ_CHECK(!url.authority(QUrl::FullyEncoded).contains(QLatin1Char('@')));
    FUZZ_CHECK(scheme == QLatin1String("https") || UrlPolicy::isLoopback(url));
    FUZZ_CHECK(!UrlPolicy::check(url, QStringLiteral("API host")));
    FUZZ_CHECK(UrlPolicy::sameOrigin(url, url));

    // What the program writes to the settings file and reads back is accepted again, same origin.
    QUrl again;
    FUZZ_CHECK(!UrlPolicy::parse(url.toString(QUrl::FullyEncoded), QStringLiteral("API host"), &again));
    FUZZ_CHECK(UrlPolicy::sameOrigin(url, again));
    FUZZ_CHECK(!UrlPolicy::origin(url).contains(QLatin1Char('@')));
    return 0;
}
