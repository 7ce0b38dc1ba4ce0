#include "operations/StoreTokenJob.h"

#include "accounts/ChangeLock.h"
#include "changes/ChangeJournal.h"
#include "changes/CrashPoint.h"
#include "changes/ReplaceTokenJob.h"
#include "common/Logging.h"
#include "keychain/KeychainJob.h"
#include "trello/ApiClient.h"
#include "trello/CredentialFormat.h"
#include "trello/VerifyJob.h"

namespace onboard {

StoreTokenJob::StoreTokenJob(Workspace workspace, SetupOptions options, QString token, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_options(std::move(options))
    , m_token(std::move(token))
{
}

StoreTokenJob::~StoreTokenJob() = default;

ApiClient *StoreTokenJob::preconnect(const Workspace &workspace, const SetupOptions &options, QObject *parent)
{
    if (CredentialFormat::checkKey(options.request.apiKey) || options.endpoint.validate())
        return nullptr;
    auto *client = new ApiClient(workspace.endpointFor(options.endpoint), options.request.apiKey, QString(), parent);
    // A CA file that cannot be read now may be fixed before Allow: only a client whose setup
    // succeeded is kept for the test call.
    if (client->prepare()) {
        delete client;
        return nullptr;
    }
    client->preconnect();
    return client;
}

void StoreTokenJob::useConnection(ApiClient *client)
{
    if (!client || !client->isFor(m_workspace.endpointFor(m_options.endpoint), m_options.request.apiKey))
        return;
    client->setParent(this);
    m_client = client;
}

void StoreTokenJob::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step);
}

void StoreTokenJob::run()
{
    // Checked before anything is sent: a malformed key or token gets no request.
    Error malformed = CredentialFormat::checkToken(m_token);
    if (!malformed)
        malformed = CredentialFormat::checkKey(m_options.request.apiKey);
    if (malformed) {
        m_step = Step::Verifying;
        done(malformed);
        return;
    }
    setStep(Step::Verifying);
    if (!m_client)
        m_client = new ApiClient(m_workspace.endpointFor(m_options.endpoint), m_options.request.apiKey, QString(), this);
    m_client->setToken(m_token);
    startStep(new VerifyJob(m_client), [this](VerifyJob *verify) {
        if (Error e = verify->error()) {
            done(e);
            return;
        }
        m_member = verify->member();
        m_account = Account::fromVerification(m_options, verify->member(), verify->tokenInfo());
        if (Error e = m_account.validate()) {
            done({ErrorKind::Network, tr("The API host's answers cannot be stored: %1").arg(e.message())});
            return;
        }
        setStep(Step::Storing);
        m_lock = new ChangeLock(m_workspace.settingsPath(), this);
        startStep(m_lock->acquire(), [this](Job *acquired) {
            if (Error e = acquired->error())
                done(e);
            else
                store();
        });
    });
}

void StoreTokenJob::store()
{
    // What the keychain holds for this account now, to put back if recording fails.
    startStep(new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(), m_account.id()),
              [this](KeychainJob *previous) {
                  const Error readError = previous->error();
                  // An entry that holds no well-formed token (BadInput) is nothing a person could
                  // use: it is replaced like a missing one.
                  if (readError && readError.kind() != ErrorKind::NoAccount && readError.kind() != ErrorKind::BadInput) {
                      done(readError);
                      return;
                  }
                  if (readError.kind() == ErrorKind::BadInput)
                      qCWarning(lcStore) << "the keychain entry of this account held no well-formed token; it is replaced";
                  if (Error e = ChangeJournal(m_workspace).add(*m_lock, {ChangeJournal::Kind::Store, m_account.id(), m_account, {}})) {
                      done(e);
                      return;
                  }
                  m_dropJournalEntry = true;
                  CrashPoint::reached("store:before-keychain-write");
                  auto *replace = new ReplaceTokenJob(m_workspace, *m_lock, m_account, m_token,
                                                      readError ? QString() : previous->token(), QStringLiteral("store"));
                  connect(replace, &ReplaceTokenJob::phaseChanged, this, [this](ReplaceTokenJob::Phase phase) {
                      if (phase == ReplaceTokenJob::Phase::ReadingBack)
                          setStep(Step::ReadingBack);
                      else if (phase == ReplaceTokenJob::Phase::Recording)
                          setStep(Step::Recording);
                  });
                  startStep(replace, [this](ReplaceTokenJob *replaced) {
                      // The journal entry stays when the keychain may hold the new token after all:
                      // the next start records the account then.
                      m_dropJournalEntry = !replaced->needsRecovery();
                      done(replaced->error());
                  });
              });
}

void StoreTokenJob::done(const Error &error)
{
    if (m_dropJournalEntry) {
        if (Error e = ChangeJournal(m_workspace).remove(*m_lock, m_account.id(), ChangeJournal::Kind::Store))
            qCWarning(lcStore) << "could not update the record of unfinished changes:" << e.message();
    }
    if (m_lock)
        m_lock->release();
    if (error)
        m_account = {}; // account() names what was stored, and nothing was
    m_step = Step::Done;
    Q_EMIT stepChanged(m_step);
    finish(error);
}

} // namespace onboard
