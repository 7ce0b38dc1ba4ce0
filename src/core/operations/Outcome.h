#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace onboard {

// The one outcome behind every --json (import, revoke, forget, status, the wizard, rotate): the
// object a command prints at exit. It never holds a token: there is no field that could.
//
//   {"status": "stored" | "rotated" | … | "denied" | "cancelled" | <error kind>,
//    "exitCode": 0,
//    "message": "…",                                   on failure, or a warning on success
//    "keychainService": "trello-onboard",              when the workspace is known
//    "accountId", "apiKey", "memberId", "username", "fullName", "scopes", "expires", "apiHost":
//                                                      the account's details, when there is one
//    …                                                 what a command adds (oldTokenRevoked)}
class Outcome
{
public:
    // A success named `status` ("stored", "revoked", "ok"…).
    static Outcome success(const QString &status);
    // A failure; its status is the error's kind name unless `status` says otherwise ("denied").
    static Outcome failure(const Error &error, const QString &status = {});

    Outcome &withWorkspace(const Workspace &workspace);
    Outcome &withAccount(const Account &account, const Workspace &workspace);
    Outcome &withMessage(const QString &message);
    Outcome &with(const QString &key, const QJsonValue &value);

    bool isSuccess() const { return !m_error; }
    int exitCode() const { return m_error.exitCode(); }
    QJsonObject toJson() const;
    // One line of compact JSON, for standard output.
    QByteArray toLine() const;

    // The account's details as they appear in an outcome (also per account in status's report).
    static QJsonObject accountObject(const Account &account, const Workspace &workspace);

private:
    QString m_status;
    Error m_error;
    QString m_message;
    std::optional<Workspace> m_workspace;
    std::optional<Account> m_account;
    QJsonObject m_extra;
};

} // namespace onboard
