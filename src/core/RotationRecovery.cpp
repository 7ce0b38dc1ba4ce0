#include "RotationRecovery.h"

#include "AccountRegistry.h"
#include "ApiClient.h"
#include "ApiReply.h"
#include "Logging.h"
#include "RotationJournal.h"
#include "TokenStoreJob.h"
#include "TokenVerifier.h"

#include <QDateTime>

namespace onboard {

RotationRecovery::RotationRecovery(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
}

RotationRecovery::~RotationRecovery() = default;

void RotationRecovery::start()
{
    RotationJournal journal(RotationJournal::pathFor(m_profile.registryPath()));
    if (Error e = journal.read(&m_pending)) {
        m_reports.append(e.message());
        m_pending.clear();
    }
    QMetaObject::invokeMethod(this, &RotationRecovery::next, Qt::QueuedConnection);
}

void RotationRecovery::keychain(int operation, const QString &key, const QString &token,
                       std::function<void(TokenStoreJob *)> then)
{
    TokenStoreJob::run(static_cast<TokenStoreJob::Operation>(operation), m_profile.keychainService(), key, token, this,
                       std::move(then));
}

void RotationRecovery::next()
{
    if (m_pending.isEmpty()) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    m_accountId = m_pending.takeFirst();
    m_stash.clear();
    m_current.clear();
    AccountRegistry registry(m_profile.registryPath());
    m_haveAccount = false;
    if (!registry.load()) {
        if (const Account *a = registry.find(m_accountId); a && a->id() == m_accountId) {
            m_account = *a;
            m_haveAccount = true;
        }
    }
    keychain(int(TokenStoreJob::Operation::Read), RotationJournal::stashKey(m_accountId), {},
             [this](TokenStoreJob *job) { onStashRead(job); });
}

void RotationRecovery::onStashRead(TokenStoreJob *job)
{
    const Error e = job->error();
    if (e.kind() == ErrorKind::NoAccount) {
        done(Outcome::NothingToDo, {});
        return;
    }
    if (e) {
        done(Outcome::Undecided,
             tr("An interrupted rotation of %1 could not be checked: %2 It is tried again at the next start.")
                 .arg(m_accountId, e.message()));
        return;
    }
    m_stash = job->token();
    keychain(int(TokenStoreJob::Operation::Read), m_accountId, {},
             [this](TokenStoreJob *current) { onCurrentRead(current); });
}

void RotationRecovery::onCurrentRead(TokenStoreJob *job)
{
    const Error e = job->error();
    if (e && e.kind() != ErrorKind::NoAccount && e.kind() != ErrorKind::BadInput) {
        done(Outcome::Undecided,
             tr("An interrupted rotation of %1 could not be checked: %2 It is tried again at the next start.")
                 .arg(m_accountId, e.message()));
        return;
    }
    m_current = e ? QString() : job->token();
    if (!m_haveAccount) {
        // The account was forgotten meanwhile: the kept copy goes too.
        removeStash(Outcome::NothingToDo, {});
        return;
    }
    if (m_current.isEmpty() || m_current == m_stash) {
        rollBack();
        return;
    }
    m_client = new ApiClient(m_profile.endpointFor(m_account), m_account.apiKey, m_current, this);
    m_verifier = new TokenVerifier(m_client, m_client);
    connect(m_verifier, &TokenVerifier::finished, this, &RotationRecovery::onVerified);
    m_verifier->start();
}

void RotationRecovery::onVerified()
{
    const Error e = m_verifier->error();
    const MemberInfo member = m_verifier->member();
    const TokenInfo info = m_verifier->tokenInfo();
    m_client->deleteLater();
    if (e.kind() == ErrorKind::TokenRefused || (!e && member.id != m_account.memberId)) {
        rollBack();
        return;
    }
    if (e) {
        done(Outcome::Undecided,
             tr("An interrupted rotation of %1 could not be checked: %2 It is tried again at the next start.")
                 .arg(m_account.username, e.message()));
        return;
    }
    // The new token works: the rotation is finished. The record gets what the token has now.
    Account updated = m_account;
    updated.username = member.username;
    updated.fullName = member.fullName;
    updated.scopes = info.scopes;
    updated.expires = info.expires;
    updated.lastChecked = QDateTime::currentDateTimeUtc();
    AccountRegistry registry(m_profile.registryPath());
    const Error saved = registry.modify([&updated](QList<Account> &accounts) {
        for (Account &a : accounts) {
            if (a.id() == updated.id())
                a = updated;
        }
    });
    if (saved) {
        done(Outcome::Undecided, saved.message());
        return;
    }
    revokeStash();
}

void RotationRecovery::revokeStash()
{
    m_client = new ApiClient(m_profile.endpointFor(m_account), m_account.apiKey, m_stash, this);
    ApiReply *reply = m_client->deleteResource(QStringLiteral("tokens/") + m_stash + QLatin1Char('/'));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const Error e = reply->error();
        m_client->deleteLater();
        QString report = tr("An interrupted rotation of %1 was finished: the new token is stored and works.")
                             .arg(m_account.username);
        if (e && e.kind() != ErrorKind::TokenRefused)
            report += QLatin1Char(' ') +
                      tr("The old token could not be revoked (%1); revoke it on trello.com.").arg(e.message());
        removeStash(Outcome::Finished, report);
    });
}

void RotationRecovery::rollBack()
{
    keychain(int(TokenStoreJob::Operation::Write), m_accountId, m_stash, [this](TokenStoreJob *job) {
        if (Error e = job->error()) {
            done(Outcome::Undecided,
                 tr("An interrupted rotation of %1 could not be rolled back: %2 It is tried again at the next start.")
                     .arg(m_accountId, e.message()));
            return;
        }
        removeStash(Outcome::RolledBack,
                    tr("An interrupted rotation of %1 was rolled back: the old token is stored again.")
                        .arg(m_haveAccount ? m_account.username : m_accountId));
    });
}

void RotationRecovery::removeStash(Outcome outcome, const QString &report)
{
    m_stash.clear();
    keychain(int(TokenStoreJob::Operation::Remove), RotationJournal::stashKey(m_accountId), {},
             [this, outcome, report](TokenStoreJob *job) {
                 if (Error e = job->error()) {
                     done(Outcome::Undecided, e.message());
                     return;
                 }
                 done(outcome, report);
             });
}

void RotationRecovery::done(Outcome outcome, const QString &report)
{
    m_stash.clear();
    m_current.clear();
    m_outcomes.insert(m_accountId, outcome);
    if (!report.isEmpty()) {
        m_reports.append(report);
        qCInfo(lcStore) << "rotation recovery:" << outcome;
    }
    if (outcome != Outcome::Undecided)
        RotationJournal(RotationJournal::pathFor(m_profile.registryPath())).remove(m_accountId);
    next();
}

} // namespace onboard
