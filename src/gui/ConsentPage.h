#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConsentPage;
}

namespace onboard {

class ConsentBrowser;
class DelayedProgress;
class SetupController;

// 4. Trello's consent page in an off-the-record web view, its real origin and security above it;
// or, when embedding fails, the same page in the system browser and a field to paste the token.
class ConsentPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConsentPage(SetupController *controller, QWidget *parent = nullptr);
    ~ConsentPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ConsentBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    // Trello answered Allow: the wizard moves on to the test call.
    void answered();

private:
    void load();
    void showOrigin(const QUrl &url);
    void showProblem(const QString &text);
    void onToken(const QString &token);
    void onDenied(const QString &message);
    void onInvalidReturnUrl();

    std::unique_ptr<Ui::ConsentPage> m_ui;
    SetupController *m_controller;
    ConsentBrowser *m_browser;
    DelayedProgress *m_loadProgress;
};

} // namespace onboard
