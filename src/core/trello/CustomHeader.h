#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace onboard {

// One extra HTTP header merged into every API request ("X-Request-Id: abc123"), checked so that
// it cannot split a request or smuggle another header in.
class CustomHeader
{
    Q_DECLARE_TR_FUNCTIONS(CustomHeader)

public:
    CustomHeader() = default;
    CustomHeader(QByteArray name, QByteArray value);

    // Parses "Name: value" as given to --header or written in a config file.
    static Error parse(const QString &line, CustomHeader *header);
    // Name: an RFC 9110 token. Value: visible ASCII, spaces and tabs; no CR, LF or NUL.
    static Error check(const QString &name, const QString &value);

    const QByteArray &name() const { return m_name; }
    const QByteArray &value() const { return m_value; }
    QString toLine() const;

    bool operator==(const CustomHeader &other) const { return m_name == other.m_name && m_value == other.m_value; }

private:
    QByteArray m_name;
    QByteArray m_value;
};

using CustomHeaders = QList<CustomHeader>;

} // namespace onboard
