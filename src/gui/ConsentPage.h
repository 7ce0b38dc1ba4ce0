#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConsentPage;
}

namespace onboard {

class ConsentBrowser;
class ConsentPanel;
class SetupController;

// 4. Trello's consent page (a ConsentPanel); what it answers goes to the SetupController.
class ConsentPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConsentPage(SetupController *controller, QWidget *parent = nullptr);
    ~ConsentPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ConsentBrowser *browser() const;

Q_SIGNALS:
    // Trello answered Allow: the wizard moves on to the test call.
    void answered();

private:
    void load();

    std::unique_ptr<Ui::ConsentPage> m_ui;
    SetupController *m_controller;
    ConsentPanel *m_panel;
};

} // namespace onboard
