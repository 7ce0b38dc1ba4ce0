#include "oauth/OAuthAttempt.h"

#include "common/ShownText.h"
#include "trello/RedirectReader.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace onboard {

namespace {
constexpr int MaxMessageLength = 200;

// `bytes` random bytes from the system's generator, as unpadded base64url (RFC 7636's alphabet).
QString randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

// 32 bytes: the 43-character verifier RFC 7636 recommends; 24 bytes of state.
OAuthAttempt::OAuthAttempt()
    : m_state(randomText(24))
    , m_verifier(randomText(32))
{
}

OAuthAttempt::OAuthAttempt(QString state, QString verifier)
    : m_state(std::move(state))
    , m_verifier(std::move(verifier))
{
}

QString OAuthAttempt::challengeFor(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OAuthAttempt::isRedirect(const QUrl &navigation, const QUrl &redirectUri)
{
    return RedirectReader(redirectUri).isReturnUrl(navigation);
}

OAuthAttempt::Answer OAuthAttempt::read(const QUrl &navigation, const QUrl &redirectUri) const
{
    Answer answer;
    if (!isRedirect(navigation, redirectUri))
        return answer;
    answer.outcome = Outcome::Malformed;
    const QString query = navigation.query(QUrl::FullyEncoded);
    if (query.size() > MaxQueryLength) {
        answer.message = tr("The answer from the consent page is too long to be one.");
        return answer;
    }
    const QUrlQuery items(query);
    const auto single = [&items](const QString &name, QString *value) {
        const QStringList values = items.allQueryItemValues(name, QUrl::FullyDecoded);
        if (values.size() == 1)
            *value = values.first();
        return values.size();
    };
    QString state;
    if (single(QStringLiteral("state"), &state) != 1 || state != m_state) {
        // Whatever else it says: it is not the answer to this attempt (an old tab, a forged link).
        answer.message = tr("The answer from the consent page does not belong to this sign-in; it was ignored. "
                            "Start the sign-in again.");
        return answer;
    }
    QString error;
    if (single(QStringLiteral("error"), &error) > 0) {
        QString description;
        single(QStringLiteral("error_description"), &description);
        QString shown = ShownText::folded(description.isEmpty() ? error : description, MaxMessageLength);
        if (shown.isEmpty())
            shown = tr("Access was denied on the consent page.");
        const bool denied = error == QLatin1String("access_denied");
        answer.outcome = denied ? Outcome::Denied : Outcome::Refused;
        answer.message = denied ? shown : tr("The consent page refused the sign-in: %1").arg(shown);
        return answer;
    }
    QString code;
    if (single(QStringLiteral("code"), &code) != 1 || code.isEmpty() || code.size() > 2048) {
        answer.message = tr("The answer from the consent page carries no authorization code.");
        return answer;
    }
    for (const QChar c : code) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            answer.message = tr("The authorization code in the answer from the consent page is malformed.");
            return answer;
        }
    }
    answer.outcome = Outcome::Code;
    answer.code = code;
    return answer;
}

} // namespace onboard
