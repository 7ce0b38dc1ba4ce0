#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace onboard {

// Which URLs the program will talk to or accept: https anywhere, plain http only to this machine,
// never a URL with user info (the classic "http://trusted@evil/" look-alike).
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    // Parses and checks a URL given by a person or a config file. `what` names it in the message
    // ("API host", "return URL"…). On success `url` holds the parsed URL.
    static Error parse(const QString &text, const QString &what, QUrl *url);
    static Error check(const QUrl &url, const QString &what);

    static bool isLoopback(const QUrl &url);
    // Plain http to localhost, 127.0.0.1 or [::1] with its port written out: an address the
    // loopback receiver of sign-in in the browser can listen at.
    static bool isListenableLoopback(const QUrl &url);
    // Scheme, host and port (with the scheme's default port filled in) are equal.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // "scheme://host[:port]" as Trello's allowed-origins list wants it.
    static QString origin(const QUrl &url);

    // `base` with `items` added to its query. Items of `base` named in `replaced` are dropped;
    // the others are kept as they were written. Every added value is percent-encoded byte by byte
    // (UTF-8), except the RFC 3986 unreserved characters and ":/?@," (which mean nothing special
    // inside a query value and keep the URL readable). QUrlQuery would leave "%XX" sequences and
    // "+" in a value as they are, so a value with "%20" or "+" in it would come out of the
    // server's decoding as something else ("+" is a space in a form-encoded query).
    static QUrl withQuery(const QUrl &base, const QStringList &replaced, const QList<QPair<QString, QString>> &items);
};

} // namespace onboard
