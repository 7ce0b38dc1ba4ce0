#include "TokenStoreJob.h"

#include "CredentialFormat.h"
#include "KeychainLockProbe.h"
#include "Logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace onboard {

TokenStoreJob::TokenStoreJob(Operation operation, QString service, QString accountId, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_service(std::move(service))
    , m_accountId(std::move(accountId))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TokenStoreJob::onTimeout);
}

TokenStoreJob::~TokenStoreJob()
{
    // The QtKeychain job has no parent and deletes itself once it is done: deleting it while
    // libsecret still holds a pointer to it would crash. Only cut it off from this object.
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
}

void TokenStoreJob::run(Operation operation, const QString &service, const QString &key, const QString &token,
                        QObject *context, std::function<void(TokenStoreJob *)> then)
{
    auto *job = new TokenStoreJob(operation, service, key, context);
    if (!token.isEmpty())
        job->setToken(token);
    connect(job, &TokenStoreJob::finished, context, [job, then = std::move(then)] {
        job->deleteLater();
        then(job);
    });
    job->start();
}

QString TokenStoreJob::serviceName(bool demo)
{
    return demo ? QStringLiteral("trello-onboard-demo") : QStringLiteral("trello-onboard");
}

void TokenStoreJob::setToken(const QString &token)
{
    m_token = token;
}

void TokenStoreJob::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
}

void TokenStoreJob::start()
{
    if (m_started) {
        qCWarning(lcKeychain) << "A keychain job was started twice; the second start is ignored.";
        return;
    }
    m_started = true;
    if (m_operation == Operation::Read)
        m_token.clear();

    Error invalid;
    if (m_service.isEmpty() || m_accountId.isEmpty())
        invalid = Error(ErrorKind::BadInput, tr("The keychain entry has no service or account name."));
    else if (m_operation == Operation::Write)
        invalid = CredentialFormat::checkToken(m_token);
    if (invalid) {
        // Nothing is written; finished() still comes from the event loop, never from start().
        QMetaObject::invokeMethod(
            this, [this, invalid] { finish(invalid); }, Qt::QueuedConnection);
        return;
    }

    m_timer->start(m_timeoutMs);
    startKeychainJob();
}

void TokenStoreJob::startKeychainJob()
{
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_token);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent and auto-delete: the job outlives this object if it has to (see the destructor).
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_accountId);
    connect(job, &QKeychain::Job::finished, this, &TokenStoreJob::onKeychainFinished);
    m_job = job;
    qCDebug(lcKeychain).noquote() << "Keychain" << operationName() << "started for service" << m_service;
    job->start();
}

void TokenStoreJob::onKeychainFinished(QKeychain::Job *job)
{
    if (m_finished || job != m_job)
        return;
    disconnect(job, nullptr, this, nullptr);
    m_job.clear();

    const QKeychain::Error code = job->error();
    Error outcome;
    if (code == QKeychain::NoError && m_operation == Operation::Read) {
        const QString stored = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        if (CredentialFormat::checkToken(stored)) {
            finish({ErrorKind::BadInput,
                    tr("The keychain entry of account %1 (service %2) does not hold a Trello token; run "
                       "trello-onboard setup again or forget the account.")
                        .arg(m_accountId, m_service)});
            return;
        }
        m_token = stored;
    } else if (code != QKeychain::NoError) {
        outcome = mapKeychainError(code, job->errorString());
    }
    // A locked collection answers a read with "not found" and a removal with success (removing
    // nothing) when it cannot prompt for its password: ask before believing either.
    const bool ambiguous = (m_operation == Operation::Read && code == QKeychain::EntryNotFound)
                           || (m_operation == Operation::Remove && !outcome);
    if (!ambiguous) {
        finish(outcome);
        return;
    }
    KeychainLockProbe::isLocked(this, [this, outcome](bool locked) { finish(locked ? lockedError() : outcome); });
}

