#include "RotateTokenOperation.h"

#include "AccountRegistry.h"
#include "ApiClient.h"
#include "ApiReply.h"
#include "ChangeLock.h"
#include "CrashPoint.h"
#include "CredentialFormat.h"
#include "Logging.h"
#include "RevokeAccountOperation.h"
#include "RotationJournal.h"
#include "TokenStoreJob.h"
#include "TokenVerifier.h"

#include <QDateTime>

namespace onboard {

RotateTokenOperation::RotateTokenOperation(Profile profile, Account account, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_original(std::move(account))
    , m_options(optionsFor(m_original))
{
}

RotateTokenOperation::~RotateTokenOperation() = default;

SetupOptions RotateTokenOperation::optionsFor(const Account &account)
{
    SetupOptions options;
    options.request.apiKey = account.apiKey;
    if (!account.appName.isEmpty())
        options.request.appName = account.appName;
    options.request.scopes = account.scopes;
    options.request.expiration = account.expiration;
    if (account.authorizeUrl.isValid())
        options.request.authorizeUrl = account.authorizeUrl;
    if (account.returnUrl.isValid())
        options.request.returnUrl = account.returnUrl;
    options.endpoint = account.endpoint;
    return options;
}

SetupOptions RotateTokenOperation::optionsFor(const Account &account, const SetupOptions &overrides)
{
    SetupOptions options = optionsFor(account);
    const auto take = [&overrides](const char *name) { return overrides.isGiven(QLatin1String(name)); };
    if (take("key"))
        options.request.apiKey = overrides.request.apiKey;
    if (take("app-name"))
        options.request.appName = overrides.request.appName;
    if (take("scope"))
        options.request.scopes = overrides.request.scopes;
    if (take("expiration"))
        options.request.expiration = overrides.request.expiration;
    if (take("authorize-url"))
        options.request.authorizeUrl = overrides.request.authorizeUrl;
    if (take("return-url"))
        options.request.returnUrl = overrides.request.returnUrl;
    if (take("api-host"))
        options.endpoint.apiHost = overrides.endpoint.apiHost;
    if (take("header"))
        options.endpoint.headers = overrides.endpoint.headers;
    if (take("credentials-in"))
        options.endpoint.credentialsIn = overrides.endpoint.credentialsIn;
    if (take("ca-file"))
        options.endpoint.caFile = overrides.endpoint.caFile;
    options.given = overrides.given;
    return options;
}

void RotateTokenOperation::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step);
}

void RotateTokenOperation::keychain(int operation, const QString &key, const QString &token,
                       std::function<void(TokenStoreJob *)> then)
{
    TokenStoreJob::run(static_cast<TokenStoreJob::Operation>(operation), m_profile.keychainService(), key, token, this,
                       std::move(then));
}

void RotateTokenOperation::start()
{
    if (isRunning())
        return;
    m_error = {};
    m_revokeProblem = {};
    m_oldRevoked = false;
    m_stashed = false;
    m_oldToken.clear();
    m_account = {};
    Error bad = CredentialFormat::checkToken(m_newToken);
    if (!bad && m_options.request.apiKey != m_original.apiKey)
        bad = Error(ErrorKind::BadInput,
                    tr("A rotation keeps the account's API key (%1). To use another key, add an account instead.")
                        .arg(m_original.apiKey));
    if (bad) {
        m_step = Step::ReadingOld;
        QMetaObject::invokeMethod(
            this, [this, bad] { finish(bad); }, Qt::QueuedConnection);
        return;
    }
    setStep(Step::ReadingOld);
    // From reading the old token to the end: one change to stored tokens at a time, across
    // copies, so that the token read here is still the one replaced and revoked later.
    m_lock = new ChangeLock(m_profile.registryPath(), this);
    m_lock->acquire([this](const Error &e) {
        if (e) {
            finish({e.kind(), tr("%1 The old token is still stored and works.").arg(e.message())});
            return;
        }
        keychain(int(TokenStoreJob::Operation::Read), m_original.id(), {},
                 [this](TokenStoreJob *job) { onOldRead(job); });
    });
}

