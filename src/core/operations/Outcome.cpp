#include "operations/Outcome.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onboard {

Outcome Outcome::success(const QString &status)
{
    Outcome outcome;
    outcome.m_status = status;
    return outcome;
}

Outcome Outcome::failure(const Error &error, const QString &status)
{
    Outcome outcome;
    outcome.m_error = error;
    outcome.m_status = status.isEmpty() ? Error::kindName(error.kind()) : status;
    outcome.m_message = error.message();
    return outcome;
}

Outcome &Outcome::withWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    return *this;
}

Outcome &Outcome::withAccount(const Account &account, const Workspace &workspace)
{
    m_account = account;
    m_workspace = workspace;
    return *this;
}

Outcome &Outcome::withMessage(const QString &message)
{
    m_message = message;
    return *this;
}

Outcome &Outcome::with(const QString &key, const QJsonValue &value)
{
    m_extra.insert(key, value);
    return *this;
}

QJsonObject Outcome::accountObject(const Account &account, const Workspace &workspace)
{
    QJsonObject object;
    object.insert(QStringLiteral("accountId"), account.id());
    // "oauth2" accounts have a client id and a grant instead of a key and a token; "expires" is
    // then when the access token last handed out expires.
    object.insert(QStringLiteral("kind"), account.isOAuth() ? QStringLiteral("oauth2") : QStringLiteral("trello"));
    if (account.isOAuth()) {
        object.insert(QStringLiteral("clientId"), account.clientId);
        const QDateTime lapses = account.grantLapses();
        object.insert(QStringLiteral("grantLapses"), lapses.isValid() ? QJsonValue(lapses.toString(Qt::ISODateWithMs))
                                                                      : QJsonValue(QJsonValue::Null));
    } else {
        object.insert(QStringLiteral("apiKey"), account.apiKey);
    }
    object.insert(QStringLiteral("memberId"), account.memberId);
    object.insert(QStringLiteral("username"), account.username);
    object.insert(QStringLiteral("fullName"), account.fullName);
    object.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(account.scopes));
    object.insert(QStringLiteral("expires"), account.expires.isValid()
                                                 ? QJsonValue(account.expires.toUTC().toString(Qt::ISODateWithMs))
                                                 : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("apiHost"), workspace.endpointFor(account).apiHost.toString());
    object.insert(QStringLiteral("keychainService"), workspace.keychainService());
    return object;
}

QJsonObject Outcome::toJson() const
{
    QJsonObject object = m_account ? accountObject(*m_account, *m_workspace) : QJsonObject();
    if (m_workspace)
        object.insert(QStringLiteral("keychainService"), m_workspace->keychainService());
    object.insert(QStringLiteral("status"), m_status);
    object.insert(QStringLiteral("exitCode"), exitCode());
    if (!m_message.isEmpty())
        object.insert(QStringLiteral("message"), m_message);
    for (auto it = m_extra.constBegin(); it != m_extra.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QByteArray Outcome::toLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace onboard
