// CustomHeader::parse on arbitrary "Name: value" lines. An accepted header can never split a
// request: no CR, LF or NUL, a token name, printable ASCII value, and it reads back the same.
#include "FuzzCheck.h"

#include "trello/CustomHeader.h"

using onboard::CustomHeader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = fuzz::text(data, size);
    CustomHeader header;
    const onboard::Error error = CustomHeader::parse(line, &header);
    if (error) {
        FUZZ_CHECK(error.kind() == onboard::ErrorKind::BadInput);
        FUZZ_CHECK(!error.message().contains(QLatin1Char('\n')) && !error.message().contains(QLatin1Char('\r')));
        FUZZ_CHECK(header.name().isEmpty() && header.value().isEmpty());
        return 0;
    }
    FUZZ_CHECK(!header.name().isEmpty());
    FUZZ_CHECK(!fuzz::hasLineBreakOrNul(header.name()));
    FUZZ_CHECK(!fuzz::hasLineBreakOrNul(header.value()));
    FUZZ_CHECK(!header.name().contains(':') && !header.name().contains(' '));
    for (char c : header.value())
        FUZZ_CHECK(c == '\t' || (c >= 0x20 && c < 0x7f));
    FUZZ_CHECK(!header.value().startsWith(' ') && !header.value().endsWith(' '));
    FUZZ_CHECK(!CustomHeader::check(QString::fromLatin1(header.name()), QString::fromLatin1(header.value())));

    CustomHeader again;
    FUZZ_CHECK(!CustomHeader::parse(header.toLine(), &again));
    FUZZ_CHECK(again == header);
    return 0;
}
