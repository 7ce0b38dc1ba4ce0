#include "DonePage.h"

#include "ExpiryWarningsToggle.h"

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
    // The daily check looks at the real accounts only: not offered in a demo.
    if (!m_expiryWarnings && !m_controller->workspace().isDemo()) {
        m_expiryWarnings = new ExpiryWarningsToggle(m_controller->options(), ExpiryWarningsToggle::Moment::AccountStored, this);
        m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->usageLabel) + 1, m_expiryWarnings);
    }
    const QString id = m_controller->account().id().toHtmlEscaped();
    const QString service = m_controller->workspace().keychainService().toHtmlEscaped();
    const QString demo = m_controller->workspace().isDemo() ? QStringLiteral(" --demo") : QString();
    const Account &account = m_controller->account();
    if (m_tokenSubTitle.isEmpty())
        m_tokenSubTitle = subTitle();
    setSubTitle(account.isOAuth() ? tr("The OAuth 2.0 grant is verified and stored.") : m_tokenSubTitle);
    if (account.isOAuth()) {
        // Who and what, again (after the hand-over the test-call page is gone); no expiry date to
        // watch: the access token renews itself as long as the grant is used.
        const QString lapses = QLocale().toString(account.grantLapses().toLocalTime().date(), QLocale::LongFormat);
        m_ui->storageLabel->setText(
            tr("<p>The OAuth 2.0 grant of <b>%1</b> (@%2) works. Scopes: %3.</p>"
               "<p>The access token renews itself; the grant lapses if unused for %4 days (next: %5).</p>")
                .arg(account.fullName.toHtmlEscaped(), account.username.toHtmlEscaped(),
                     account.scopes.join(QStringLiteral(", ")).toHtmlEscaped())
                .arg(Account::GrantIdleDays)
                .arg(lapses.toHtmlEscaped())
            + tr("<p>The grant is in your system keychain: service <b>%1</b>, account <b>%2</b>. "
                 "Nothing secret was written to a file.</p>")
                  .arg(service, id));
        m_ui->usageLabel->setText(
            tr("<p>Scripts use it without ever seeing it in a file:</p>"
               "<p><code>trello-onboard%1 exec -- my-script.sh</code><br/>runs the script with a valid access "
               "token in <code>TRELLO_ACCESS_TOKEN</code> (send it as <code>Authorization: Bearer</code>);</p>"
               "<p><code>trello-onboard%1 token</code><br/>prints a valid access token for a pipe.</p>"
               "<p><code>trello-onboard%1 status</code> checks it, <code>trello-onboard%1 manage</code> signs in "
               "again or forgets it.</p>")
                .arg(demo));
        return;
    }
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
