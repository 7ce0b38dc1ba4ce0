#pragma once

#include <QString>

namespace onboard {

// Makes text that came from outside (a URL, a header name, a server's message, a member's name)
// safe to put into a sentence on one line: control characters, invisible format characters
// (bidi overrides that could make the text read differently) and line or paragraph separators
// are replaced, half surrogate pairs become U+FFFD, and the text is cut, never inside a surrogate
// pair, with an ellipsis.
class ShownText
{
public:
    static QString oneLine(QString text, int maxLength, QChar replacement = QLatin1Char('?'));
    // As oneLine() with spaces for the replaced characters, then runs of white space folded.
    static QString folded(const QString &text, int maxLength);
};

} // namespace onboard
