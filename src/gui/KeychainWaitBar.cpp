#include "KeychainWaitBar.h"

#include "keychain/SecretService.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>

namespace onboard {

KeychainWaitBar::KeychainWaitBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("keychainWaitBar"));
    m_label->setObjectName(QStringLiteral("keychainWaitLabel"));
    m_cancel->setObjectName(QStringLiteral("keychainCancelButton"));
    m_label->setWordWrap(true);
    // The colours of MessageStrip's Information kind, as one strip with its button.
    setStyleSheet(QStringLiteral("#keychainWaitBar{background:#e4f0fb;border:1px solid #3d8fd1;border-radius:4px;}"
                                 "#keychainWaitLabel{color:#10324f;}"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    hide();

    SecretService *service = SecretService::instance();
    connect(service, &SecretService::waitingForPerson, this, &KeychainWaitBar::onWaiting);
    connect(service, &SecretService::waitOver, this, &QWidget::hide);
    connect(m_cancel, &QPushButton::clicked, service, &SecretService::stopWaiting);
    if (QWidget *top = window(); top && top != this)
        top->installEventFilter(this);
}

KeychainWaitBar *KeychainWaitBar::placeBelow(QWidget *messageStrip)
{
    QWidget *container = messageStrip->parentWidget();
    auto *bar = new KeychainWaitBar(container);
    auto *layout = qobject_cast<QBoxLayout *>(container->layout());
    const int at = layout ? layout->indexOf(messageStrip) : -1;
    if (at >= 0)
        layout->insertWidget(at + 1, bar);
    else if (container->layout())
        container->layout()->addWidget(bar);
    return bar;
}

bool KeychainWaitBar::eventFilter(QObject *watched, QEvent *event)
{
    // The prompt opens over the window the person last worked in (on X11, which names windows
    // by number; elsewhere the keychain places it itself).
    if (event->type() == QEvent::WindowActivate || event->type() == QEvent::Show) {
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            SecretService::instance()->setWindowHandle(QString::number(window()->winId()));
    }
    return QFrame::eventFilter(watched, event);
}

void KeychainWaitBar::onWaiting()
{
    // Behind a modal dialog, the dialog's own bar speaks.
    const QWidget *modal = QApplication::activeModalWidget();
    if (modal && modal != window())
        return;
    m_label->setText(tr("Waiting for %1 to be unlocked: type its password in the window it opened.")
                         .arg(SecretService::instance()->named()));
    show();
}

} // namespace onboard