void RotateTokenOperation::onOldRead(TokenStoreJob *job)
{
    const Error e = job->error();
    // No entry, or one that holds no token: there is nothing to keep or revoke.
    if (e && e.kind() != ErrorKind::NoAccount && e.kind() != ErrorKind::BadInput) {
        finish(e);
        return;
    }
    m_oldToken = e ? QString() : job->token();
    // An earlier rotation that recovery could not settle keeps its old token aside; a second one
    // would overwrite that copy, and the earlier old token would never be revoked.
    QStringList unfinished;
    RotationJournal(RotationJournal::pathFor(m_profile.registryPath())).read(&unfinished);
    if (unfinished.contains(m_original.id())) {
        finish({ErrorKind::Network,
                tr("An earlier rotation of %1 is not finished yet: it could not be checked because the API host "
                   "or the keychain could not be reached. It is finished the next time trello-onboard starts "
                   "with both reachable; rotate again after that. Nothing was changed.")
                    .arg(m_original.username)});
        return;
    }
    setStep(Step::Verifying);
    m_client = new ApiClient(m_profile.endpointFor(m_options.endpoint), m_original.apiKey, m_newToken, this);
    m_verifier = new TokenVerifier(m_client, m_client);
    connect(m_verifier, &TokenVerifier::finished, this, &RotateTokenOperation::onVerified);
    m_verifier->start();
}

void RotateTokenOperation::onVerified()
{
    const Error e = m_verifier->error();
    const MemberInfo member = m_verifier->member();
    const TokenInfo info = m_verifier->tokenInfo();
    m_client->deleteLater();
    if (e) {
        finish({e.kind(),
                tr("The new token was not verified: %1 Nothing was changed; the old token is still stored and works.")
                    .arg(e.message())});
        return;
    }
    if (member.id != m_original.memberId) {
        finish({ErrorKind::BadInput,
                tr("The new token belongs to %1, not to %2: sign in to Trello as %2 and rotate again. "
                   "Nothing was changed; the old token is still stored and works.")
                    .arg(member.username, m_original.username)});
        return;
    }
    m_account = m_original;
    m_account.username = member.username;
    m_account.fullName = member.fullName;
    m_account.scopes = info.scopes;
    m_account.expires = info.expires;
    m_account.expiration = m_options.request.expiration;
    m_account.endpoint = m_options.endpoint;
    m_account.appName = m_options.request.appName;
    m_account.authorizeUrl = m_options.request.authorizeUrl;
    m_account.returnUrl = m_options.request.returnUrl;
    m_account.lastChecked = QDateTime::currentDateTimeUtc();
    if (Error invalid = m_account.validate()) {
        finish({ErrorKind::Network, tr("The API host's answers cannot be stored: %1").arg(invalid.message())});
        return;
    }
    stash();
}

void RotateTokenOperation::stash()
{
    setStep(Step::Stashing);
    if (m_oldToken.isEmpty() || m_oldToken == m_newToken) {
        store(); // nothing to keep, nothing to revoke
        return;
    }
    // The record first: a stash that no record names would never be cleaned up.
    if (Error e = RotationJournal(RotationJournal::pathFor(m_profile.registryPath())).add(m_original.id())) {
        finish(e);
        return;
    }
    CrashPoint::reached("rotate:after-journal");
    keychain(int(TokenStoreJob::Operation::Write), RotationJournal::stashKey(m_original.id()), m_oldToken,
             [this](TokenStoreJob *job) {
                 if (Error e = job->error()) {
                     RotationJournal(RotationJournal::pathFor(m_profile.registryPath())).remove(m_original.id());
                     finish({e.kind(),
                             tr("%1 Nothing was changed; the old token is still stored and works.").arg(e.message())});
                     return;
                 }
                 m_stashed = true;
                 CrashPoint::reached("rotate:after-stash");
                 store();
             });
}

void RotateTokenOperation::store()
{
    setStep(Step::Storing);
    keychain(int(TokenStoreJob::Operation::Write), m_original.id(), m_newToken, [this](TokenStoreJob *job) {
        if (Error e = job->error()) {
            restoreOld(e);
            return;
        }
        CrashPoint::reached("rotate:after-keychain-write");
        keychain(int(TokenStoreJob::Operation::Read), m_original.id(), {}, [this](TokenStoreJob *readBack) {
            if (readBack->error() || readBack->token() != m_newToken) {
                restoreOld(readBack->error()
                               ? readBack->error()
                               : Error(ErrorKind::Keychain,
                                       tr("The keychain gave back something other than the token just stored.")));
                return;
            }
            record();
        });
    });
}

