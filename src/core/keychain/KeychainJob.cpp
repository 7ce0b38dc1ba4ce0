#include "keychain/KeychainJob.h"

#include "common/Logging.h"
#include "keychain/SecretService.h"
#include "oauth/OAuthGrant.h"
#include "trello/CredentialFormat.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace onboard {

KeychainJob::KeychainJob(Operation operation, QString service, QString accountId, QObject *parent)
    : Job(parent)
    , m_operation(operation)
    , m_service(std::move(service))
    , m_accountId(std::move(accountId))
    , m_timeoutMs(defaultTimeoutMs())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &KeychainJob::onTimeout);
}

KeychainJob::~KeychainJob()
{
    // The QtKeychain job has no parent and deletes itself once it is done: deleting it while
    // libsecret still holds a pointer to it would crash. Only cut it off from this object.
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
}

void KeychainJob::warmUp(const QString &service, QObject *parent)
{
    auto *job = new KeychainJob(Operation::Read, service, QStringLiteral("trello-onboard:connection-check"), parent);
    connect(job, &Job::finished, job, &QObject::deleteLater);
    job->start();
}

Error KeychainJob::checkSecret(const QString &accountId, const QString &text)
{
    // The account id says what its entry holds: "oauth:<clientId>:<memberId>" a grant.
    if (accountId.startsWith(OAuthGrant::accountIdPrefix()))
        return OAuthGrant::fromText(text, nullptr);
    return CredentialFormat::checkToken(text);
}

QString KeychainJob::serviceName(bool demo)
{
    return demo ? QStringLiteral("trello-onboard-demo") : QStringLiteral("trello-onboard");
}

void KeychainJob::setToken(const QString &token)
{
    m_token = token;
}

int KeychainJob::defaultTimeoutMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("TRELLO_ONBOARD_KEYCHAIN_TIMEOUT", &ok);
    return ok && seconds >= 1 && seconds <= MaxTimeoutSeconds ? seconds * 1000 : DefaultTimeoutMs;
}

void KeychainJob::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
}

void KeychainJob::run()
{
    if (m_operation == Operation::Read)
        m_token.clear();

    Error invalid;
    if (m_service.isEmpty() || m_accountId.isEmpty())
        invalid = Error(ErrorKind::BadInput, tr("The keychain entry has no service or account name."));
    else if (m_operation == Operation::Write)
        invalid = m_content == Content::Token ? checkSecret(m_accountId, m_token) : Error();
    if (invalid) {
        done(invalid); // nothing is written
        return;
    }
    // A locked keychain is unlocked first, through its own prompt, for as long as the person takes;
    // the bound applies to the keychain's answers only (see SecretService).
    startStep(SecretService::instance()->unlock(m_timeoutMs), [this](Job *unlocked) {
        if (unlocked->error()) {
            done(unlocked->error());
            return;
        }
        m_timer->start(m_timeoutMs);
        startKeychainJob();
    });
}

void KeychainJob::startKeychainJob()
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
    connect(job, &QKeychain::Job::finished, this, &KeychainJob::onKeychainFinished);
    m_job = job;
    qCDebug(lcKeychain).noquote() << "Keychain" << operationName() << "started for service" << m_service;
    job->start();
}

void KeychainJob::onKeychainFinished(QKeychain::Job *job)
{
    if (isFinished() || job != m_job)
        return;
    disconnect(job, nullptr, this, nullptr);
    m_job.clear();

    const QKeychain::Error code = job->error();
    Error outcome;
    if (code == QKeychain::NoError && m_operation == Operation::Read) {
        const QString stored = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        if (m_content == Content::Token && checkSecret(m_accountId, stored)) {
            done({ErrorKind::BadInput,
                    tr("The keychain entry of account %1 (service %2) does not hold a Trello token or grant; run "
                       "trello-onboard setup again or forget the account.")
                        .arg(m_accountId, m_service)});
            return;
        }
        m_token = stored;
    } else if (code != QKeychain::NoError) {
        outcome = mapKeychainError(code, job->errorString());
    }
    done(outcome);
}

void KeychainJob::onTimeout()
{
    if (isFinished())
        return;
    if (m_job) {
        // Let the QtKeychain job run out on its own; it deletes itself and can no longer reach us.
        disconnect(m_job, nullptr, this, nullptr);
        m_job.clear();
    }
    m_timedOut = true;
    done(SecretService::instance()->noAnswer(m_timeoutMs));
}

void KeychainJob::done(Error error)
{
    if (isFinished())
        return;
    m_timer->stop();
    if (error)
        m_token.clear();
    // Only the keychain's own failures are news at info level; "not found" and "malformed token"
    // are ordinary answers that the caller reports.
    if (error.kind() == ErrorKind::Keychain)
        qCInfo(lcKeychain).noquote() << "Keychain" << operationName() << "for service" << m_service
                                     << "failed:" << Error::kindName(error.kind());
    else
        qCDebug(lcKeychain).noquote() << "Keychain" << operationName() << "for service" << m_service
                                      << "ended:" << Error::kindName(error.kind());
    finish(error);
}

Error KeychainJob::mapKeychainError(int code, const QString &detail) const
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

QString KeychainJob::withoutToken(QString text) const
{
    // QtKeychain's messages never quote the secret, but a message is shown and maybe logged:
    // make sure of it.
    if (!m_token.isEmpty())
        text.replace(m_token, QStringLiteral("***"), Qt::CaseInsensitive);
    return text;
}

QString KeychainJob::operationName() const
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
