#include "operations/RotateTokenJob.h"

#include "accounts/ChangeLock.h"
#include "changes/ChangeJournal.h"
#include "changes/CrashPoint.h"
#include "changes/ReplaceTokenJob.h"
#include "common/Logging.h"
#include "accounts/SecretHeaders.h"
#include "keychain/KeychainJob.h"
#include "accounts/ReadTokenJob.h"
#include "trello/ApiClient.h"
#include "trello/CredentialFormat.h"
#include "trello/MoveWebhooksJob.h"
#include "trello/RevokeTokenJob.h"
#include "trello/VerifyJob.h"

namespace onboard {

RotateTokenJob::RotateTokenJob(Workspace workspace, Account account, SetupOptions options, QString newToken,
                               QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_original(std::move(account))
    , m_options(std::move(options))
    , m_newToken(std::move(newToken))
{
}

RotateTokenJob::~RotateTokenJob() = default;

void RotateTokenJob::useConnection(ApiClient *client)
{
    if (!client || !client->isFor(m_workspace.endpointFor(m_options.endpoint), m_original.apiKey))
        return;
    client->setParent(this);
    m_client = client;
}

void RotateTokenJob::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step);
}

void RotateTokenJob::run()
{
    Error bad = CredentialFormat::checkToken(m_newToken);
    if (!bad && m_options.request.apiKey != m_original.apiKey)
        bad = Error(ErrorKind::BadInput,
                    tr("A rotation keeps the account's API key (%1). To use another key, add an account instead.")
                        .arg(m_original.apiKey));
    if (bad) {
        m_step = Step::ReadingOld;
        done(bad);
        return;
    }
    setStep(Step::ReadingOld);
    // From reading the old token to the end: one change to stored tokens at a time, across
    // copies, so that the token read here is still the one replaced and revoked later.
    m_lock = new ChangeLock(m_workspace.settingsPath(), this);
    startStep(m_lock->acquire(), [this](Job *acquired) {
        if (Error e = acquired->error()) {
            done({e.kind(), tr("%1 The old token is still stored and works.").arg(e.message())});
            return;
        }
        startStep(new ReadTokenJob(m_workspace, m_original), [this](ReadTokenJob *old) {
            const Error e = old->error();
            // No entry, or one that holds no token: there is nothing to keep or revoke.
            if (e && e.kind() != ErrorKind::NoAccount && e.kind() != ErrorKind::BadInput) {
                done(e);
                return;
            }
            m_oldToken = e ? QString() : old->token();
            // The secret headers' values, for the old token's revocation and for the new token.
            m_original = old->account();
            if (m_original.hasKeptHeaders()) { // not read: there is no token beside them
                done({ErrorKind::NoAccount, tr("%1 Without its token, the values of the account's secret headers are not read either.")
                                                .arg(e.message())});
                return;
            }
            SecretHeaders::fillFrom(&m_options.endpoint.headers, m_original.endpoint.headers);
            // A rotation keeps the secret headers as they are: writing new values beside the new
            // token while the old token may still be put back would pair the old token with them.
            if (!SecretHeaders::sameSecrets(m_options.endpoint.headers, m_original.endpoint.headers)) {
                done({ErrorKind::BadInput, tr("A rotation keeps the account's secret headers (%1) as they are. To "
                                              "change them, run trello-onboard setup again for this account. Nothing "
                                              "was changed.")
                                               .arg(SecretHeaders::names(m_original.endpoint.headers))});
                return;
            }
            verify();
        });
    });
}