void RotateTokenOperation::record()
{
    if (const Error e = AccountRegistry(m_profile.registryPath()).storeAccount(m_account)) {
        restoreOld(e);
        return;
    }
    qCInfo(lcStore) << "stored the new token of a rotation";
    CrashPoint::reached("rotate:after-record");
    revokeOld();
}

void RotateTokenOperation::revokeOld()
{
    if (m_oldToken.isEmpty() || m_oldToken == m_newToken) {
        m_oldRevoked = m_oldToken.isEmpty();
        cleanUp();
        return;
    }
    setStep(Step::Revoking);
    // Sent where the old token was used, with the old token itself.
    m_client = new ApiClient(m_profile.endpointFor(m_original), m_original.apiKey, m_oldToken, this);
    ApiReply *reply = m_client->deleteResource(QStringLiteral("tokens/") + m_oldToken + QLatin1Char('/'));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const Error e = reply->error();
        const QString phrase = QString::fromUtf8(reply->body().left(100)).trimmed().toLower();
        m_client->deleteLater();
        CrashPoint::reached("rotate:after-revoke");
        if (!e || (e.kind() == ErrorKind::TokenRefused && (phrase.startsWith(QLatin1String("invalid token")) ||
                                                           phrase.startsWith(QLatin1String("expired token"))))) {
            m_oldRevoked = true;
        } else {
            qCInfo(lcStore) << "the old token of a rotation was not revoked:" << Error::kindName(e.kind());
            m_revokeProblem =
                Error(e.kind(), tr("The new token is stored and works, but Trello did not revoke the old one: %1 "
                                   "The old token keeps working until it expires or is revoked. %2")
                                    .arg(e.message(), RevokeAccountOperation::howToRevokeOnTrello()));
        }
        cleanUp();
    });
}

void RotateTokenOperation::cleanUp()
{
    if (!m_stashed) {
        finish({});
        return;
    }
    keychain(int(TokenStoreJob::Operation::Remove), RotationJournal::stashKey(m_original.id()), {},
             [this](TokenStoreJob *job) {
                 if (job->error()) {
                     // The record stays, so the next start removes the stash.
                     qCWarning(lcStore) << "could not remove the old token kept during a rotation:"
                                        << job->error().message();
                 } else {
                     RotationJournal(RotationJournal::pathFor(m_profile.registryPath())).remove(m_original.id());
                 }
                 finish({});
             });
}

void RotateTokenOperation::restoreOld(const Error &reason)
{
    const Error told(reason.kind(),
                     tr("%1 The old token was put back; it is still stored and works.").arg(reason.message()));
    const auto operation = m_oldToken.isEmpty() ? TokenStoreJob::Operation::Remove : TokenStoreJob::Operation::Write;
    keychain(int(operation), m_original.id(), m_oldToken, [this, told, reason](TokenStoreJob *job) {
        if (job->error()) {
            // The stash and the record stay: the next start puts the old token back.
            qCWarning(lcStore) << "could not put the old token back:" << job->error().message();
            finish({reason.kind(),
                    tr("%1 The old token could not be put back yet; it is kept in the keychain and put back "
                       "the next time trello-onboard starts.")
                        .arg(reason.message())});
            return;
        }
        if (!m_stashed) {
            finish(told);
            return;
        }
        keychain(int(TokenStoreJob::Operation::Remove), RotationJournal::stashKey(m_original.id()), {},
                 [this, told](TokenStoreJob *removed) {
                     if (!removed->error())
                         RotationJournal(RotationJournal::pathFor(m_profile.registryPath())).remove(m_original.id());
                     finish(told);
                 });
    });
}

void RotateTokenOperation::finish(const Error &error)
{
    if (m_lock) {
        m_lock->release();
        m_lock->deleteLater();
    }
    m_error = error;
    if (error)
        m_account = {};
    m_oldToken.clear();
    m_step = Step::Done;
    Q_EMIT stepChanged(m_step);
    Q_EMIT finished();
}

} // namespace onboard
