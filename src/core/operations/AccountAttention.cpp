#include "operations/AccountAttention.h"

namespace onboard {

AccountAttention AccountAttention::of(const Account &account, const Error &checkError, const QDateTime &now)
{
    AccountAttention attention;
    const QString rotate = QStringLiteral("trello-onboard rotate --account ") + account.username;
    const bool refused = checkError.kind() == ErrorKind::TokenRefused;
    const bool shortLived = account.expiration == QLatin1String("1hour") || account.expiration == QLatin1String("1day");
    const QDateTime ends = account.endsAt();
    const QString date = ends.toUTC().toString(QStringLiteral("yyyy-MM-dd"));

    // Past its date by the record, and Trello did not say otherwise (it refused it, or could not
    // be asked). A short token's end is no news.
    if (!account.isOAuth() && ends.isValid() && ends <= now && checkError) {
        if (shortLived)
            return attention;
        attention.m_reason = Reason::Expired;
        attention.m_sentence = tr("The token of %1 expired on %2; get a new one: %3").arg(account.username, date, rotate);
        return attention;
    }
    if (refused) {
        attention.m_reason = account.isOAuth() ? Reason::GrantEnded : Reason::Refused;
        attention.m_sentence = account.isOAuth()
                                   ? tr("The OAuth 2.0 sign-in of %1 could not be kept alive; sign in again: %2").arg(account.username, rotate)
                                   : tr("Trello refuses the token of %1; get a new one: %2").arg(account.username, rotate);
        return attention;
    }
    // Near its end by the record, whether or not Trello could be asked today.
    if (shortLived || !ends.isValid() || ends <= now || now.daysTo(ends) >= WarnDays)
        return attention;
    attention.m_reason = Reason::ExpiresSoon;
    const qint64 days = now.daysTo(ends);
    const QString when = days == 0 ? tr("today") : days == 1 ? tr("tomorrow") : tr("in %1 days").arg(days);
    attention.m_sentence = account.isOAuth()
                               ? tr("The OAuth 2.0 sign-in of %1 lapses %2 (%3) unless it is used; sign in again: %4")
                                     .arg(account.username, when, date, rotate)
                               : tr("The token of %1 expires %2 (%3); get a new one: %4").arg(account.username, when, date, rotate);
    return attention;
}

QString AccountAttention::name() const
{
    switch (m_reason) {
    case Reason::None:
        return {};
    case Reason::ExpiresSoon:
        return QStringLiteral("expires-soon");
    case Reason::Expired:
        return QStringLiteral("expired");
    case Reason::Refused:
        return QStringLiteral("refused");
    case Reason::GrantEnded:
        return QStringLiteral("grant-ended");
    }
    return {};
}

} // namespace onboard
