#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"
#include "keychain/KeychainJob.h"

#include <QPointer>

namespace onboard {

class ChangeLock;

// Puts a verified token in the place of an account's, or nowhere: "write, read back, record — or
// restore the previous token" (docs/design.md, "Store"), for setup, import and rotation. The
// values of the account's secret headers go to their keychain item first when they changed, and
// are put back too. The caller holds the ChangeLock and has a journal entry naming the change;
// needsRecovery() says whether that entry must stay because the keychain may now hold something
// else than before (a write that timed out, an entry that could not be put back). Crash points
// "<name>:after-keychain-write" and "<name>:after-record".
class ReplaceTokenJob : public Job
{
    Q_OBJECT

public:
    enum class Phase { Writing, ReadingBack, Recording };
    Q_ENUM(Phase)

    // `previousToken` empty: the account had none (or none usable) before.
    ReplaceTokenJob(Workspace workspace, const ChangeLock &held, Account account, QString token, QString previousToken,
                    QString crashPointName, QObject *parent = nullptr);

    bool needsRecovery() const { return m_needsRecovery; }

Q_SIGNALS:
    void phaseChanged(onboard::ReplaceTokenJob::Phase phase);

protected:
    void run() override;

private:
    KeychainJob *keychain(KeychainJob::Operation operation, const QString &key, const QString &text = {},
                          bool headerValues = false) const;
    void writeToken();
    void readBack();
    void restore(const Error &reason);
    void restoreHeaders(const Error &reason);

    Workspace m_workspace;
    const ChangeLock &m_lock;
    Account m_account;
    QString m_token;
    QString m_previousToken;
    QByteArray m_crashPoint;
    bool m_touchHeaders = false; // the secret headers' item is written (and put back on failure)
    QString m_previousHeaders;   // what it held before
    bool m_needsRecovery = false;
};

} // namespace onboard
