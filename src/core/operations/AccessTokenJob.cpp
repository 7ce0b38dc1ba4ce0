#include "operations/AccessTokenJob.h"

#include "accounts/ChangeLock.h"
#include "accounts/ReadTokenJob.h"
#include "accounts/SettingsFile.h"
#include "changes/ChangeJournal.h"
#include "changes/CrashPoint.h"
#include "common/Logging.h"
#include "keychain/KeychainJob.h"
#include "oauth/TokenEndpointJob.h"

namespace onboard {

AccessTokenJob::AccessTokenJob(Workspace workspace, Account account, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_account(std::move(account))
{
}

bool AccessTokenJob::needsRefresh(const OAuthGrant &grant) const
{
    return m_forceRefresh || !grant.isFreshAt(QDateTime::currentDateTimeUtc());
}

void AccessTokenJob::run()
{
    auto *read = new ReadTokenJob(m_workspace, m_account);
    read->setReadHeaders(m_readHeaders);
    read->setSnapshot(m_snapshot);
    startStep(read, [this](ReadTokenJob *read) {
        if (Error e = read->error()) {
            done(e);
            return;
        }
        m_account = read->account();
        if (Error e = OAuthGrant::fromText(read->token(), &m_grant)) {
            done(e);
            return;
        }
        if (needsRefresh(m_grant))
            lockAndRefresh();
        else
            done({});
    });
}

void AccessTokenJob::lockAndRefresh()
{
    if (!m_grant.canRefresh()) {
        done({ErrorKind::TokenRefused, tr("The access token of %1 has expired, and the grant has no refresh token "
                                          "(offline_access was not granted); sign in again with trello-onboard rotate.")
                                           .arg(m_account.username)});
        return;
    }
    m_lock = new ChangeLock(m_workspace.settingsPath(), this);
    startStep(m_lock->acquire(), [this](Job *acquired) {
        if (Error e = acquired->error()) {
            done(e);
            return;
        }
        // Another copy may have refreshed while this one waited: what is stored now is what counts
        // (the refresh token read before the wait may already be spent).
        startStep(new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(), m_account.id()),
                  [this](KeychainJob *reread) {
                      if (Error e = reread->error())
                          done(e);
                      else
                          refreshUnderLock(reread->token());
                  });
    });
}

void AccessTokenJob::refreshUnderLock(const QString &storedText)
{
    OAuthGrant stored;
    if (Error e = OAuthGrant::fromText(storedText, &stored)) {
        done(e);
        return;
    }
    if (!(stored == m_grant) && !needsRefresh(stored) ) {
        m_grant = stored; // refreshed by another copy meanwhile
        done({});
        return;
    }
    m_grant = stored;
    if (Error e = ChangeJournal(m_workspace).add(*m_lock, {ChangeJournal::Kind::Refresh, m_account.id(), {}, {}})) {
        done(e);
        return;
    }
    m_journaled = true;
    CrashPoint::reached("refresh:after-journal");
    const QUrl tokenUrl = m_workspace.tokenUrlFor(m_account);
    auto *exchange = TokenEndpointJob::refresh(m_account.clientId, tokenUrl, m_grant.refreshToken, m_account.endpoint.caFile);
    startStep(exchange, [this](TokenEndpointJob *exchange) {
        if (Error e = exchange->error()) {
            if (e.kind() == ErrorKind::TokenRefused)
                e = Error(ErrorKind::TokenRefused, tr("Trello ended the OAuth 2.0 sign-in of %1; sign in again with "
                                                      "trello-onboard rotate --account %1. (%2)")
                                                       .arg(m_account.username, e.message()));
            done(e);
            return;
        }
        CrashPoint::reached("refresh:after-request");
        const TokenAnswer &answer = exchange->answer();
        OAuthGrant fresh;
        fresh.accessToken = answer.accessToken;
        // A server that does not rotate refresh tokens hands out none: the one spent stays good.
        fresh.refreshToken = answer.refreshToken.isEmpty() ? m_grant.refreshToken : answer.refreshToken;
        fresh.accessExpires = exchange->sentAt().addSecs(answer.expiresIn);
        keep(fresh, answer.scopes);
    });
}

void AccessTokenJob::keep(const OAuthGrant &fresh, const QStringList &grantedScopes)
{
    // Written and read back before anything is handed out: the refresh token that came with it
    // is now the only one that works.
    auto *write = new KeychainJob(KeychainJob::Operation::Write, m_workspace.keychainService(), m_account.id());
    write->setToken(fresh.toText());
    startStep(write, [this, fresh, grantedScopes](KeychainJob *written) {
        if (Error e = written->error()) {
            done({e.kind(), tr("The renewed OAuth 2.0 grant of %1 could not be kept in the keychain: %2 The one stored "
                               "before may no longer refresh; if so, sign in again with trello-onboard rotate.")
                                .arg(m_account.username, e.message())});
            return;
        }
        CrashPoint::reached("refresh:after-keychain-write");
        startStep(new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(), m_account.id()),
                  [this, fresh, grantedScopes](KeychainJob *readBack) {
                      if (Error e = readBack->error()) {
                          done(e);
                          return;
                      }
                      if (readBack->token() != fresh.toText()) {
                          done({ErrorKind::Keychain, tr("The keychain gave back something else than the renewed grant "
                                                        "of %1 just written.").arg(m_account.username)});
                          return;
                      }
                      m_grant = fresh;
                      m_refreshed = true;
                      // The record only says when the access token expires and when the grant was
                      // last renewed: a record that cannot be written is a warning, not a failure.
                      const Account renewed = m_account.renewedBy(grantedScopes, fresh.accessExpires);
                      const Error recorded = SettingsFile(m_workspace.settingsPath()).modify(*m_lock, SettingsFile::recordingChecks({renewed}));
                      if (recorded)
                          qCWarning(lcStore).noquote() << "the renewed grant's expiry was not recorded:" << recorded.message();
                      m_account = renewed;
                      CrashPoint::reached("refresh:after-record");
                      done({});
                  });
    });
}

void AccessTokenJob::done(const Error &error)
{
    if (m_journaled) {
        if (Error e = ChangeJournal(m_workspace).remove(*m_lock, m_account.id(), ChangeJournal::Kind::Refresh))
            qCWarning(lcStore) << "could not update the record of unfinished changes:" << e.message();
    }
    if (m_lock)
        m_lock->release();
    if (error)
        m_grant = {};
    finish(error);
}

} // namespace onboard
