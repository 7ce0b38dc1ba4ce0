#pragma once

#include "HttpRequest.h"

#include <QByteArray>

namespace onboard {

// A request, plus what the connection needs to know about it.
struct ParsedRequest
{
    HttpRequest request;
    bool keepAlive = true;
};

// Takes complete HTTP/1.x requests off the front of a connection's receive buffer. Data may arrive
// in any number of pieces; the parser only consumes bytes once a whole request is there. Strict
// where a lenient reading could be abused: one Content-Length, no Transfer-Encoding, token
// characters in methods and header names, no control characters in the target.
class HttpRequestParser
{
public:
    struct Limits
    {
        int maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 4 * 1024 * 1024;
    };

    enum class Result {
        NeedMore,        // the request is not complete yet
        Ready,           // one request was taken off the buffer
        BadRequest,      // 400: malformed request line, header or Content-Length
        HeadersTooLarge, // 431: the header block exceeds maxHeaderBytes
        BodyTooLarge,    // 413: the announced body exceeds maxBodyBytes
        NotImplemented,  // 501: a Transfer-Encoding (chunked bodies are not read)
    };

    static Result take(QByteArray &buffer, ParsedRequest *out, const Limits &limits);
    static Result take(QByteArray &buffer, ParsedRequest *out) { return take(buffer, out, Limits()); }
};

} // namespace onboard
