#include "MessageStrip.h"

#include <QLabel>

namespace onboard {

void MessageStrip::show(QLabel *label, Kind kind, const QString &text)
{
    QString colours;
    switch (kind) {
    case Kind::Information:
        colours = QStringLiteral("background:#e4f0fb;border:1px solid #3d8fd1;color:#10324f;");
        break;
    case Kind::Warning:
        colours = QStringLiteral("background:#fdf3d8;border:1px solid #d9a400;color:#4d3900;");
        break;
    case Kind::Error:
        colours = QStringLiteral("background:#fbe3e4;border:1px solid #cf3a3a;color:#5c1111;");
        break;
    case Kind::Success:
        colours = QStringLiteral("background:#e3f5e1;border:1px solid #4a9f3f;color:#173d12;");
        break;
    }
    label->setStyleSheet(QStringLiteral("QLabel{%1border-radius:4px;padding:6px;}").arg(colours));
    label->setProperty("messageKind", static_cast<int>(kind));
    label->setText(text);
    label->setVisible(true);
}

void MessageStrip::hide(QLabel *label)
{
    label->clear();
    label->setVisible(false);
}

} // namespace onboard
