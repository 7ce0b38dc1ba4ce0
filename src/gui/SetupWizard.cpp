#include "SetupWizard.h"

#include "ConnectionPage.h"
#include "ConsentBrowser.h"
#include "ConsentPage.h"
#include "DonePage.h"
#include "PermissionsPage.h"
#include "SetupController.h"
#include "TestCallPage.h"
#include "WelcomePage.h"
#include "WizardPageIds.h"

#include <QAbstractButton>
#include <QTimer>

namespace onboard {

SetupWizard::SetupWizard(SetupController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_consentPage(new ConsentPage(controller))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Trello Onboard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomePageId, new WelcomePage(controller));
    setPage(PermissionsPageId, new PermissionsPage(controller));
    setPage(ConnectionPageId, new ConnectionPage(controller));
    setPage(ConsentPageId, m_consentPage);
    auto *testPage = new TestCallPage(controller);
    setPage(TestCallPageId, testPage);
    setPage(DonePageId, new DonePage(controller));
    // The consent is given once: Back from the test call does not return to it.
    m_consentPage->setCommitPage(true);
    setButtonText(QWizard::CommitButton, buttonText(QWizard::NextButton));
    resize(820, 760);

    if (controller->options().isGiven(QStringLiteral("key")) || controller->options().isGiven(QStringLiteral("client-id"))
        || controller->workspace().isDemo()) {
        if (controller->optionsComplete())
            setStartId(ConsentPageId);
    }
    // The web engine starts while the person reads the permissions and connection pages, so the
    // consent page appears at once (see ConsentBrowser::warmUp).
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PermissionsPageId || id == ConnectionPageId)
            m_consentPage->browser()->warmUp();
    });
    connect(m_consentPage, &ConsentPage::answered, this, [this] {
        if (currentId() == ConsentPageId)
            next();
    });
    connect(testPage, &TestCallPage::changeConnectionRequested, this, &SetupWizard::goToConnection);
    connect(testPage, &TestCallPage::signInAgainRequested, this, [this] {
        // The consent page is a commit page (Back does not return to it): start over from it.
        setStartId(ConsentPageId);
        restart();
    });
    connect(controller, &SetupController::outcomeFinal, this, &SetupWizard::onOutcomeFinal);
}

void SetupWizard::startAtDone()
{
    setStartId(DonePageId);
    restart();
}

void SetupWizard::goToConnection()
{
    if (visitedIds().contains(ConnectionPageId)) {
        while (currentId() != ConnectionPageId)
            back();
    } else {
        // Opened at the consent page: the Connection page was never shown. Start over from it;
        // the token stays with the controller, so Next goes straight to the test call.
        setStartId(ConnectionPageId);
        restart();
    }
    if (auto *page = qobject_cast<ConnectionPage *>(currentPage()))
        page->showAdvanced(true);
}

void SetupWizard::onOutcomeFinal()
{
    if (!m_closeWhenDone)
        return;
    // Let the page show the outcome for a moment of the event loop, then close.
    QTimer::singleShot(0, this, [this] {
        if (m_controller->state() == SetupController::State::Stored)
            accept();
        else
            reject();
    });
}

} // namespace onboard
