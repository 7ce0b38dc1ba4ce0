#pragma once

#include <QString>
#include <QUrl>

namespace onboard {

// Takes the token out of anything that may be shown or logged. Used at the source: whoever turns
// a URL or a server's text into a message passes it through here first.
class Redaction
{
public:
    static QString mask() { return QStringLiteral("***"); }
    // The URL as text with the `token` query item and any path segment equal to `token` (as in
    // /1/tokens/{token}) shown as ***; user info is dropped.
    static QString url(const QUrl &url, const QString &token = {});
    // `text` with every occurrence of `token` (case-insensitive: hex) replaced by ***.
    static QString text(QString text, const QString &token);
};

} // namespace onboard