void RotateTokenJob::verify()
{
    // An earlier rotation that recovery could not settle keeps its old token aside; a second one
    // would overwrite that copy, and the earlier old token would never be revoked.
    if (ChangeJournal(m_workspace).contains(m_original.id(), ChangeJournal::Kind::Rotate)) {
        done({ErrorKind::Network,
              tr("An earlier rotation of %1 is not finished yet: it could not be checked because the API host "
                 "or the keychain could not be reached. It is finished the next time trello-onboard starts "
                 "with both reachable; rotate again after that. Nothing was changed.")
                  .arg(m_original.username)});
        return;
    }
    setStep(Step::Verifying);
    if (!m_client)
        m_client = new ApiClient(m_workspace.endpointFor(m_options.endpoint), m_original.apiKey, QString(), this);
    m_client->setToken(m_newToken);
    m_client->setHeaders(m_workspace.endpointFor(m_options.endpoint).headers); // with the secret ones' values
    startStep(new VerifyJob(m_client), [this](VerifyJob *verified) {
        if (Error e = verified->error()) {
            done({e.kind(), tr("The new token was not verified: %1 Nothing was changed; the old token is still stored "
                               "and works.")
                                .arg(e.message())});
            return;
        }
        if (verified->member().id != m_original.memberId) {
            done({ErrorKind::BadInput,
                  tr("The new token belongs to %1, not to %2: sign in to Trello as %2 and rotate again. "
                     "Nothing was changed; the old token is still stored and works.")
                      .arg(verified->member().username, m_original.username)});
            return;
        }
        m_account = Account::fromVerification(m_options, verified->member(), verified->tokenInfo());
        if (Error invalid = m_account.validate()) {
            done({ErrorKind::Network, tr("The API host's answers cannot be stored: %1").arg(invalid.message())});
            return;
        }
        stash();
    });
}

void RotateTokenJob::stash()
{
    setStep(Step::Stashing);
    if (m_oldToken.isEmpty() || m_oldToken == m_newToken) {
        replace(); // nothing to keep, nothing to revoke
        return;
    }
    // The journal entry first: a stash that no entry names would never be cleaned up.
    if (Error e = ChangeJournal(m_workspace).add(*m_lock, {ChangeJournal::Kind::Rotate, m_original.id(), {}, {}})) {
        done(e);
        return;
    }
    CrashPoint::reached("rotate:after-journal");
    auto *keep = new KeychainJob(KeychainJob::Operation::Write, m_workspace.keychainService(),
                                 ChangeJournal::stashKey(m_original.id()));
    keep->setToken(m_oldToken);
    startStep(keep, [this](KeychainJob *kept) {
        if (Error e = kept->error()) {
            // A write the keychain did not answer in time may still land: the entry stays, so the
            // next start removes the copy.
            if (!kept->timedOut())
                ChangeJournal(m_workspace).remove(*m_lock, m_original.id(), ChangeJournal::Kind::Rotate);
            done({e.kind(), tr("%1 Nothing was changed; the old token is still stored and works.").arg(e.message())});
            return;
        }
        m_stashed = true;
        CrashPoint::reached("rotate:after-stash");
        replace();
    });
}

void RotateTokenJob::replace()
{
    setStep(Step::Storing);
    startStep(new ReplaceTokenJob(m_workspace, *m_lock, m_account, m_newToken, m_oldToken, QStringLiteral("rotate")),
              [this](ReplaceTokenJob *replaced) {
                  const Error reason = replaced->error();
                  if (!reason) {
                      moveWebhooks();
                      return;
                  }
                  if (replaced->needsRecovery() && m_stashed) {
                      // The stash and the journal entry stay: the next start puts the old token back.
                      done({reason.kind(), tr("%1 The old token could not be put back yet; it is kept in the keychain "
                                              "and put back the next time trello-onboard starts.")
                                               .arg(reason.message())});
                      return;
                  }
                  if (replaced->needsRecovery()) { // there was no other token to put back
                      done({reason.kind(), tr("%1 The keychain may hold the new token after all; trello-onboard "
                                              "status checks it.")
                                               .arg(reason.message())});
                      return;
                  }
                  cleanUp(Error(reason.kind(), tr("%1 The old token was put back; it is still stored and works.")
                                                   .arg(reason.message())));
              });
}

