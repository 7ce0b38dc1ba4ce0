#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace onboard {

// A locked keychain as a window shows it. While SecretService waits for the person to type the
// keychain's password into the keychain's own prompt, this strip says so, naming the keychain,
// with Cancel: the step waiting for it ends "stayed locked" with nothing changed (the keychain's
// prompt stays for the person to close: SecretService::stopWaiting). It sits below a window's message strip (placeBelow), shows only in the window
// the person is working in (not behind a modal dialog), and tells the Secret Service which window
// the prompt belongs over.
class KeychainWaitBar : public QFrame
{
    Q_OBJECT

public:
    explicit KeychainWaitBar(QWidget *parent = nullptr);

    // Creates a bar right below `messageStrip`, in its layout.
    static KeychainWaitBar *placeBelow(QWidget *messageStrip);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onWaiting();

    QLabel *m_label;
    QPushButton *m_cancel;
};

} // namespace onboard
