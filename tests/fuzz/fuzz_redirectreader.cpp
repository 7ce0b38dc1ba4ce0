// RedirectReader::read on arbitrary navigations: as a whole URL, and as a fragment on the real
// return URL. Whatever it takes as a token is a well-formed token on the exact return URL.
#include "FuzzCheck.h"

#include "trello/CredentialFormat.h"
#include "trello/RedirectReader.h"
#include "trello/UrlPolicy.h"

using onboard::RedirectReader;

namespace {
const QUrl &returnUrl()
{
    static const QUrl url(QStringLiteral("http://localhost:17645/trello-onboard/callback"));
    return url;
}

void checkAnswer(const RedirectReader &reader, const QUrl &navigation)
{
    const RedirectReader::Answer answer = reader.read(navigation);
    switch (answer.outcome) {
    case RedirectReader::Outcome::NotTheAnswer:
        FUZZ_CHECK(answer.token.isEmpty());
        return;
    case RedirectReader::Outcome::Token:
        FUZZ_CHECK(reader.isReturnUrl(navigation));
        FUZZ_CHECK(!onboard::CredentialFormat::checkToken(answer.token));
        FUZZ_CHECK(navigation.userInfo().isEmpty());
        FUZZ_CHECK(onboard::UrlPolicy::sameOrigin(navigation, returnUrl()));
        FUZZ_CHECK(navigation.path(QUrl::FullyEncoded) == returnUrl().path(QUrl::FullyEncoded));
        FUZZ_CHECK(navigation.fragment(QUrl::FullyEncoded).size() <= RedirectReader::MaxFragmentLength);
        return;
    case RedirectReader::Outcome::Denied:
    case RedirectReader::Outcome::Malformed:
        FUZZ_CHECK(reader.isReturnUrl(navigation));
        FUZZ_CHECK(answer.token.isEmpty());
        // Trello's message is shown to a person: one line, bounded.
        FUZZ_CHECK(!fuzz::hasControlCharacter(answer.message));
        FUZZ_CHECK(!answer.message.contains(QChar(0x2028)) && !answer.message.contains(QChar(0x2029)));
        FUZZ_CHECK(answer.message.size() <= 201 || answer.outcome == RedirectReader::Outcome::Malformed);
        return;
    }
    FUZZ_CHECK(false);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    const RedirectReader reader(returnUrl());

    // The input as a whole navigation, parsed as a browser-ish tolerant URL and strictly.
    checkAnswer(reader, QUrl(input, QUrl::TolerantMode));
    checkAnswer(reader, QUrl(input, QUrl::StrictMode));

    // The input as what follows '#' on the real return URL.
    QUrl onReturnUrl = returnUrl();
    onReturnUrl.setFragment(input, QUrl::TolerantMode);
    checkAnswer(reader, onReturnUrl);
    QUrl asText(returnUrl().toString() + QLatin1Char('#') + input, QUrl::TolerantMode);
    checkAnswer(reader, asText);
    return 0;
}
