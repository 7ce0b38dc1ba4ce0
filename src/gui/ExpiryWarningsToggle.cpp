#include "ExpiryWarningsToggle.h"

#include "desktop/CheckTimer.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace onboard {

ExpiryWarningsToggle::ExpiryWarningsToggle(QWidget *parent)
    : QWidget(parent)
    , m_checkBox(new QCheckBox(tr("&Warn me before tokens expire"), this))
    , m_label(new QLabel(this))
{
    m_checkBox->setObjectName(QStringLiteral("expiryWarningsCheckBox"));
    m_checkBox->setToolTip(tr("A daily check in the background notifies you a week before a token expires, or when "
                              "Trello stops accepting one."));
    m_label->setObjectName(QStringLiteral("expiryWarningsLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checkBox);
    layout->addWidget(m_label);

    // Whether it is on already: the box is usable once that is known.
    m_checkBox->setEnabled(false);
    auto *query = new CheckTimer(CheckTimer::Action::Query, this);
    connect(query, &Job::finished, this, [this, query] {
        query->deleteLater();
        m_checkBox->setChecked(query->isEnabled());
        m_checkBox->setEnabled(true);
    });
    query->start();
    connect(m_checkBox, &QCheckBox::toggled, this, &ExpiryWarningsToggle::apply);
}

void ExpiryWarningsToggle::apply(bool on)
{
    if (!m_checkBox->isEnabled())
        return; // set from the query, not by the person
    m_checkBox->setEnabled(false);
    auto *change = new CheckTimer(on ? CheckTimer::Action::Enable : CheckTimer::Action::Disable, this);
    connect(change, &Job::finished, this, [this, change, on] {
        change->deleteLater();
        m_checkBox->setEnabled(false); // while the box is put back, apply() ignores it
        if (const Error &e = change->error()) {
            m_checkBox->setChecked(!on);
            m_label->setText(e.message());
            m_label->show();
        } else {
            showState(on);
        }
        m_checkBox->setEnabled(true);
    });
    change->start();
}

void ExpiryWarningsToggle::showState(bool on)
{
    m_label->setText(on ? tr("On: trello-onboard checks your tokens once a day and notifies you a week before one "
                             "expires. To turn it off, clear this box or run: %1")
                              .arg(CheckTimer::disableCommand())
                        : tr("Off: no daily check."));
    m_label->show();
}

} // namespace onboard
