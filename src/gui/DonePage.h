#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class DonePage;
}

namespace onboard {

class ExpiryWarningsToggle;
class SetupController;

// 6. Where the token (or OAuth 2.0 grant) is stored and how scripts use it.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(SetupController *controller, QWidget *parent = nullptr);
    ~DonePage() override;

    void initializePage() override;

private:
    std::unique_ptr<Ui::DonePage> m_ui;
    SetupController *m_controller;
    QString m_tokenSubTitle; // the .ui's
    ExpiryWarningsToggle *m_expiryWarnings = nullptr;
};

} // namespace onboard
