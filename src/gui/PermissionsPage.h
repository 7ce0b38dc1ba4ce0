#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class PermissionsPage;
}

namespace onboard {

class OAuthScopeChooser;
class SetupController;

// 2. The name Trello shows, the scopes (read alone by default) and how long the token lives. For
// an OAuth 2.0 account: its scopes (OAuthRequest::defaultScopes() by default), and no lifetime.
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
    bool isOAuth() const;
    void describeExpiration();
    void check();

    std::unique_ptr<Ui::PermissionsPage> m_ui;
    SetupController *m_controller;
    OAuthScopeChooser *m_oauthScopes;
};

} // namespace onboard
