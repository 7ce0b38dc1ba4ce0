#pragma once

#include "trello/CustomHeader.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QUrl>

namespace onboard {

// Where API requests go and how they are dressed: the host (an egress proxy or a mock may stand
// in for Trello), extra headers, where key and token travel, and extra trusted CAs.
struct ApiEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ApiEndpoint)

public:
    enum class CredentialsIn { Query, Header };

    static QUrl defaultApiHost() { return QUrl(QStringLiteral("https://api.trello.com/1")); }

    QUrl apiHost = defaultApiHost();
    CustomHeaders headers;
    CredentialsIn credentialsIn = CredentialsIn::Query;
    QString caFile; // PEM file with extra trusted CAs; empty: the system's only

    Error validate() const;
    // An https URL (or http to this machine) with no query or fragment.
    static Error checkApiHost(const QUrl &apiHost);

    static QString credentialsInName(CredentialsIn where);
    static Error parseCredentialsIn(const QString &text, CredentialsIn *where);

    bool operator==(const ApiEndpoint &other) const
    {
        return apiHost == other.apiHost && headers == other.headers && credentialsIn == other.credentialsIn
               && caFile == other.caFile;
    }
};

} // namespace onboard
