#include "common/ShownText.h"

namespace onboard {

namespace {
bool isHidden(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// At most maxLength characters, the ellipsis included. Never keeps half of a surrogate pair, nor a
// space the cut left at the end.
QString cut(QString text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype end = qMax(0, maxLength - 1);
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end).trimmed() + QChar(0x2026);
}
} // namespace

QString ShownText::oneLine(QString text, int maxLength, QChar replacement)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i; // a whole pair: one character
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter; // half a pair ("\ud800" in JSON) is not text
        else if (isHidden(c))
            text[i] = replacement;
    }
    return cut(std::move(text), maxLength);
}

QString ShownText::folded(const QString &text, int maxLength)
{
    return cut(oneLine(text, int(text.size()), QLatin1Char(' ')).simplified(), maxLength);
}

} // namespace onboard
