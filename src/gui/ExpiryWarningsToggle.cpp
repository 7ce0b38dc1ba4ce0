#include "ExpiryWarningsToggle.h"

#include "LockedSetting.h"

#include "desktop/CheckTimer.h"
#include "setup/SetupOptions.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace onboard {

namespace {
const QString Option = QStringLiteral("expiry-warnings");
}

ExpiryWarningsToggle::ExpiryWarningsToggle(const SetupOptions &options, Moment moment, QWidget *parent)
    : QWidget(parent)
    , m_checkBox(new QCheckBox(tr("&Warn me before tokens expire"), this))
    , m_label(new QLabel(this))
    , m_locked(options.isLocked(Option) && options.expiryWarnings) // a locked "off" turns nothing off
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
    if (m_locked)
        LockedSetting::apply(m_checkBox, options, Option); // the tooltip that says why
    connect(m_checkBox, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_busy)
            apply(on);
    });

    setBusy(true);
    // "on" where an account was just stored, or locked: turned on at once, without asking first
    // (enabling twice is harmless), so that a Done page closed at once still gets it: CheckTimer
    // completes a change it started when its window closes.
    if (options.expiryWarnings && (moment == Moment::AccountStored || m_locked)) {
        m_checkBox->setChecked(true);
        apply(true);
        return;
    }
    // Otherwise whether it is on already: the box is usable once that is known.
    auto *query = new CheckTimer(CheckTimer::Action::Query, this);
    connect(query, &Job::finished, this, [this, query] {
        query->deleteLater();
        m_checkBox->setChecked(query->isEnabled());
        setBusy(false);
    });
    query->start();
}

void ExpiryWarningsToggle::setBusy(bool busy)
{
    m_busy = busy;
    m_checkBox->setEnabled(!busy && !m_locked);
}

void ExpiryWarningsToggle::apply(bool on)
{
    setBusy(true);
    auto *change = new CheckTimer(on ? CheckTimer::Action::Enable : CheckTimer::Action::Disable, this);
    connect(change, &Job::finished, this, [this, change, on] {
        change->deleteLater();
        if (const Error &e = change->error()) {
            m_checkBox->setChecked(!on);
            m_label->setText(e.message());
            m_label->show();
        } else {
            showState(on);
        }
        setBusy(false);
    });
    change->start();
}

void ExpiryWarningsToggle::showState(bool on)
{
    const QString howOff = m_locked ? tr("Your administrator keeps it on.")
                                    : tr("To turn it off, clear this box or run: %1").arg(CheckTimer::disableCommand());
    m_label->setText(on ? tr("On: trello-onboard checks your tokens once a day and notifies you a week before one "
                             "expires. %1").arg(howOff)
                        : tr("Off: no daily check."));
    m_label->show();
}

} // namespace onboard
