#include "accounts/ReadTokenJob.h"

#include "accounts/SecretHeaders.h"
#include "keychain/KeychainJob.h"
#include "keychain/KeychainSnapshot.h"

namespace onboard {

ReadTokenJob::ReadTokenJob(Workspace workspace, Account account, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_account(std::move(account))
{
}

void ReadTokenJob::run()
{
    if (m_snapshot) {
        if (const Error &silent = m_snapshot->error()) {
            finish(silent);
            return;
        }
        // A malformed entry is read again below, where it is reported as such.
        const std::optional<QString> token = m_snapshot->entry(m_account.id());
        if (token && !KeychainJob::checkSecret(m_account.id(), *token)) {
            takeToken(*token);
            return;
        }
    }
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
                  takeToken(read->token());
              });
}

void ReadTokenJob::takeToken(const QString &token)
{
    m_token = token;
    if (!m_readHeaders || !m_account.hasKeptHeaders()) {
        finish();
        return;
    }
    if (m_snapshot) {
        if (const std::optional<QString> values = m_snapshot->entry(SecretHeaders::keychainKey(m_account.id()))) {
            takeHeaders({}, *values);
            return;
        }
    }
    readHeaders();
}

void ReadTokenJob::readHeaders()
{
    auto *read = new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(),
                                 SecretHeaders::keychainKey(m_account.id()));
    read->setContent(KeychainJob::Content::HeaderValues);
    startStep(read, [this](KeychainJob *headers) { takeHeaders(headers->error(), headers->token()); });
}

void ReadTokenJob::takeHeaders(Error error, const QString &values)
{
    // No entry: the headers' values were never kept, or are gone; SecretHeaders says which.
    if (!error || error.kind() == ErrorKind::NoAccount)
        error = SecretHeaders::fill(&m_account.endpoint.headers, error ? QString() : values);
    if (error)
        m_token.clear();
    finish(error);
}

} // namespace onboard
