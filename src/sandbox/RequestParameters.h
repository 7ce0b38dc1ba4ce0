#pragma once

#include "HttpRequest.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace onboard::sandbox {

// The name=value parameters of a request (OAuth 2.0's, a webhook's), from wherever the endpoint takes them: the
// query, an application/x-www-form-urlencoded body (HTML forms, RFC 6749's token requests) or a
// JSON object of strings (what Atlassian's token endpoint documents). A repeated name keeps its
// first value and is listed in repeated(): RFC 6749 (3.1) forbids repeats, and each endpoint
// decides how to refuse them.
class RequestParameters
{
public:
    // What a JSON body's boolean is: refused (OAuth 2.0's parameters are strings), or read as
    // "true"/"false" (Trello's webhook fields, such as `active`).
    enum class JsonBooleans { Refused, AsText };

    static RequestParameters fromQuery(const HttpRequest &request);
    // The body as its Content-Type says; nullopt when it is neither form nor JSON or cannot be read
    // (*problem says why, in words fit for an error_description).
    static std::optional<RequestParameters> fromBody(const HttpRequest &request, QString *problem,
                                                     JsonBooleans booleans = JsonBooleans::Refused);

    QString value(const QString &name) const { return m_values.value(name); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    const QStringList &repeated() const { return m_repeated; }

private:
    void add(const QString &name, const QString &value);
    static RequestParameters fromForm(const QByteArray &form);

    QHash<QString, QString> m_values;
    QStringList m_repeated;
};

} // namespace onboard::sandbox
