// HttpRequestParser::take on arbitrary bytes, with the loopback receiver's limits: what a program
// or a web page on this computer can send to the port that waits for the browser's answer. The
// bytes arrive in two pieces (the first byte says where they split), as over a socket.
#include "FuzzCheck.h"

#include "HttpRequestParser.h"
#include "signin/LoopbackReceiver.h"

using onboard::HttpRequestParser;
using onboard::LoopbackReceiver;
using onboard::ParsedRequest;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray all = fuzz::bytes(data + 1, size - 1);
    const qsizetype split = all.isEmpty() ? 0 : qsizetype(data[0]) % (all.size() + 1);
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = LoopbackReceiver::MaxHeaderBytes;
    limits.maxBodyBytes = LoopbackReceiver::MaxBodyBytes;

    QByteArray buffer = all.left(split);
    bool secondPieceIn = false;
    for (int requests = 0; requests < 64; ++requests) {
        const qsizetype before = buffer.size();
        ParsedRequest parsed;
        const HttpRequestParser::Result result = HttpRequestParser::take(buffer, &parsed, limits);
        if (result == HttpRequestParser::Result::NeedMore) {
            if (secondPieceIn)
                break;
            buffer += all.mid(split);
            secondPieceIn = true;
            continue;
        }
        if (result != HttpRequestParser::Result::Ready)
            break; // refused: the receiver answers with an error and closes
        // A request taken is one that fits the limits, with a sane method and path, and it was
        // consumed from the buffer.
        FUZZ_CHECK(buffer.size() < before);
        FUZZ_CHECK(parsed.request.body.size() <= limits.maxBodyBytes);
        FUZZ_CHECK(!parsed.request.method.isEmpty());
        for (char c : parsed.request.method)
            FUZZ_CHECK(c > 0x20 && c < 0x7f);
        FUZZ_CHECK(parsed.request.path.startsWith(QLatin1Char('/')));
        qsizetype headerBytes = 0;
        for (const auto &[name, value] : parsed.request.headers) {
            FUZZ_CHECK(!name.isEmpty() && !fuzz::hasLineBreakOrNul(name) && !value.contains('\n'));
            headerBytes += name.size() + value.size();
        }
        FUZZ_CHECK(headerBytes <= limits.maxHeaderBytes);
    }
    return 0;
}
