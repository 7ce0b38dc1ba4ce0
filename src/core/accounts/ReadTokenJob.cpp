#include "accounts/ReadTokenJob.h"

#include "accounts/SecretHeaders.h"
#include "keychain/KeychainJob.h"

namespace onboard {

ReadTokenJob::ReadTokenJob(Workspace workspace, Account account, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_account(std::move(account))
{
}

void ReadTokenJob::run()
{
    startStep(new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(), m_account.id()),
              [this](KeychainJob *read) {
                  Error e = read->error();
                  if (e.kind() == ErrorKind::NoAccount)
                      e = Error(ErrorKind::NoAccount, tr("The keychain holds no token for %1 (%2); it may have been "
                                                         "removed by another program. Run trello-onboard setup to "
                                                         "store a new one.")
                                                          .arg(m_account.username, m_account.id()));
                  if (e) {
                      finish(e);
                      return;
                  }
                  m_token = read->token();
                  if (m_readHeaders && m_account.hasKeptHeaders())
                      readHeaders();
                  else
                      finish();
              });
}

void ReadTokenJob::readHeaders()
{
    auto *read = new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(),
                                 SecretHeaders::keychainKey(m_account.id()));
    read->setContent(KeychainJob::Content::HeaderValues);
    startStep(read, [this](KeychainJob *headers) {
        Error e = headers->error();
        if (!e || e.kind() == ErrorKind::NoAccount)
            e = SecretHeaders::fill(&m_account.endpoint.headers, e ? QString() : headers->token());
        if (e)
            m_token.clear();
        finish(e);
    });
}

} // namespace onboard
