#include "PlaceholderWindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace onboard {

PlaceholderWindow::PlaceholderWindow(const QString &where, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderWindow"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("<h2>Trello Onboard</h2><p>The setup wizard is not built yet.</p><p>It will talk to %1.</p>")
                                 .arg(where.toHtmlEscaped()));
    label->setWordWrap(true);
    layout->addWidget(label);
    resize(480, 240);
}

} // namespace onboard
