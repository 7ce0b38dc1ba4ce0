#include "RedirectReader.h"

#include "CredentialFormat.h"
#include "UrlPolicy.h"

#include <QUrlQuery>

namespace onboard {

namespace {
constexpr int MaxMessageLength = 200;

// Trello's message is shown to the person: keep it short and on one line.
QString cleanMessage(QString message)
{
    for (QChar &c : message) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    message = message.simplified();
    if (message.size() > MaxMessageLength)
        message = message.left(MaxMessageLength) + QChar(0x2026);
    return message;
}
} // namespace

RedirectReader::RedirectReader(QUrl returnUrl)
    : m_returnUrl(std::move(returnUrl))
{
}

bool RedirectReader::isReturnUrl(const QUrl &navigation) const
{
    if (!navigation.isValid() || !m_returnUrl.isValid())
        return false;
    if (!navigation.userInfo().isEmpty())
        return false;
    // Exact comparisons on the encoded form: "/%74oken" or "/Callback" are other paths.
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
        answer.message = error.isEmpty() ? tr("Access was denied on the consent page.") : cleanMessage(error);
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
