#pragma once

#include "SandboxServer.h"

#include <QByteArray>

namespace onboard::sandbox {

// A request as read off the wire, plus what the connection needs to know about it.
struct ParsedRequest
{
    ReceivedRequest request;
    bool keepAlive = true;
};

// Takes complete HTTP/1.x requests off the front of a connection's receive buffer. Data may arrive
// in any number of pieces; the parser only consumes bytes once a whole request is there.
class HttpRequestParser
{
public:
    static constexpr int MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;

    enum class Result {
        NeedMore,        // the request is not complete yet
        Ready,           // one request was taken off the buffer
        BadRequest,      // 400: malformed request line, header or Content-Length
        HeadersTooLarge, // 431: the header block exceeds MaxHeaderBytes
        BodyTooLarge,    // 413
        NotImplemented,  // 501: Transfer-Encoding the sandbox does not speak
    };

    static Result take(QByteArray &buffer, ParsedRequest *out);
};

} // namespace onboard::sandbox
