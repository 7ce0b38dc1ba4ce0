#include "StoreTokenOperation.h"

#include "AccountChangeJournal.h"
#include "AccountRegistry.h"
#include "ApiClient.h"
#include "ChangeLock.h"
#include "CrashPoint.h"
#include "CredentialFormat.h"
#include "Logging.h"
#include "TokenStoreJob.h"
#include "TokenVerifier.h"

#include <QDateTime>

namespace onboard {

StoreTokenOperation::StoreTokenOperation(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
}

StoreTokenOperation::~StoreTokenOperation() = default;

void StoreTokenOperation::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step);
}

void StoreTokenOperation::start()
{
    if (isRunning())
        return;
    m_error = {};
    m_account = {};
    m_member = {};
    m_previousToken.clear();
    m_journaled = false;
    m_keepJournal = false;
    // Checked before anything is sent: a malformed key or token gets no request.
    Error malformed = CredentialFormat::checkToken(m_token);
    if (!malformed)
        malformed = CredentialFormat::checkKey(m_options.request.apiKey);
    if (Error e = malformed) {
        QMetaObject::invokeMethod(this, [this, e] { finish(e); }, Qt::QueuedConnection);
        m_step = Step::Verifying;
        return;
    }
    setStep(Step::Verifying);
    delete m_client;
    const ApiEndpoint endpoint = m_profile.endpointFor(m_options.endpoint);
    if (isPreconnectedTo(endpoint, m_options.request.apiKey)) {
        m_client = m_preconnected;
        m_client->setToken(m_token);
    } else {
        delete m_preconnected;
        m_client = new ApiClient(endpoint, m_options.request.apiKey, m_token, this);
    }
    m_preconnected.clear(); // used once: a retry starts on a fresh client
    m_verifier = new TokenVerifier(m_client, m_client);
    connect(m_verifier, &TokenVerifier::finished, this, &StoreTokenOperation::onVerified);
    m_verifier->start();
}

void StoreTokenOperation::preconnect(const SetupOptions &options)
{
    if (isRunning() || CredentialFormat::checkKey(options.request.apiKey) || options.endpoint.validate())
        return;
    const ApiEndpoint endpoint = m_profile.endpointFor(options.endpoint);
    if (isPreconnectedTo(endpoint, options.request.apiKey))
        return;
    delete m_preconnected;
    m_preconnected = new ApiClient(endpoint, options.request.apiKey, QString(), this);
    // A CA file that cannot be read now may be fixed before Allow: only a client whose setup
    // succeeded is kept for the test call.
    if (m_preconnected->prepare()) {
        delete m_preconnected;
        return;
    }
    m_preconnectedEndpoint = endpoint;
    m_preconnectedKey = options.request.apiKey;
    m_preconnected->preconnect();
}

bool StoreTokenOperation::isPreconnectedTo(const ApiEndpoint &endpoint, const QString &apiKey) const
{
    return m_preconnected && m_preconnectedEndpoint == endpoint && m_preconnectedKey == apiKey;
}

void StoreTokenOperation::onVerified()
{
    if (Error e = m_verifier->error()) {
        finish(e);
        return;
    }
    m_member = m_verifier->member();
    m_tokenInfo = m_verifier->tokenInfo();
    m_account = buildAccount(m_tokenInfo);
    if (Error e = m_account.validate()) {
        finish({ErrorKind::Network, tr("The API host's answers cannot be stored: %1").arg(e.message())});
        return;
    }
    setStep(Step::Storing);
    m_lock = new ChangeLock(m_profile.registryPath(), this);
    m_lock->acquire([this](const Error &e) {
        if (e)
            finish(e);
        else
            readPrevious();
    });
}

void StoreTokenOperation::readPrevious()
{
    // What the keychain holds for this account now, to put back if recording fails.
    m_job = new TokenStoreJob(TokenStoreJob::Operation::Read, m_profile.keychainService(), m_account.id(), this);
    connect(m_job, &TokenStoreJob::finished, this, &StoreTokenOperation::onPreviousRead);
    m_job->start();
}

