#include "changes/ChangeRecovery.h"

#include "oauth/OAuthGrant.h"

#include "accounts/ChangeLock.h"
#include "accounts/SecretHeaders.h"
#include "accounts/SettingsFile.h"
#include "changes/RemoveTokenJob.h"
#include "common/Logging.h"
#include "keychain/KeychainJob.h"
#include "accounts/ReadTokenJob.h"
#include "trello/ApiClient.h"
#include "trello/MoveWebhooksJob.h"
#include "trello/RevokeTokenJob.h"
#include "trello/VerifyJob.h"

namespace onboard {

namespace {
// Accounts whose secret headers' values an earlier release wrote into the settings file.
QList<Account> withSecretValuesInTheFile(const Workspace &workspace)
{
    SettingsFile settings(workspace.settingsPath());
    QList<Account> found;
    if (!settings.load()) {
        for (const Account &account : settings.accounts()) {
            if (account.hasUnmovedSecretValues())
                found.append(account);
        }
    }
    return found;
}
} // namespace

bool ChangeRecovery::needed(const Workspace &workspace)
{
    return ChangeJournal(workspace).exists() || !withSecretValuesInTheFile(workspace).isEmpty();
}

ChangeRecovery::ChangeRecovery(Workspace workspace, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_lockWaitMs(ChangeLock::DefaultWaitMs)
{
}

ChangeRecovery::~ChangeRecovery() = default;

void ChangeRecovery::run()
{
    if (!needed(m_workspace)) {
        finish();
        return;
    }
    m_lock = new ChangeLock(m_workspace.settingsPath(), this);
    m_lock->setWaitMs(m_lockWaitMs);
    startStep(m_lock->acquire(), [this](Job *acquired) {
        if (Error e = acquired->error()) {
            // Another copy is busy with the stored tokens; it finishes its own change, and an
            // older interrupted one is put right at the next start.
            m_reports.append(e.message());
            finish();
            return;
        }
        if (Error e = ChangeJournal(m_workspace).read(&m_pending))
            m_reports.append(e.message());
        next();
    });
}

void ChangeRecovery::next()
{
    m_client.clear();
    m_stash.clear();
    if (m_pending.isEmpty()) {
        m_toMove = withSecretValuesInTheFile(m_workspace);
        moveSecretValues();
        return;
    }
    m_entry = m_pending.takeFirst();
    switch (m_entry.kind) {
    case ChangeJournal::Kind::Store:
        recoverStore();
        return;
    case ChangeJournal::Kind::Remove:
        recoverRemoval();
        return;
    case ChangeJournal::Kind::Rotate:
        recoverRotation();
        return;
    case ChangeJournal::Kind::Refresh:
        recoverRefresh();
        return;
    }
}

void ChangeRecovery::settle(Outcome outcome, const QString &report)
{
    m_outcomes.insert(m_entry.accountId, outcome);
    if (!report.isEmpty()) {
        m_reports.append(report);
        qCInfo(lcStore) << "recovery of an interrupted change:" << outcome;
    }
    if (outcome != Outcome::Undecided) {
        if (Error e = ChangeJournal(m_workspace).remove(*m_lock, m_entry.accountId, m_entry.kind))
            m_reports.append(e.message());
    }
    next();
}

// ---- refresh (OAuth 2.0) ---------------------------------------------------------------------

void ChangeRecovery::recoverRefresh()
{
    // Nothing to undo: a keychain write is whole, so the entry holds the grant from before the
    // refresh or the one after it. Only the record's access expiry may be behind.
    startStep(new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(), m_entry.accountId),
              [this](KeychainJob *read) {
                  OAuthGrant grant;
                  if (read->error() || OAuthGrant::fromText(read->token(), &grant)) {
                      settle(Outcome::NothingToDo);
                      return;
                  }
                  SettingsFile settings(m_workspace.settingsPath());
                  const Account *account = settings.load() ? nullptr : settings.find(m_entry.accountId);
                  const QString who = account ? account->username : m_entry.accountId;
                  if (!grant.isFreshAt(QDateTime::currentDateTimeUtc())) {
                      // The new grant was not kept; whether Trello already spent the old refresh
                      // token only Trello knows, and says at the next refresh.
                      settle(Outcome::NothingToDo,
                             tr("A refresh of the OAuth 2.0 sign-in of %1 was interrupted before the new grant was kept; if "
                                "Trello ends the grant for it, sign in again with trello-onboard rotate.").arg(who));
                      return;
                  }
                  if (account && account->expires != grant.accessExpires) {
                      const QDateTime expires = grant.accessExpires;
                      settings.modify(*m_lock, [id = m_entry.accountId, expires](QList<Account> &accounts) {
                          for (Account &a : accounts) {
                              if (a.id() == id)
                                  a.expires = expires;
                          }
                      });
                  }
                  settle(Outcome::Completed);
              });
}

// ---- store ----------------------------------------------------------------------------------

void ChangeRecovery::recoverStore()
{
    SettingsFile settings(m_workspace.settingsPath());
    if (Error e = settings.load()) {
        settle(Outcome::Undecided, e.message());
        return;
    }
    if (settings.find(m_entry.accountId)) {
        settle(Outcome::NothingToDo);
        return;
    }
    startStep(new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(), m_entry.accountId),
              [this](KeychainJob *read) {
                  const Error e = read->error();
                  if (e.kind() == ErrorKind::NoAccount || e.kind() == ErrorKind::BadInput) {
                      // The store never got to the token; secret header values it may have written
                      // for this account, which no record names, go too.
                      startStep(new KeychainJob(KeychainJob::Operation::Remove, m_workspace.keychainService(),
                                                SecretHeaders::keychainKey(m_entry.accountId)),
                                [this](KeychainJob *removed) {
                                    settle(removed->error() ? Outcome::Undecided : Outcome::NothingToDo,
                                           removed->error().message());
                                });
                      return;
                  }
                  if (e) {
                      settle(Outcome::Undecided, tr("An interrupted setup of %1 could not be completed: %2 It is "
                                                    "tried again at the next start.")
                                                     .arg(m_entry.account.username, e.message()));
                      return;
                  }
                  // Nothing recorded it (checked above, under the change lock).
                  if (Error saved = SettingsFile(m_workspace.settingsPath()).modify(*m_lock, SettingsFile::storing(m_entry.account))) {
                      settle(Outcome::Undecided, saved.message());
                      return;
                  }
                  settle(Outcome::Completed, tr("An interrupted setup of %1 was completed: the token is stored and "
                                                "recorded.")
                                                 .arg(m_entry.account.username));
              });
}

