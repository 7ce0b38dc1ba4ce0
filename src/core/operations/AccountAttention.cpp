#include "operations/AccountAttention.h"

namespace onboard {

AccountAttention AccountAttention::of(const Account &account, const Error &checkError, const QDateTime &now)
{
    AccountAttention attention;
    const QString rotate = QStringLiteral("trello-onboard rotate --account ") + account.username;
    if (checkError.kind() == ErrorKind::TokenRefused) {
        attention.m_reason = account.isOAuth() ? Reason::GrantEnded : Reason::Refused;
        attention.m_sentence = account.isOAuth()
                                   ? tr("The OAuth 2.0 sign-in of %1 could not be kept alive; sign in again: %2").arg(account.username, rotate)
                                   : tr("Trello refuses the token of %1; get a new one: %2").arg(account.username, rotate);
        return attention;
    }
    if (checkError)
        return attention;
    const bool shortLived = account.expiration == QLatin1String("1hour") || account.expiration == QLatin1String("1day");
    // An OAuth 2.0 account's access token renews itself; its grant is what may lapse.
    const QDateTime ends = account.isOAuth() ? account.grantLapses() : account.expires;
    if (shortLived || !ends.isValid() || now.daysTo(ends) >= WarnDays)
        return attention;
    attention.m_reason = Reason::ExpiresSoon;
    const qint64 days = qMax<qint64>(0, now.daysTo(ends));
    const QString when = days == 0 ? tr("today") : days == 1 ? tr("tomorrow") : tr("in %1 days").arg(days);
    attention.m_sentence = account.isOAuth()
                               ? tr("The OAuth 2.0 sign-in of %1 lapses %2 (%3) unless it is used; sign in again: %4")
                                     .arg(account.username, when, ends.toUTC().toString(QStringLiteral("yyyy-MM-dd")), rotate)
                               : tr("The token of %1 expires %2 (%3); get a new one: %4")
                                     .arg(account.username, when, ends.toUTC().toString(QStringLiteral("yyyy-MM-dd")), rotate);
    return attention;
}

QString AccountAttention::name() const
{
    switch (m_reason) {
    case Reason::None:
        return {};
    case Reason::ExpiresSoon:
        return QStringLiteral("expires-soon");
    case Reason::Refused:
        return QStringLiteral("refused");
    case Reason::GrantEnded:
        return QStringLiteral("grant-ended");
    }
    return {};
}

} // namespace onboard