void StoreTokenOperation::onPreviousRead()
{
    const Error readError = m_job->error();
    // An entry that holds no well-formed token (BadInput) is nothing a person could use: it is
    // replaced like a missing one (TokenStoreJob's message tells them to run setup again).
    if (readError && readError.kind() != ErrorKind::NoAccount && readError.kind() != ErrorKind::BadInput) {
        finish(readError);
        return;
    }
    if (readError.kind() == ErrorKind::BadInput)
        qCWarning(lcStore) << "the keychain entry of this account held no well-formed token; it is replaced";
    m_previousToken = readError ? QString() : m_job->token();
    m_job->deleteLater();
    m_job = nullptr;
    if (Error e = AccountChangeJournal(AccountChangeJournal::pathFor(m_profile.registryPath()))
                      .add({m_account.id(), AccountChangeJournal::Change::Store, m_account})) {
        finish(e);
        return;
    }
    m_journaled = true;
    CrashPoint::reached("store:before-keychain-write");
    m_job = new TokenStoreJob(TokenStoreJob::Operation::Write, m_profile.keychainService(), m_account.id(), this);
    m_job->setToken(m_token);
    connect(m_job, &TokenStoreJob::finished, this, &StoreTokenOperation::onWritten);
    m_job->start();
}

void StoreTokenOperation::onWritten()
{
    if (Error e = m_job->error()) {
        // A write the keychain did not answer in time may still land: the journal entry stays,
        // so the next start records the account if it did.
        m_keepJournal = m_job->timedOut();
        finish(e);
        return;
    }
    m_job->deleteLater();
    CrashPoint::reached("store:after-keychain-write");
    setStep(Step::ReadingBack);
    m_job = new TokenStoreJob(TokenStoreJob::Operation::Read, m_profile.keychainService(), m_account.id(), this);
    connect(m_job, &TokenStoreJob::finished, this, &StoreTokenOperation::onReadBack);
    m_job->start();
}

void StoreTokenOperation::onReadBack()
{
    const Error e = m_job->error();
    if (e || m_job->token() != m_token) {
        restorePrevious(e ? e : Error(ErrorKind::Keychain, tr("The keychain gave back something other than the token just stored.")));
        return;
    }
    m_job->deleteLater();
    record();
}

void StoreTokenOperation::record()
{
    setStep(Step::Recording);
    if (const Error e = AccountRegistry(m_profile.registryPath()).storeAccount(m_account)) {
        restorePrevious(e);
        return;
    }
    qCInfo(lcStore) << "stored a verified token for an account";
    CrashPoint::reached("store:after-record");
    finish({});
}

void StoreTokenOperation::restorePrevious(const Error &reason)
{
    // Put the keychain back as it was; the reason for failing is what the person needs to hear.
    const auto operation = m_previousToken.isEmpty() ? TokenStoreJob::Operation::Remove : TokenStoreJob::Operation::Write;
    if (m_job)
        m_job->deleteLater();
    m_job = new TokenStoreJob(operation, m_profile.keychainService(), m_account.id(), this);
    if (!m_previousToken.isEmpty())
        m_job->setToken(m_previousToken);
    connect(m_job, &TokenStoreJob::finished, this, [this, reason] {
        if (m_job->error()) {
            // The journal entry stays: the next start completes the store from it.
            qCWarning(lcStore) << "could not put the keychain entry back:" << m_job->error().message();
            m_keepJournal = true;
        }
        finish(reason);
    });
    m_job->start();
}

void StoreTokenOperation::finish(const Error &error)
{
    if (m_journaled && !m_keepJournal) {
        if (Error e = AccountChangeJournal(AccountChangeJournal::pathFor(m_profile.registryPath())).remove(m_account.id()))
            qCWarning(lcStore) << "could not update the record of unfinished changes:" << e.message();
    }
    m_journaled = false;
    if (m_lock) {
        m_lock->release();
        m_lock->deleteLater();
    }
    m_error = error;
    if (error)
        m_account = {}; // account() names what was stored, and nothing was
    m_previousToken.clear();
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_step = Step::Done;
    Q_EMIT stepChanged(m_step);
    Q_EMIT finished();
}

Account StoreTokenOperation::buildAccount(const TokenInfo &info) const
{
    Account account;
    account.apiKey = m_options.request.apiKey;
    account.memberId = m_member.id;
    account.username = m_member.username;
    account.fullName = m_member.fullName;
    account.scopes = info.scopes;
    account.expiration = m_options.request.expiration;
    account.expires = info.expires;
    account.endpoint = m_options.endpoint;
    account.appName = m_options.request.appName;
    account.authorizeUrl = m_options.request.authorizeUrl;
    account.returnUrl = m_options.request.returnUrl;
    account.lastChecked = QDateTime::currentDateTimeUtc();
    return account;
}

} // namespace onboard
