#pragma once

#include <QWizard>

namespace onboard {

class ConsentPage;
class SetupController;

// The setup wizard: six small pages around a SetupController, which holds the options, the
// token and the outcome. Opens at the consent page when the options answer every question.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(SetupController *controller, QWidget *parent = nullptr);

    SetupController *controller() const { return m_controller; }
    ConsentPage *consentPage() const { return m_consentPage; }

    // Opens at the Done page, for a controller that resumeStored() an account.
    void startAtDone();

    // For installers: close as soon as the outcome is final (stored, or denied).
    void setCloseWhenDone(bool close) { m_closeWhenDone = close; }

private:
    void goToConnection();
    void onOutcomeFinal();

    SetupController *m_controller;
    ConsentPage *m_consentPage;
    bool m_closeWhenDone = false;
};

} // namespace onboard