void RotateTokenJob::moveWebhooks()
{
    if (m_oldToken.isEmpty() || m_oldToken == m_newToken) {
        revokeOld(); // no other token: nothing to move, nothing to revoke
        return;
    }
    setStep(Step::MovingWebhooks);
    // Listed where the old token was used, with the old token itself; created with the new one.
    // Between the store and the revocation, under the journal entry: a crash here is finished by
    // ChangeRecovery, which moves what is left before it revokes the old token.
    m_oldClient = new ApiClient(m_workspace.endpointFor(m_original), m_original.apiKey, m_oldToken, this);
    startStep(new MoveWebhooksJob(m_oldClient, m_client), [this](MoveWebhooksJob *move) {
        CrashPoint::reached("rotate:after-webhooks");
        m_webhooksMoved = move->moved();
        m_webhooksNotMoved = move->notMoved();
        m_webhooksListed = !move->error();
        if (move->allMoved()) {
            revokeOld();
            return;
        }
        // Revoking the old token would stop what was not moved: it stays, and the person is told.
        qCInfo(lcStore) << "the old token of a rotation was kept: not all of its webhooks were moved";
        m_oldRevoked = false;
        m_revokeProblem = Error(move->error() ? move->error().kind() : ErrorKind::Network,
                                tr("The new token is stored and works. %1").arg(move->keptOldTokenSentence()));
        cleanUp({});
    });
}

QJsonObject RotateTokenJob::webhookOutcome() const
{
    if (!m_webhooksListed)
        return {{QStringLiteral("webhooksMoved"), QJsonValue::Null}, {QStringLiteral("webhooksNotMoved"), QJsonValue::Null}};
    return {{QStringLiteral("webhooksMoved"), WebhookMove::toJson(m_webhooksMoved)},
            {QStringLiteral("webhooksNotMoved"), WebhookMove::toJson(m_webhooksNotMoved)}};
}

void RotateTokenJob::revokeOld()
{
    if (m_oldToken.isEmpty() || m_oldToken == m_newToken) {
        m_oldRevoked = m_oldToken.isEmpty();
        cleanUp({});
        return;
    }
    setStep(Step::Revoking);
    // Sent where the old token was used, with the old token itself.
    startStep(new RevokeTokenJob(m_oldClient), [this](RevokeTokenJob *revoke) {
        CrashPoint::reached("rotate:after-revoke");
        m_oldRevoked = revoke->isGone();
        if (!m_oldRevoked) {
            const Error &e = revoke->error();
            qCInfo(lcStore) << "the old token of a rotation was not revoked:" << Error::kindName(e.kind());
            m_revokeProblem = Error(e.kind(), tr("The new token is stored and works, but Trello did not revoke the old "
                                                 "one: %1 The old token keeps working until it expires or is revoked. %2")
                                                  .arg(e.message(), RevokeTokenJob::howToRevokeOnTrello()));
        }
        cleanUp({});
    });
}

void RotateTokenJob::cleanUp(const Error &outcome)
{
    if (!m_stashed) {
        done(outcome);
        return;
    }
    startStep(new KeychainJob(KeychainJob::Operation::Remove, m_workspace.keychainService(),
                              ChangeJournal::stashKey(m_original.id())),
              [this, outcome](KeychainJob *removed) {
                  if (removed->error()) // the journal entry stays, so the next start removes the stash
                      qCWarning(lcStore) << "could not remove the old token kept during a rotation:"
                                         << removed->error().message();
                  else
                      ChangeJournal(m_workspace).remove(*m_lock, m_original.id(), ChangeJournal::Kind::Rotate);
                  done(outcome);
              });
}

void RotateTokenJob::done(const Error &error)
{
    if (m_lock)
        m_lock->release();
    if (error)
        m_account = {};
    m_oldToken.clear();
    m_step = Step::Done;
    Q_EMIT stepChanged(m_step);
    finish(error);
}

} // namespace onboard
