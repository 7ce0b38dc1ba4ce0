#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class TestCallPage;
}

namespace onboard {

class DelayedProgress;
class SetupController;

// 5. The test call: verify through the configured host, store, read back. On failure: what went
// wrong and the way to fix it (change the connection, retry) without asking Trello again.
class TestCallPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TestCallPage(SetupController *controller, QWidget *parent = nullptr);
    ~TestCallPage() override;

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void changeConnectionRequested();
    // OAuth 2.0: the code was used up by a failed store; the consent page is needed again.
    void signInAgainRequested();

private:
    void showState();

    std::unique_ptr<Ui::TestCallPage> m_ui;
    DelayedProgress *m_busy = nullptr;
    SetupController *m_controller;
    QString m_retryText;
};

} // namespace onboard
