#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace onboard {

// An answer to one request, before it is written (the server writes the status line and headers).
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse html(int status, const QString &page);

    // "OK", "Not Found"…; "Status" for a code without one here.
    static QByteArray reasonPhrase(int status);
};

} // namespace onboard
