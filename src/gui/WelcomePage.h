#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace onboard {

class SetupController;

// 1. What will happen, and the API key (checked as it is typed).
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(SetupController *controller, QWidget *parent = nullptr);
    ~WelcomePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    static QUrl powerUpAdminUrl();

private:
    void checkKey();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    SetupController *m_controller;
    bool m_keyValid = false;
};

} // namespace onboard
