#include "changes/RemoveTokenJob.h"

#include "accounts/SecretHeaders.h"
#include "accounts/SettingsFile.h"
#include "changes/CrashPoint.h"
#include "keychain/KeychainJob.h"

namespace onboard {

RemoveTokenJob::RemoveTokenJob(Workspace workspace, const ChangeLock &held, QString accountId, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_lock(held)
    , m_accountId(std::move(accountId))
{
}

void RemoveTokenJob::run()
{
    startStep(new KeychainJob(KeychainJob::Operation::Remove, m_workspace.keychainService(), m_accountId),
              [this](KeychainJob *job) {
                  if (Error e = job->error()) {
                      // Nothing was removed; unless the keychain did not answer in time: then the
                      // removal may still happen.
                      m_needsRecovery = job->timedOut();
                      finish(e);
                      return;
                  }
                  CrashPoint::reached("remove:after-keychain-remove");
                  removeHeadersAndRecord();
              });
}

void RemoveTokenJob::removeHeadersAndRecord()
{
    // The values of the account's secret headers, if it had any (removing none is success).
    startStep(new KeychainJob(KeychainJob::Operation::Remove, m_workspace.keychainService(),
                              SecretHeaders::keychainKey(m_accountId)),
              [this](KeychainJob *job) {
                  Account removed; // stays empty when the record was already gone
                  Error e = job->error();
                  if (!e)
                      e = SettingsFile(m_workspace.settingsPath()).modify(m_lock, SettingsFile::removing(m_accountId, &removed));
                  if (e) {
                      m_needsRecovery = true; // the token is gone, the record is not yet
                      finish({e.kind(), tr("The token of %1 was removed from the keychain, but its account record "
                                           "was not: %2 The record is removed the next time trello-onboard runs.")
                                            .arg(m_accountId, e.message())});
                      return;
                  }
                  m_removed = removed;
                  finish();
              });
}

} // namespace onboard
