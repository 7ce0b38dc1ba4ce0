#include "SetupOptions.h"

#include "CredentialFormat.h"
#include "Redaction.h"
#include "UrlPolicy.h"

#include <QFileInfo>

namespace onboard {

const QStringList &SetupOptions::names()
{
    static const QStringList options{QStringLiteral("key"),           QStringLiteral("app-name"),
                                     QStringLiteral("scope"),         QStringLiteral("expiration"),
                                     QStringLiteral("api-host"),      QStringLiteral("authorize-url"),
                                     QStringLiteral("return-url"),    QStringLiteral("header"),
                                     QStringLiteral("credentials-in"), QStringLiteral("ca-file")};
    return options;
}

Error SetupOptions::apply(const QString &option, const QString &value)
{
    Error error;
    if (option == QLatin1String("key")) {
        // One canonical case: the key is part of the account id, and "ABC…" and "abc…" are one key.
        const QString key = value.trimmed().toLower();
        error = CredentialFormat::checkKey(key);
        if (!error)
            request.apiKey = key;
    } else if (option == QLatin1String("app-name")) {
        error = AuthorizeRequest::checkAppName(value);
        if (!error)
            request.appName = value.trimmed();
    } else if (option == QLatin1String("scope")) {
        error = AuthorizeRequest::parseScopes(value, &request.scopes);
    } else if (option == QLatin1String("expiration")) {
        error = AuthorizeRequest::checkExpiration(value.trimmed());
        if (!error)
            request.expiration = value.trimmed();
    } else if (option == QLatin1String("api-host")) {
        // Parsed aside: a refused value leaves the one set before.
        QUrl url;
        error = UrlPolicy::parse(value, tr("API host"), &url);
        if (!error)
            error = ApiEndpoint::checkApiHost(url);
        if (!error)
            endpoint.apiHost = url;
    } else if (option == QLatin1String("authorize-url")) {
        error = UrlPolicy::parse(value, tr("authorize URL"), &request.authorizeUrl);
    } else if (option == QLatin1String("return-url")) {
        QUrl url;
        error = UrlPolicy::parse(value, tr("return URL"), &url);
        if (!error)
            error = AuthorizeRequest::checkReturnUrlFragment(url);
        if (!error)
            request.returnUrl = url;
    } else if (option == QLatin1String("header")) {
        CustomHeader header;
        error = CustomHeader::parse(value, &header);
        if (!error)
            endpoint.headers.append(header);
    } else if (option == QLatin1String("credentials-in")) {
        error = ApiEndpoint::parseCredentialsIn(value.trimmed(), &endpoint.credentialsIn);
    } else if (option == QLatin1String("ca-file")) {
        const QFileInfo file(value);
        if (!file.isFile() || !file.isReadable())
            error = {ErrorKind::BadInput, tr("The CA file %1 does not exist or cannot be read.").arg(value)};
        else
            endpoint.caFile = file.absoluteFilePath();
    } else {
        error = {ErrorKind::BadInput, tr("Unknown option --%1.").arg(option)};
    }
    if (!error) {
        given.insert(option);
        return error;
    }
    // A token pasted into the wrong option is still a password: messages that echo the value
    // show it masked.
    const QString pasted = value.trimmed();
    if (!CredentialFormat::checkToken(pasted))
        return {error.kind(), Redaction::text(error.message(), pasted)};
    return error;
}

} // namespace onboard
