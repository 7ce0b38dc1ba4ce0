#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace onboard {

class SetupController;

// 1. What will happen, and which application asks: an API key, or an OAuth 2.0 client id
// (each checked as it is typed by the core's rules).
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
    bool isOAuthChosen() const;
    void showChoice();
    void check();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    SetupController *m_controller;
    bool m_valid = false;
};

} // namespace onboard
