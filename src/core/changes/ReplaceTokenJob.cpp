#include "changes/ReplaceTokenJob.h"

#include "accounts/SecretHeaders.h"
#include "accounts/SettingsFile.h"
#include "changes/CrashPoint.h"
#include "common/Logging.h"
#include "keychain/KeychainJob.h"

namespace onboard {

ReplaceTokenJob::ReplaceTokenJob(Workspace workspace, const ChangeLock &held, Account account, QString token,
                                 QString previousToken, QString crashPointName, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_lock(held)
    , m_account(std::move(account))
    , m_token(std::move(token))
    , m_previousToken(std::move(previousToken))
    , m_crashPoint(crashPointName.toLatin1())
{
}

KeychainJob *ReplaceTokenJob::keychain(KeychainJob::Operation operation, const QString &key, const QString &text,
                                       bool headerValues) const
{
    auto *job = new KeychainJob(operation, m_workspace.keychainService(), key);
    job->setToken(text);
    if (headerValues)
        job->setContent(KeychainJob::Content::HeaderValues);
    return job;
}

void ReplaceTokenJob::run()
{
    Q_EMIT phaseChanged(Phase::Writing);
    // The secret headers' item is touched only when the new account or the one recorded before has
    // secret headers; it is written before the token, so a token in the keychain always has its
    // headers beside it (ChangeRecovery records an account once its token is there).
    SettingsFile settings(m_workspace.settingsPath());
    const Account *before = settings.load() ? nullptr : settings.find(m_account.id());
    m_touchHeaders = SecretHeaders::any(m_account.endpoint.headers)
                     || (before && before->id() == m_account.id() && SecretHeaders::any(before->endpoint.headers));
    if (!m_touchHeaders) {
        writeToken();
        return;
    }
    const QString key = SecretHeaders::keychainKey(m_account.id());
    startStep(keychain(KeychainJob::Operation::Read, key, {}, true), [this, key](KeychainJob *read) {
        if (read->error() && read->error().kind() != ErrorKind::NoAccount) {
            finish(read->error());
            return;
        }
        m_previousHeaders = read->error() ? QString() : read->token();
        const bool any = SecretHeaders::any(m_account.endpoint.headers);
        const QString wanted = any ? SecretHeaders::encode(m_account.endpoint.headers) : QString();
        if (wanted == m_previousHeaders) { // a rotation, a setup that kept them: the item stays as it is
            m_touchHeaders = false;
            writeToken();
            return;
        }
        KeychainJob *write = any ? keychain(KeychainJob::Operation::Write, key, wanted, true)
                                 : keychain(KeychainJob::Operation::Remove, key, {}, true);
        startStep(write, [this](KeychainJob *written) {
            if (Error e = written->error()) {
                m_needsRecovery = written->timedOut();
                finish(e);
                return;
            }
            writeToken();
        });
    });
}

void ReplaceTokenJob::writeToken()
{
    startStep(keychain(KeychainJob::Operation::Write, m_account.id(), m_token), [this](KeychainJob *written) {
        if (Error e = written->error()) {
            // A write the keychain did not answer in time may still land.
            m_needsRecovery = written->timedOut();
            restoreHeaders(e);
            return;
        }
        CrashPoint::reached(m_crashPoint + ":after-keychain-write");
        readBack();
    });
}

void ReplaceTokenJob::readBack()
{
    Q_EMIT phaseChanged(Phase::ReadingBack);
    startStep(keychain(KeychainJob::Operation::Read, m_account.id()), [this](KeychainJob *read) {
        if (read->error() || read->token() != m_token) {
            restore(read->error() ? read->error()
                                  : Error(ErrorKind::Keychain, tr("The keychain gave back something other than the "
                                                                  "token just stored.")));
            return;
        }
        Q_EMIT phaseChanged(Phase::Recording);
        if (Error e = SettingsFile(m_workspace.settingsPath()).modify(m_lock, SettingsFile::storing(m_account))) {
            restore(e);
            return;
        }
        qCInfo(lcStore) << "stored a verified token for an account";
        CrashPoint::reached(m_crashPoint + ":after-record");
        finish();
    });
}

void ReplaceTokenJob::restore(const Error &reason)
{
    // The keychain as it was; the reason for failing is what the person needs to hear.
    const bool hadOne = !m_previousToken.isEmpty();
    startStep(keychain(hadOne ? KeychainJob::Operation::Write : KeychainJob::Operation::Remove, m_account.id(),
                       m_previousToken),
              [this, reason](KeychainJob *restored) {
                  if (restored->error()) {
                      qCWarning(lcStore) << "could not put the keychain entry back:" << restored->error().message();
                      m_needsRecovery = true;
                  }
                  restoreHeaders(reason);
              });
}

void ReplaceTokenJob::restoreHeaders(const Error &reason)
{
    if (!m_touchHeaders) {
        finish(reason);
        return;
    }
    const bool hadSome = !m_previousHeaders.isEmpty();
    startStep(keychain(hadSome ? KeychainJob::Operation::Write : KeychainJob::Operation::Remove,
                       SecretHeaders::keychainKey(m_account.id()), m_previousHeaders, true),
              [this, reason](KeychainJob *restored) {
                  if (restored->error()) {
                      qCWarning(lcStore) << "could not put the secret headers back:" << restored->error().message();
                      m_needsRecovery = true;
                  }
                  finish(reason);
              });
}

} // namespace onboard