// ---- remove ---------------------------------------------------------------------------------

void ChangeRecovery::recoverRemoval()
{
    startStep(new RemoveTokenJob(m_workspace, *m_lock, m_entry.accountId), [this](RemoveTokenJob *removal) {
        if (Error e = removal->error()) {
            settle(Outcome::Undecided, tr("An interrupted removal of %1 could not be completed: %2 It is tried "
                                          "again at the next start.")
                                           .arg(m_entry.accountId, e.message()));
            return;
        }
        const QString &username = removal->removed().username;
        settle(Outcome::Completed, username.isEmpty() ? QString()
                                                      : tr("An interrupted removal of %1 was completed: the token and "
                                                           "the account record are gone from this computer.")
                                                            .arg(username));
    });
}

// ---- rotate ---------------------------------------------------------------------------------

void ChangeRecovery::recoverRotation()
{
    m_haveAccount = false;
    SettingsFile settings(m_workspace.settingsPath());
    if (Error e = settings.load()) {
        // Whether the account was forgotten cannot be told: the kept old token stays.
        settle(Outcome::Undecided, rotationUnchecked(m_entry.accountId, e));
        return;
    }
    if (const Account *a = settings.find(m_entry.accountId); a && a->id() == m_entry.accountId) {
        m_account = *a;
        m_haveAccount = true;
    }
    startStep(new KeychainJob(KeychainJob::Operation::Read, m_workspace.keychainService(),
                              ChangeJournal::stashKey(m_entry.accountId)),
              [this](KeychainJob *read) { onStashRead(read->error(), read->token()); });
}

QString ChangeRecovery::rotationUnchecked(const QString &who, const Error &why)
{
    return tr("An interrupted rotation of %1 could not be checked: %2 It is tried again at the next start.")
        .arg(who, why.message());
}

void ChangeRecovery::onStashRead(const Error &error, const QString &stash)
{
    if (error.kind() == ErrorKind::NoAccount) {
        settle(Outcome::NothingToDo);
        return;
    }
    if (error) {
        settle(Outcome::Undecided, rotationUnchecked(m_entry.accountId, error));
        return;
    }
    m_stash = stash;
    if (!m_haveAccount) {
        // The account was forgotten meanwhile: the kept copy goes too.
        removeStash(Outcome::NothingToDo, {});
        return;
    }
    // The token in place now, and the values of the account's secret headers for the calls below.
    startStep(new ReadTokenJob(m_workspace, m_account), [this](ReadTokenJob *read) {
        m_account = read->account();
        onCurrentRead(read->error(), read->token());
    });
}

void ChangeRecovery::onCurrentRead(const Error &error, const QString &current)
{
    if (error && error.kind() != ErrorKind::NoAccount && error.kind() != ErrorKind::BadInput) {
        settle(Outcome::Undecided, rotationUnchecked(m_entry.accountId, error));
        return;
    }
    if (error || current.isEmpty() || current == m_stash) {
        rollBack();
        return;
    }
    startStep(new VerifyJob(clientFor(current)), [this](VerifyJob *verify) {
        const Error e = verify->error();
        if (e.kind() == ErrorKind::TokenRefused || (!e && verify->member().id != m_account.memberId)) {
            rollBack();
            return;
        }
        if (e) {
            settle(Outcome::Undecided, rotationUnchecked(m_account.username, e));
            return;
        }
        finishRotation(m_account.refreshedBy(verify->member(), verify->tokenInfo()));
    });
}

