#pragma once

#include "trello/CustomHeader.h"
#include "common/Error.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectionPage;
}

namespace onboard {

class SetupController;

// 3. Where API requests go and how they are dressed (collapsed under "Advanced"): API host,
// custom headers, where the credentials travel, the return URL (an OAuth 2.0 account: the redirect
// URI, and no choice of where credentials travel).
class ConnectionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectionPage(SetupController *controller, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    // Straight to the test call when a token is already held (retry without new consent).
    int nextId() const override;

    void showAdvanced(bool show);

private:
    Error readHeaders(CustomHeaders *headers) const;
    Error check() const;
    void recheck();
    QString addressOption() const;

    std::unique_ptr<Ui::ConnectionPage> m_ui;
    SetupController *m_controller;
    QStringList m_returnUrlTexts; // label, accessible name, note: as the .ui has them
};

} // namespace onboard
