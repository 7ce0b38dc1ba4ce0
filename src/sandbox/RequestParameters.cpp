#include "RequestParameters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace onboard::sandbox {

namespace {

// "application/json; charset=utf-8" -> "application/json"
QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

} // namespace

RequestParameters RequestParameters::fromQuery(const HttpRequest &request)
{
    RequestParameters parameters;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded))
        parameters.add(item.first, item.second);
    return parameters;
}

RequestParameters RequestParameters::fromForm(const QByteArray &form)
{
    // As the request parser reads a query: '+' is a space in form encoding.
    QByteArray text = form;
    text.replace('+', "%20");
    RequestParameters parameters;
    for (const auto &item : QUrlQuery(QString::fromLatin1(text)).queryItems(QUrl::FullyDecoded))
        parameters.add(item.first, item.second);
    return parameters;
}

std::optional<RequestParameters> RequestParameters::fromBody(const HttpRequest &request, QString *problem,
                                                             JsonBooleans booleans)
{
    const QByteArray type = mediaType(request.header("Content-Type"));
    if (type == "application/x-www-form-urlencoded") {
        // Form encoding is ASCII; anything else was not written by a form.
        for (char c : request.body) {
            if (quint8(c) < 0x20 || quint8(c) > 0x7e) {
                *problem = QStringLiteral("The form body is not URL-encoded text.");
                return std::nullopt;
            }
        }
        return fromForm(request.body);
    }
    if (type == "application/json") {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = QStringLiteral("The body is not a JSON object.");
            return std::nullopt;
        }
        RequestParameters parameters;
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (booleans == JsonBooleans::AsText && it.value().isBool()) {
                parameters.add(it.key(), it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false"));
                continue;
            }
            if (!it.value().isString()) {
                *problem = QStringLiteral("The parameter %1 is not a string.").arg(it.key().left(64));
                return std::nullopt;
            }
            parameters.add(it.key(), it.value().toString());
        }
        return parameters;
    }
    *problem = QStringLiteral("The body must be application/json or application/x-www-form-urlencoded.");
    return std::nullopt;
}

void RequestParameters::add(const QString &name, const QString &value)
{
    if (m_values.contains(name)) {
        if (!m_repeated.contains(name))
            m_repeated.append(name);
        return;
    }
    m_values.insert(name, value);
}

} // namespace onboard::sandbox