Error TokenStoreJob::lockedError() const
{
    const QString sentence = m_operation == Operation::Read
                                 ? tr("The keychain is locked, so the token of account %1 could not be read.")
                                 : tr("The keychain is locked, so the token of account %1 could not be removed.");
    return {ErrorKind::Keychain,
            sentence.arg(m_accountId) + QLatin1Char(' ')
                + tr("Unlock it (for example with Passwords and Keys, or by logging in again) and try again.")};
}

void TokenStoreJob::onTimeout()
{
    if (m_finished)
        return;
    if (m_job) {
        // Let the QtKeychain job run out on its own; it deletes itself and can no longer reach us.
        disconnect(m_job, nullptr, this, nullptr);
        m_job.clear();
    }
    m_timedOut = true;
    const int seconds = qMax(1, (m_timeoutMs + 999) / 1000);
    finish({ErrorKind::Keychain, tr("The keychain did not answer within %n second(s); it may be locked and waiting "
                                    "for its password.",
                                    nullptr, seconds)});
}

void TokenStoreJob::finish(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_error = std::move(error);
    if (m_error)
        m_token.clear();
    // Only the keychain's own failures are news at info level; "not found" and "malformed token"
    // are ordinary answers that the caller reports.
    if (m_error.kind() == ErrorKind::Keychain)
        qCInfo(lcKeychain).noquote() << "Keychain" << operationName() << "for service" << m_service
                                     << "failed:" << Error::kindName(m_error.kind());
    else
        qCDebug(lcKeychain).noquote() << "Keychain" << operationName() << "for service" << m_service
                                      << "ended:" << Error::kindName(m_error.kind());
    Q_EMIT finished();
}

Error TokenStoreJob::mapKeychainError(int code, const QString &detail) const
{
    const QString cleanDetail = withoutToken(detail).trimmed();
    const QString suffix = cleanDetail.isEmpty() ? QString() : tr(" (The keychain said: %1)").arg(cleanDetail);
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        if (m_operation == Operation::Remove)
            return {}; // already gone: forgetting is idempotent
        if (m_operation == Operation::Read)
            return {ErrorKind::NoAccount,
                    tr("No token is stored in the keychain for account %1 (service %2).").arg(m_accountId, m_service)};
        break;
    case QKeychain::NoBackendAvailable:
        return {ErrorKind::Keychain, tr("No keychain is available to keep the token. Start GNOME Keyring, KWallet or "
                                        "another Secret Service (and unlock it), then try again.") +
                                         suffix};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {ErrorKind::Keychain, tr("Access to the keychain was denied; it may be locked. Unlock it, allow "
                                        "trello-onboard to use it, and try again.") +
                                         suffix};
    case QKeychain::CouldNotDeleteEntry:
        return {ErrorKind::Keychain,
                tr("The keychain could not remove the token of account %1.").arg(m_accountId) + suffix};
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    QString sentence;
    switch (m_operation) {
    case Operation::Read:
        sentence = tr("The token of account %1 could not be read from the keychain. Make sure GNOME Keyring, "
                      "KWallet or another Secret Service is running and unlocked.");
        break;
    case Operation::Write:
        sentence = tr("The token of account %1 could not be stored in the keychain. Make sure GNOME Keyring, "
                      "KWallet or another Secret Service is running and unlocked.");
        break;
    case Operation::Remove:
        sentence = tr("The token of account %1 could not be removed from the keychain. Make sure GNOME Keyring, "
                      "KWallet or another Secret Service is running and unlocked.");
        break;
    }
    return {ErrorKind::Keychain, sentence.arg(m_accountId) + suffix};
}

QString TokenStoreJob::withoutToken(QString text) const
{
    // QtKeychain's messages never quote the secret, but a message is shown and maybe logged:
    // make sure of it.
    if (!m_token.isEmpty())
        text.replace(m_token, QStringLiteral("***"), Qt::CaseInsensitive);
    return text;
}

QString TokenStoreJob::operationName() const
{
    switch (m_operation) {
    case Operation::Read:
        return QStringLiteral("read");
    case Operation::Write:
        return QStringLiteral("write");
    case Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

} // namespace onboard
