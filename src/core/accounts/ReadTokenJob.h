#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"

namespace onboard {

class KeychainSnapshot;

// Reads a stored account's token from the keychain for a flow that needs it (token, exec, check,
// revoke, rotate), and the values of its secret headers for the flows that call the API with
// them: account() then has them. A missing token is ErrorKind::NoAccount with a sentence that names
// the account and what to do; any other failure is the keychain's own.
class ReadTokenJob : public Job
{
    Q_OBJECT

public:
    ReadTokenJob(Workspace workspace, Account account, QObject *parent = nullptr);

    // For token and exec, which hand out the token only: no second keychain read.
    void setReadHeaders(bool read) { m_readHeaders = read; }
    // Entries already read at once for many accounts (status): what it holds is not read again;
    // what it lacks is read here as always. It must outlive this job. When it could not be read
    // (the keychain did not answer), this job ends with its error.
    void setSnapshot(const KeychainSnapshot *snapshot) { m_snapshot = snapshot; }

    // The account, with the values of its secret headers once read.
    const Account &account() const { return m_account; }
    // After success: the token. Empty otherwise.
    const QString &token() const { return m_token; }

protected:
    void run() override;

private:
    void takeToken(const QString &token);
    void readHeaders();
    void takeHeaders(Error error, const QString &values);

    Workspace m_workspace;
    Account m_account;
    QString m_token;
    bool m_readHeaders = true;
    const KeychainSnapshot *m_snapshot = nullptr;
};

} // namespace onboard
