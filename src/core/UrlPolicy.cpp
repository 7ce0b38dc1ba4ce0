#include "UrlPolicy.h"

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
} // namespace

Error UrlPolicy::parse(const QString &text, const QString &what, QUrl *url)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {ErrorKind::BadInput, tr("The %1 is empty.").arg(what)};
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative())
        return {ErrorKind::BadInput, tr("The %1 \"%2\" is not a URL; write it in full, for example https://api.trello.com/1.").arg(what, trimmed)};
    if (Error e = check(parsed, what))
        return e;
    *url = parsed;
    return {};
}

Error UrlPolicy::check(const QUrl &url, const QString &what)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.host().isEmpty())
        return {ErrorKind::BadInput, tr("The %1 \"%2\" has no host name.").arg(what, shown)};
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return {ErrorKind::BadInput, tr("The %1 must not contain a user name or password before the host (\"…@host\").").arg(what)};
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopback(url))
            return {};
        return {ErrorKind::BadInput, tr("The %1 \"%2\" uses plain http to another machine; use https (plain http is allowed only to this machine).").arg(what, shown)};
    }
    return {ErrorKind::BadInput, tr("The %1 \"%2\" must start with https:// (or http:// to this machine).").arg(what, shown)};
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
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::FullyEncoded);
}

} // namespace onboard
