#include "trello/ApiEndpoint.h"

#include "common/ShownText.h"
#include "trello/UrlPolicy.h"

namespace onboard {

Error ApiEndpoint::validate() const
{
    if (Error e = checkApiHost(apiHost))
        return e;
    for (const CustomHeader &header : headers) {
        if (Error e = CustomHeader::check(QString::fromLatin1(header.name()), QString::fromLatin1(header.value())))
            return e;
    }
    return {};
}

Error ApiEndpoint::checkApiHost(const QUrl &apiHost)
{
    if (Error e = UrlPolicy::check(apiHost, tr("API host")))
        return e;
    if (apiHost.hasQuery() || apiHost.hasFragment())
        return {ErrorKind::BadInput, tr("The API host must not contain \"?\" or \"#\"; give just the root, such as https://api.trello.com/1.")};
    return {};
}

QString ApiEndpoint::credentialsInName(CredentialsIn where)
{
    return where == CredentialsIn::Header ? QStringLiteral("header") : QStringLiteral("query");
}

Error ApiEndpoint::parseCredentialsIn(const QString &text, CredentialsIn *where)
{
    if (text == QLatin1String("query")) {
        *where = CredentialsIn::Query;
        return {};
    }
    if (text == QLatin1String("header")) {
        *where = CredentialsIn::Header;
        return {};
    }
    // Echo what was given, but on one line and short.
    const QString shown = ShownText::oneLine(text, 40);
    return {ErrorKind::BadInput, tr("--credentials-in takes \"query\" or \"header\", not \"%1\".").arg(shown)};
}

} // namespace onboard
