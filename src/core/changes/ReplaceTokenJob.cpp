#include "changes/ReplaceTokenJob.h"

#include "accounts/SettingsFile.h"
#include "changes/CrashPoint.h"
#include "common/Logging.h"
#include "keychain/KeychainJob.h"

namespace onboard {

ReplaceTokenJob::ReplaceTokenJob(Workspace workspace, const ChangeLock &held, Account account, QString token,
                                 QString previousToken, QString crashPointName, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_lock(held)
    , m_account(std::move(account))
    , m_token(std::move(token))
    , m_previousToken(std::move(previousToken))
    , m_crashPoint(crashPointName.toLatin1())
{
}

void ReplaceTokenJob::run()
{
    Q_EMIT phaseChanged(Phase::Writing);
    auto *write = new KeychainJob(KeychainJob::Operation::Write, m_workspace.keychainService(), m_account.id());
    write->setToken(m_token);
    startStep(write, [this](KeychainJob *written) {
        if (Error e = written->error()) {
            // A write the keychain did not answer in time may still land.
            m_needsRecovery = written->timedOut();
            finish(e);
            return;
        }
        CrashPoint::reached(m_crashPoint + ":after-keychain-write");
        readBack();
    });
}

void ReplaceTokenJob::readBack()
{
    Q_EMIT phaseChanged(Phase::ReadingBack);
    startStep(new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(), m_account.id()),
              [this](KeychainJob *read) {
                  if (read->error() || read->token() != m_token) {
                      restore(read->error() ? read->error()
                                            : Error(ErrorKind::Keychain, tr("The keychain gave back something other than "
                                                                            "the token just stored.")));
                      return;
                  }
                  Q_EMIT phaseChanged(Phase::Recording);
                  if (Error e = SettingsFile(m_workspace.settingsPath()).modify(m_lock, SettingsFile::storing(m_account))) {
                      restore(e);
                      return;
                  }
                  qCInfo(lcStore) << "stored a verified token for an account";
                  CrashPoint::reached(m_crashPoint + ":after-record");
                  finish();
              });
}

void ReplaceTokenJob::restore(const Error &reason)
{
    // The keychain as it was; the reason for failing is what the person needs to hear.
    const bool hadOne = !m_previousToken.isEmpty();
    auto *putBack = new KeychainJob(hadOne ? KeychainJob::Operation::Write : KeychainJob::Operation::Remove,
                                    m_workspace.keychainService(), m_account.id());
    putBack->setToken(m_previousToken);
    startStep(putBack, [this, reason](KeychainJob *restored) {
        if (restored->error()) {
            qCWarning(lcStore) << "could not put the keychain entry back:" << restored->error().message();
            m_needsRecovery = true;
        }
        finish(reason);
    });
}

} // namespace onboard
