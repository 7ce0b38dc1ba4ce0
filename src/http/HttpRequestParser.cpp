#include "HttpRequestParser.h"

#include <QUrl>

namespace onboard {

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 "tchar"
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Offset just past the blank line that ends the header block, or -1 when it has not arrived.
// Bare LF line ends are tolerated, as most servers do.
qsizetype headerBlockEnd(const QByteArray &buffer)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype lf = buffer.indexOf('\n', from);
        if (lf < 0)
            return -1;
        const qsizetype next = lf + 1;
        if (next < buffer.size() && buffer.at(next) == '\n')
            return next + 1;
        if (next + 1 < buffer.size() && buffer.at(next) == '\r' && buffer.at(next + 1) == '\n')
            return next + 2;
        from = next;
    }
}

bool parseRequestLine(const QByteArray &line, HttpRequest *request, bool *http10)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)))
        return false;
    const QByteArray &target = parts.at(1);
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return false;
    if (!target.startsWith('/'))
        return false;
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    }
    request->method = parts.at(0);
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    QByteArray rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    const qsizetype hash = rawQuery.indexOf('#');
    if (hash >= 0)
        rawQuery.truncate(hash);
    request->path = QUrl::fromPercentEncoding(rawPath);
    // Trello (Express) reads '+' in a query as a space, as browsers send form fields.
    rawQuery.replace('+', "%20");
    request->query = QUrlQuery(QString::fromLatin1(rawQuery));
    *http10 = version == "HTTP/1.0";
    return true;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::take(QByteArray &buffer, ParsedRequest *out, const Limits &limits)
{
    // Empty lines before a request line are ignored (RFC 9112, 2.2).
    qsizetype start = 0;
    while (start < buffer.size() && (buffer.at(start) == '\r' || buffer.at(start) == '\n'))
        ++start;
    if (start > 0)
        buffer.remove(0, start);

    const qsizetype end = headerBlockEnd(buffer);
    if (end < 0)
        return buffer.size() > limits.maxHeaderBytes ? Result::HeadersTooLarge : Result::NeedMore;
    if (end > limits.maxHeaderBytes)
        return Result::HeadersTooLarge;

    QList<QByteArray> lines = buffer.left(end).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Result::BadRequest;

    ParsedRequest parsed;
    bool http10 = false;
    if (!parseRequestLine(lines.takeFirst(), &parsed.request, &http10))
        return Result::BadRequest;

    qint64 contentLength = 0;
    bool sawContentLength = false;
    QByteArray connection;
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Result::BadRequest;
        const QByteArray name = line.left(colon);
        if (!isToken(name)) // also refuses whitespace before the colon (RFC 9112, 5.1)
            return Result::BadRequest;
        const QByteArray value = line.mid(colon + 1).trimmed();
        parsed.request.headers.append({name, value});
        const QByteArray lower = name.toLower();
        if (lower == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || value.startsWith('+') || (sawContentLength && length != contentLength))
                return Result::BadRequest;
            contentLength = length;
            sawContentLength = true;
        } else if (lower == "transfer-encoding") {
            return Result::NotImplemented;
        } else if (lower == "connection") {
            connection = value.toLower();
        }
    }
    if (contentLength > limits.maxBodyBytes)
        return Result::BodyTooLarge;
    if (buffer.size() - end < contentLength)
        return Result::NeedMore;

    parsed.request.body = buffer.mid(end, contentLength);
    buffer.remove(0, end + contentLength);
    parsed.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    *out = std::move(parsed);
    return Result::Ready;
}

} // namespace onboard
