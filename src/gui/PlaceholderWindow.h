#pragma once

#include <QWidget>

namespace onboard {

// Stands where the setup wizard will be: says which Trello it would talk to.
class PlaceholderWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderWindow(const QString &where, QWidget *parent = nullptr);
};

} // namespace onboard
