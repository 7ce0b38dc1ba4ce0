#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace onboard {

struct SetupOptions;

// A check box for each OAuth 2.0 scope Trello knows (OAuthRequest::knownScopes(): the ten and
// offline_access), each with what it lets the program do. Used by the wizard's Permissions page and
// the rotate dialog. Object names: "oauthScope_" + the scope with ':' as '_'
// ("oauthScope_read_board_trello", "oauthScope_offline_access").
class OAuthScopeChooser : public QWidget
{
    Q_OBJECT

public:
    explicit OAuthScopeChooser(QWidget *parent = nullptr);

    static QString objectNameFor(const QString &scope);
    // What a scope lets the program do, for a person.
    static QString describe(const QString &scope);

    void setScopes(const QStringList &scopes);
    // The checked scopes, in OAuthRequest::knownScopes() order.
    QStringList scopes() const;
    // Locked by the administrator's config (--oauth-scope): shown, not editable.
    void applyLock(const SetupOptions &options);

Q_SIGNALS:
    void changed();

private:
    QList<QCheckBox *> m_boxes;
};

} // namespace onboard
