#pragma once

#include <QString>

class QLabel;

namespace onboard {

// Inline messages in a page (instead of modal boxes): a QLabel from the page's .ui, dressed as a
// coloured strip for its kind, or hidden when there is nothing to say.
class MessageStrip
{
public:
    enum class Kind { Information, Warning, Error, Success };

    static void show(QLabel *label, Kind kind, const QString &text);
    static void hide(QLabel *label);
};

} // namespace onboard
