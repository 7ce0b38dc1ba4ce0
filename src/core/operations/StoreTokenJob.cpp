#include "operations/StoreTokenJob.h"

#include "accounts/ChangeLock.h"
#include "changes/ChangeJournal.h"
#include "changes/CrashPoint.h"
#include "changes/ReplaceTokenJob.h"
#include "common/Logging.h"
#include "keychain/KeychainJob.h"
#include "oauth/OAuthGrant.h"
#include "oauth/TokenEndpointJob.h"
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

StoreTokenJob *StoreTokenJob::forCode(Workspace workspace, SetupOptions options, QString code, QString codeVerifier,
                                      QObject *parent)
{
    auto *job = new StoreTokenJob(std::move(workspace), std::move(options), QString(), parent);
    job->m_code = std::move(code);
    job->m_codeVerifier = std::move(codeVerifier);
    return job;
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
    if (m_options.isOAuth()) {
        exchangeCode();
        return;
    }
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
    verify(m_client, {}, {});
}

void StoreTokenJob::exchangeCode()
{
    setStep(Step::Verifying);
    if (Error e = m_options.oauth.validate()) {
        done(e);
        return;
    }
    OAuthRequest request = m_options.oauth;
    request.tokenUrl = m_workspace.tokenUrlFor(request.tokenUrl);
    auto *exchange = TokenEndpointJob::exchangeCode(request, m_code, m_codeVerifier, m_options.endpoint.caFile);
    m_code.clear(); // single-use either way
    startStep(exchange, [this](TokenEndpointJob *exchange) {
        if (Error e = exchange->error()) {
            done(e);
            return;
        }
        const TokenAnswer &answer = exchange->answer();
        OAuthGrant grant;
        grant.accessToken = answer.accessToken;
        grant.refreshToken = answer.refreshToken;
        grant.accessExpires = exchange->sentAt().addSecs(answer.expiresIn);
        m_token = grant.toText();
        auto *client = ApiClient::bearer(m_workspace.endpointFor(m_options.endpoint), grant.accessToken, this);
        verify(client, answer.scopes.isEmpty() ? m_options.oauth.scopes : answer.scopes, grant.accessExpires);
    });
}

void StoreTokenJob::verify(ApiClient *client, const QStringList &grantedScopes, const QDateTime &accessExpires)
{
    startStep(new VerifyJob(client), [this, grantedScopes, accessExpires](VerifyJob *verify) {
        if (Error e = verify->error()) {
            done(e);
            return;
        }
        m_member = verify->member();
        if (!m_expectedMemberId.isEmpty() && m_member.id != m_expectedMemberId) {
            done({ErrorKind::BadInput, tr("You signed in as %1, not as %2; nothing was stored. Sign in as %2 and try again.")
                                           .arg(m_member.username, m_expectedUsername)});
            return;
        }
        m_account = m_options.isOAuth()
                        ? Account::fromOAuthVerification(m_options, verify->member(), grantedScopes, accessExpires)
                        : Account::fromVerification(m_options, verify->member(), verify->tokenInfo());
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
