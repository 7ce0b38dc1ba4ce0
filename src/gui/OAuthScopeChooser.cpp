#include "OAuthScopeChooser.h"

#include "LockedSetting.h"
#include "oauth/OAuthRequest.h"

#include <QCheckBox>
#include <QGridLayout>

namespace onboard {

OAuthScopeChooser::OAuthScopeChooser(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList &known = OAuthRequest::knownScopes();
    for (int i = 0; i < known.size(); ++i) {
        const QString &scope = known.at(i);
        auto *box = new QCheckBox(tr("%1 — %2").arg(scope, describe(scope)), this);
        box->setObjectName(objectNameFor(scope));
        box->setProperty("scope", scope);
        box->setAccessibleName(describe(scope));
        box->setAccessibleDescription(scope);
        connect(box, &QCheckBox::toggled, this, &OAuthScopeChooser::changed);
        layout->addWidget(box, i, 0);
        m_boxes.append(box);
    }
}

QString OAuthScopeChooser::objectNameFor(const QString &scope)
{
    QString name = scope;
    name.replace(QLatin1Char(':'), QLatin1Char('_'));
    return QStringLiteral("oauthScope_") + name;
}

QString OAuthScopeChooser::describe(const QString &scope)
{
    if (scope == QLatin1String("read:member:trello"))
        return tr("see your name, username and profile");
    if (scope == QLatin1String("write:member:trello"))
        return tr("change your profile");
    if (scope == QLatin1String("read:board:trello"))
        return tr("read your boards, lists and cards");
    if (scope == QLatin1String("write:board:trello"))
        return tr("create and change boards, lists and cards");
    if (scope == QLatin1String("write:board:membership:trello"))
        return tr("add and remove board members");
    if (scope == QLatin1String("read:organization:trello"))
        return tr("read your Workspaces");
    if (scope == QLatin1String("write:organization:trello"))
        return tr("create and change Workspaces");
    if (scope == QLatin1String("write:organization:membership:trello"))
        return tr("add and remove Workspace members");
    if (scope == QLatin1String("read:enterprise:trello"))
        return tr("read your Enterprise's settings");
    if (scope == QLatin1String("write:enterprise:trello"))
        return tr("change your Enterprise's settings");
    if (scope == OAuthRequest::offlineAccess())
        return tr("keep access without asking you again (renews the access token)");
    return scope;
}

void OAuthScopeChooser::setScopes(const QStringList &scopes)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(scopes.contains(box->property("scope").toString()));
}

QStringList OAuthScopeChooser::scopes() const
{
    QStringList chosen;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            chosen.append(box->property("scope").toString());
    }
    return chosen;
}

void OAuthScopeChooser::applyLock(const SetupOptions &options)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        LockedSetting::apply(box, options, QStringLiteral("oauth-scope"));
}

} // namespace onboard
