#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class PermissionsPage;
}

namespace onboard {

class SetupController;

// 2. The name Trello shows, the scopes (read alone by default) and how long the token lives.
class PermissionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PermissionsPage(SetupController *controller, QWidget *parent = nullptr);
    ~PermissionsPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;

private:
    QStringList chosenScopes() const;
    void describeExpiration();
    void check();

    std::unique_ptr<Ui::PermissionsPage> m_ui;
    SetupController *m_controller;
};

} // namespace onboard
