#include "ConnectionPage.h"

#include "LockedSetting.h"
#include "MessageStrip.h"
#include "SetupController.h"
#include "ui_ConnectionPage.h"
#include "WizardPageIds.h"

#include <QHeaderView>

namespace onboard {

ConnectionPage::ConnectionPage(SetupController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionPage>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->headersTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_ui->headersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->headersTable->verticalHeader()->hide();
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, &ConnectionPage::showAdvanced);
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->headersTable->rowCount();
        m_ui->headersTable->insertRow(row);
        m_ui->headersTable->setItem(row, 0, new QTableWidgetItem);
        m_ui->headersTable->setItem(row, 1, new QTableWidgetItem);
        m_ui->headersTable->editItem(m_ui->headersTable->item(row, 0));
    });
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->headersTable->currentRow();
        if (row >= 0)
            m_ui->headersTable->removeRow(row);
        recheck();
    });
    connect(m_ui->headersTable, &QTableWidget::itemChanged, this, &ConnectionPage::recheck);
    connect(m_ui->apiHostEdit, &QLineEdit::textChanged, this, &ConnectionPage::recheck);
    connect(m_ui->returnUrlEdit, &QLineEdit::textChanged, this, &ConnectionPage::recheck);
    m_returnUrlTexts = {m_ui->returnUrlLabel->text(), m_ui->returnUrlEdit->accessibleName(), m_ui->returnUrlNote->text()};
}

QString ConnectionPage::addressOption() const
{
    // An OAuth 2.0 account's answer goes to its redirect URI; a Trello token's to the return URL.
    return m_controller->options().isOAuth() ? QStringLiteral("redirect-uri") : QStringLiteral("return-url");
}

ConnectionPage::~ConnectionPage() = default;

void ConnectionPage::showAdvanced(bool show)
{
    m_ui->advancedToggle->setChecked(show);
    m_ui->advancedToggle->setArrowType(show ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedPanel->setVisible(show);
}

void ConnectionPage::initializePage()
{
    const SetupOptions &options = m_controller->options();
    const QSignalBlocker hostBlocker(m_ui->apiHostEdit);
    const QSignalBlocker returnBlocker(m_ui->returnUrlEdit);
    // In the demo every request goes to the sandbox whatever the host says: show where.
    const QUrl host = m_controller->workspace().endpointFor(options.endpoint).apiHost;
    m_ui->apiHostEdit->setText(host.toString());
    m_ui->apiHostEdit->setReadOnly(m_controller->workspace().isDemo());
    LockedSetting::apply(m_ui->apiHostEdit, options, QStringLiteral("api-host"));
    const bool oauth = options.isOAuth();
    LockedSetting::apply(m_ui->returnUrlEdit, options, addressOption());
    const QStringList texts = oauth ? QStringList{tr("&Redirect URI:"), tr("Redirect URI"),
                                                  tr("The consent page sends its answer to this address; it is never "
                                                     "loaded. It must be registered exactly so in the client's "
                                                     "settings in Atlassian's developer console.")}
                                    : m_returnUrlTexts;
    m_ui->returnUrlLabel->setText(texts.at(0));
    m_ui->returnUrlEdit->setAccessibleName(texts.at(1));
    m_ui->returnUrlNote->setText(texts.at(2));
    // OAuth 2.0 requests carry "Authorization: Bearer": there is no choice of where.
    for (QWidget *credentials : {static_cast<QWidget *>(m_ui->credentialsLabel),
                                 static_cast<QWidget *>(m_ui->credentialsQueryRadio),
                                 static_cast<QWidget *>(m_ui->credentialsHeaderRadio)})
        credentials->setVisible(!oauth);
    LockedSetting::apply(m_ui->credentialsQueryRadio, options, QStringLiteral("credentials-in"));
    LockedSetting::apply(m_ui->credentialsHeaderRadio, options, QStringLiteral("credentials-in"));
    for (QWidget *headers : {static_cast<QWidget *>(m_ui->headersTable), static_cast<QWidget *>(m_ui->addHeaderButton),
                             static_cast<QWidget *>(m_ui->removeHeaderButton)})
        LockedSetting::apply(headers, options, QStringLiteral("header"));
    m_ui->returnUrlEdit->setText(oauth ? options.oauth.redirectUri.toString() : options.request.returnUrl.toString());
    m_ui->credentialsHeaderRadio->setChecked(options.endpoint.credentialsIn == ApiEndpoint::CredentialsIn::Header);
    m_ui->credentialsQueryRadio->setChecked(options.endpoint.credentialsIn == ApiEndpoint::CredentialsIn::Query);
    const QSignalBlocker tableBlocker(m_ui->headersTable);
    m_ui->headersTable->setRowCount(0);
    for (const CustomHeader &header : options.endpoint.headers) {
        const int row = m_ui->headersTable->rowCount();
        m_ui->headersTable->insertRow(row);
        m_ui->headersTable->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(header.name())));
        m_ui->headersTable->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(header.value())));
    }
    recheck();
    // Show the Advanced part when the options say something other than the defaults.
    showAdvanced(!options.endpoint.headers.isEmpty() || !m_ui->connectionMessage->text().isEmpty()
                 || options.isGiven(QStringLiteral("api-host")) || options.isGiven(addressOption())
                 || options.isGiven(QStringLiteral("credentials-in")));
}

Error ConnectionPage::readHeaders(CustomHeaders *headers) const
{
    for (int row = 0; row < m_ui->headersTable->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = m_ui->headersTable->item(row, 0);
        const QTableWidgetItem *valueItem = m_ui->headersTable->item(row, 1);
        const QString name = nameItem ? nameItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text().trimmed() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue; // a row added and left empty
        CustomHeader header;
        if (const Error e = CustomHeader::fromEntry(name, value, &header))
            return e;
        headers->append(header);
    }
    return {};
}

Error ConnectionPage::check() const
{
    SetupOptions probe;
    if (!m_ui->apiHostEdit->isReadOnly()) {
        if (const Error e = probe.apply(QStringLiteral("api-host"), m_ui->apiHostEdit->text()))
            return e;
    }
    if (const Error e = probe.apply(addressOption(), m_ui->returnUrlEdit->text()))
        return e;
    CustomHeaders headers;
    return readHeaders(&headers);
}

void ConnectionPage::recheck()
{
    if (const Error e = check()) {
        MessageStrip::show(m_ui->connectionMessage, MessageStrip::Kind::Warning, e.message());
    } else {
        MessageStrip::hide(m_ui->connectionMessage);
    }
    Q_EMIT completeChanged();
}

bool ConnectionPage::isComplete() const
{
    return !check();
}

bool ConnectionPage::validatePage()
{
    CustomHeaders headers;
    Error error = readHeaders(&headers);
    if (!error && !m_ui->apiHostEdit->isReadOnly())
        error = m_controller->apply(QStringLiteral("api-host"), m_ui->apiHostEdit->text());
    if (!error)
        error = m_controller->apply(addressOption(), m_ui->returnUrlEdit->text());
    if (!error && !m_controller->options().isOAuth())
        error = m_controller->apply(QStringLiteral("credentials-in"), m_ui->credentialsHeaderRadio->isChecked()
                                                                         ? QStringLiteral("header")
                                                                         : QStringLiteral("query"));
    if (error) {
        MessageStrip::show(m_ui->connectionMessage, MessageStrip::Kind::Error, error.message());
        showAdvanced(true);
        return false;
    }
    m_controller->setHeaders(headers);
    return true;
}

int ConnectionPage::nextId() const
{
    return m_controller->hasToken() ? TestCallPageId : ConsentPageId;
}

} // namespace onboard
