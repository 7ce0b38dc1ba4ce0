#include "ShownText.h"

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

QString cut(QString text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype end = maxLength;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end) + QChar(0x2026);
}
} // namespace

QString ShownText::oneLine(QString text, int maxLength, QChar replacement)
{
    for (QChar &c : text) {
        if (isHidden(c))
            c = replacement;
    }
    return cut(std::move(text), maxLength);
}

QString ShownText::folded(const QString &text, int maxLength)
{
    return cut(oneLine(text, int(text.size()), QLatin1Char(' ')).simplified(), maxLength);
}

} // namespace onboard
