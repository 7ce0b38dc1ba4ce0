#include "trello/RedirectReader.h"

#include "trello/CredentialFormat.h"
#include "common/ShownText.h"
#include "trello/UrlPolicy.h"

#include <QUrlQuery>

namespace onboard {

namespace {
constexpr int MaxMessageLength = 200;

} // namespace

RedirectReader::RedirectReader(QUrl returnUrl)
    : m_returnUrl(std::move(returnUrl))
{
}

bool RedirectReader::isReturnUrl(const QUrl &navigation) const
{
    if (!navigation.isValid() || !m_returnUrl.isValid())
        return false;
    // Any user info, even an empty one ("http://@host/", "http://:@host/"), is a look-alike. In the
    // encoded authority an '@' can only be the separator of user info.
    if (!navigation.userInfo().isEmpty() || navigation.authority(QUrl::FullyEncoded).contains(QLatin1Char('@')))
        return false;
    // Exact comparisons on the encoded form: "/Callback", "/callback/", "/a%2Fb" or "/%2574" are
    // other paths. (An escaped unreserved character such as "%74" for 't' never gets here as such:
    // QUrl, like Chromium, decodes it while parsing, RFC 3986 6.2.2.2, so it is the same URL.)
    return UrlPolicy::sameOrigin(navigation, m_returnUrl) && navigation.host(QUrl::FullyEncoded) == m_returnUrl.host(QUrl::FullyEncoded)
           && navigation.path(QUrl::FullyEncoded) == m_returnUrl.path(QUrl::FullyEncoded);
}

RedirectReader::Answer RedirectReader::read(const QUrl &navigation) const
{
    Answer answer;
    if (!isReturnUrl(navigation) || !navigation.hasFragment())
        return answer;

    const QString fragment = navigation.fragment(QUrl::FullyEncoded);
    answer.outcome = Outcome::Malformed;
    if (fragment.size() > MaxFragmentLength) {
        answer.message = tr("The answer from the consent page is too long to be Trello's.");
        return answer;
    }
    const QUrlQuery items(fragment);
    const QStringList tokens = items.allQueryItemValues(QStringLiteral("token"), QUrl::FullyDecoded);
    if (tokens.size() != 1) {
        answer.message = tokens.isEmpty() ? tr("The answer from the consent page carries no token.")
                                          : tr("The answer from the consent page carries more than one token.");
        return answer;
    }
    const QString token = tokens.first();
    if (token.isEmpty()) {
        answer.outcome = Outcome::Denied;
        const QString error = items.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString cleaned = ShownText::folded(error, MaxMessageLength);
        answer.message = cleaned.isEmpty() ? tr("Access was denied on the consent page.") : cleaned;
        return answer;
    }
    if (Error e = CredentialFormat::checkToken(token)) {
        answer.message = e.message();
        return answer;
    }
    answer.outcome = Outcome::Token;
    answer.token = token;
    return answer;
}

} // namespace onboard