void ChangeRecovery::finishRotation(const Account &refreshed)
{
    // The new token works: the rotation is finished. The record gets what the token has now.
    if (Error saved = SettingsFile(m_workspace.settingsPath()).modify(*m_lock, SettingsFile::recordingChecks({refreshed}))) {
        settle(Outcome::Undecided, saved.message());
        return;
    }
    // The old token's webhooks die with it: what the rotation had not moved yet is moved first
    // (what the new token has already is not made twice). m_client holds the new token (verified).
    auto *old = new ApiClient(m_workspace.endpointFor(m_account), m_account.apiKey, m_stash, this);
    startStep(new MoveWebhooksJob(old, m_client), [this, old](MoveWebhooksJob *move) {
        old->deleteLater();
        if (move->error()) { // not known what the old token still has: it is neither revoked nor dropped
            settle(Outcome::Undecided, rotationUnchecked(m_account.username, move->error()));
            return;
        }
        if (!move->allMoved()) {
            removeStash(Outcome::Completed,
                        tr("An interrupted rotation of %1 was finished: the new token is stored and works. %2")
                            .arg(m_account.username, move->keptOldTokenSentence()));
            return;
        }
        startStep(new RevokeTokenJob(clientFor(m_stash)), [this](RevokeTokenJob *revoke) {
            QString report = tr("An interrupted rotation of %1 was finished: the new token is stored and works.")
                                 .arg(m_account.username);
            if (!revoke->isGone())
                report += QLatin1Char(' ') + tr("The old token could not be revoked (%1); revoke it on trello.com.")
                                                 .arg(revoke->error().message());
            removeStash(Outcome::Completed, report);
        });
    });
}

void ChangeRecovery::rollBack()
{
    auto *write = new KeychainJob(KeychainJob::Operation::Write, m_workspace.keychainService(), m_entry.accountId);
    write->setToken(m_stash);
    startStep(write, [this](KeychainJob *written) {
        if (Error e = written->error()) {
            settle(Outcome::Undecided, tr("An interrupted rotation of %1 could not be rolled back: %2 It is tried "
                                          "again at the next start.")
                                           .arg(m_entry.accountId, e.message()));
            return;
        }
        removeStash(Outcome::RolledBack, tr("An interrupted rotation of %1 was rolled back: the old token is stored "
                                            "again.")
                                             .arg(m_haveAccount ? m_account.username : m_entry.accountId));
    });
}

void ChangeRecovery::removeStash(Outcome outcome, const QString &report)
{
    m_stash.clear();
    startStep(new KeychainJob(KeychainJob::Operation::Remove, m_workspace.keychainService(),
                              ChangeJournal::stashKey(m_entry.accountId)),
              [this, outcome, report](KeychainJob *removed) {
                  if (Error e = removed->error()) {
                      settle(Outcome::Undecided, e.message());
                      return;
                  }
                  settle(outcome, report);
              });
}

// ---- secret header values an earlier release wrote into the settings file ---------------------

void ChangeRecovery::moveSecretValues()
{
    if (m_toMove.isEmpty()) {
        m_lock->release();
        finish();
        return;
    }
    const Account account = m_toMove.takeFirst();
    // Into the keychain first; only then are they taken out of the settings file.
    auto *write = new KeychainJob(KeychainJob::Operation::Write, m_workspace.keychainService(),
                                  SecretHeaders::keychainKey(account.id()));
    write->setContent(KeychainJob::Content::HeaderValues);
    write->setToken(SecretHeaders::encode(account.endpoint.headers));
    startStep(write, [this, account](KeychainJob *written) {
        Error e = written->error();
        if (!e)
            e = SettingsFile(m_workspace.settingsPath()).modify(*m_lock, SettingsFile::storing(account.withSecretValuesKept()));
        m_reports.append(e ? tr("The values of the secret headers of %1 are still in the settings file: %2 They are "
                                "moved to the keychain at the next start.")
                                 .arg(account.username, e.message())
                           : tr("The values of the secret headers of %1 were moved from the settings file to the "
                                "keychain.")
                                 .arg(account.username));
        moveSecretValues();
    });
}

ApiClient *ChangeRecovery::clientFor(const QString &token)
{
    // One client per entry; a later one replaces it (the old one goes with its calls).
    if (m_client)
        m_client->deleteLater();
    m_client = new ApiClient(m_workspace.endpointFor(m_account), m_account.apiKey, token, this);
    return m_client;
}

} // namespace onboard
