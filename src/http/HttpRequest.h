#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace onboard {

// A request as read off the wire (HttpRequestParser).
struct HttpRequest
{
    QByteArray method;
    QString path; // decoded path, e.g. "/1/members/me"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // in arrival order, names as sent
    QByteArray body;

    // Case-insensitive; empty when absent. headerCount() tells an empty header from none.
    QByteArray header(const QByteArray &name) const;
    int headerCount(const QByteArray &name) const;
};

} // namespace onboard
