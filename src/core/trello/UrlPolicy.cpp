#include "trello/UrlPolicy.h"

#include "common/ShownText.h"

#include <QHostAddress>

namespace onboard {

namespace {
int effectivePort(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return url.port(443);
    if (url.scheme() == QLatin1String("http"))
        return url.port(80);
    return url.port(-1);
}

// A URL or text as it may appear in a message: on one line and not endless.
QString shownText(const QString &text)
{
    return ShownText::oneLine(text, 120, QChar(0xFFFD));
}

// "user@", "user:password@", ":@" and even an empty "@" before the host. In the encoded authority
// an '@' can only be the separator of user info.
bool hasUserInfo(const QUrl &url)
{
    return !url.userInfo().isEmpty() || url.authority(QUrl::FullyEncoded).contains(QLatin1Char('@'));
}
} // namespace

Error UrlPolicy::parse(const QString &text, const QString &what, QUrl *url)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {ErrorKind::BadInput, tr("The %1 is empty.").arg(what)};
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative())
        return {ErrorKind::BadInput, tr("The %1 \"%2\" is not a URL; write it in full, for example https://api.trello.com/1.").arg(what, shownText(trimmed))};
    if (Error e = check(parsed, what))
        return e;
    *url = parsed;
    return {};
}

Error UrlPolicy::check(const QUrl &url, const QString &what)
{
    const QString shown = shownText(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.isValid() || url.isRelative())
        return {ErrorKind::BadInput, tr("The %1 \"%2\" is not a URL; write it in full, for example https://api.trello.com/1.").arg(what, shown)};
    // The scheme first: "javascript:…" or "file:///…" is wrong for its scheme, not for a missing host.
    const QString scheme = url.scheme();
    const bool https = scheme == QLatin1String("https");
    if (!https && scheme != QLatin1String("http"))
        return {ErrorKind::BadInput, tr("The %1 \"%2\" must start with https:// (or http:// to this machine).").arg(what, shown)};
    if (url.host().isEmpty())
        return {ErrorKind::BadInput, tr("The %1 \"%2\" has no host name.").arg(what, shown)};
    if (hasUserInfo(url))
        return {ErrorKind::BadInput, tr("The %1 must not contain a user name or password before the host (\"…@host\").").arg(what)};
    if (https || isLoopback(url))
        return {};
    return {ErrorKind::BadInput, tr("The %1 \"%2\" uses plain http to another machine; use https (plain http is allowed only to this machine).").arg(what, shown)};
}

bool UrlPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool UrlPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && effectivePort(a) == effectivePort(b);
}

QString UrlPolicy::origin(const QUrl &url)
{
    // Browsers (and Trello's allowed-origins list) write an origin without the scheme's default port.
    QUrl::FormattingOptions drop = QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment;
    if (url.port() != -1 && url.port() == effectivePort(url.adjusted(QUrl::RemovePort)))
        drop |= QUrl::RemovePort;
    return url.adjusted(drop).toString(QUrl::FullyEncoded);
}

QUrl UrlPolicy::withQuery(const QUrl &base, const QStringList &replaced, const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const QString &part : base.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString name = QUrl::fromPercentEncoding(part.section(QLatin1Char('='), 0, 0).toLatin1());
        if (!replaced.contains(name))
            parts.append(part);
    }
    for (const auto &[name, value] : items)
        parts.append(name + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral(":/?@,"))));
    QUrl url = base;
    url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

bool UrlPolicy::isListenableLoopback(const QUrl &url)
{
    const QString host = url.host();
    const bool listenedHost = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                              || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
    return url.scheme() == QLatin1String("http") && listenedHost && url.port() > 0;
}

} // namespace onboard
