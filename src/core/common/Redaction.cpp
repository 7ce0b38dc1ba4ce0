#include "common/Redaction.h"

#include <QUrlQuery>

namespace onboard {

QString Redaction::url(const QUrl &url, const QString &token)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    if (shown.hasQuery()) {
        QUrlQuery query(shown);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &item : items) {
            if (item.first.compare(QLatin1String("token"), Qt::CaseInsensitive) == 0) {
                query.removeAllQueryItems(item.first);
                query.addQueryItem(item.first, mask());
            }
        }
        shown.setQuery(query);
    }
    QString text = shown.toString(QUrl::FullyEncoded);
    // The mask must not be percent-encoded when shown.
    text.replace(QLatin1String("%2A%2A%2A"), mask());
    return Redaction::text(text, token);
}

QString Redaction::text(QString text, const QString &token)
{
    if (!token.isEmpty())
        text.replace(token, mask(), Qt::CaseInsensitive);
    return text;
}

} // namespace onboard
