#include "DonePage.h"

#include "SetupController.h"
#include "ui_DonePage.h"

#include <QLocale>

namespace onboard {

DonePage::DonePage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DonePage>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
}

DonePage::~DonePage() = default;

void DonePage::initializePage()
{
    const QString id = m_controller->account().id().toHtmlEscaped();
    const QString service = m_controller->workspace().keychainService().toHtmlEscaped();
    const QString demo = m_controller->workspace().isDemo() ? QStringLiteral(" --demo") : QString();
    const Account &account = m_controller->account();
    const QString expires = account.expires.isValid()
                                ? QLocale().toString(account.expires.toLocalTime(), QLocale::LongFormat)
                                : tr("never");
    // Who and what, again: after the hand-over to a fresh process the test-call page is gone.
    const QString summary = tr("<p>The token of <b>%1</b> (@%2) works: %3 access, expires %4.</p>")
                                .arg(account.fullName.toHtmlEscaped(), account.username.toHtmlEscaped(),
                                     account.scopes.join(QStringLiteral(", ")).toHtmlEscaped(), expires.toHtmlEscaped());
    m_ui->storageLabel->setText(
        summary
        + tr("<p>The token is in your system keychain: service <b>%1</b>, account <b>%2</b>. "
             "Nothing secret was written to a file.</p>")
              .arg(service, id));
    m_ui->usageLabel->setText(
        tr("<p>Scripts use it without ever seeing it in a file:</p>"
           "<p><code>trello-onboard%1 exec -- my-script.sh</code><br/>runs the script with "
           "<code>TRELLO_KEY</code> and <code>TRELLO_TOKEN</code> in its environment;</p>"
           "<p><code>trello-onboard%1 token</code><br/>prints the token for a pipe.</p>"
           "<p><code>trello-onboard%1 status</code> checks it, <code>trello-onboard%1 manage</code> rotates or revokes it.</p>")
            .arg(demo));
}

} // namespace onboard
