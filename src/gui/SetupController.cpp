#include "SetupController.h"

#include "TokenStoreJob.h"

#include "Logging.h"

#include <QJsonArray>

namespace onboard {

SetupController::SetupController(Profile profile, SetupOptions options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_operation(new StoreTokenOperation(m_profile, this))
{
    connect(m_operation, &StoreTokenOperation::stepChanged, this, &SetupController::stepChanged);
    connect(m_operation, &StoreTokenOperation::finished, this, &SetupController::onOperationFinished);
}

SetupController::~SetupController() = default;

Error SetupController::apply(const QString &option, const QString &value)
{
    SetupOptions probe = m_options;
    Error error = probe.apply(option, value);
    if (!error)
        m_options = probe;
    return error;
}

void SetupController::setHeaders(const CustomHeaders &headers)
{
    m_options.endpoint.headers = headers;
    m_options.given.insert(QStringLiteral("header"));
}

void SetupController::setScopes(const QStringList &scopes)
{
    m_options.request.scopes = scopes;
}

bool SetupController::optionsComplete() const
{
    return !m_options.request.validate() && !m_options.endpoint.validate();
}

void SetupController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SetupController::consentShown()
{
    if (m_state == State::Editing || m_state == State::Denied || m_state == State::Failed)
        setState(State::Consent);
}

void SetupController::prepareConnection()
{
    m_operation->preconnect(m_options);
}

void SetupController::prepareKeychain()
{
    // The first keychain call of a process connects to the Secret Service and opens an encrypted
    // session (about 90 ms here); made while the person reads the consent page, it is off the
    // path from Allow to stored. A read of an entry that does not exist: nothing is written.
    // A locked keychain may show its unlock prompt now rather than after Allow.
    if (m_keychainWarm)
        return;
    m_keychainWarm = true;
    TokenStoreJob::run(TokenStoreJob::Operation::Read, m_profile.keychainService(),
                       QStringLiteral("trello-onboard:connection-check"), {}, this, [](TokenStoreJob *) {});
}

void SetupController::takeToken(const QString &token)
{
    m_token = token;
    m_problem = {};
    qCInfo(lcGui) << "the consent page answered with a token";
    setState(State::HaveToken);
}

void SetupController::deny(const QString &message)
{
    m_problem = {ErrorKind::Cancelled, message.isEmpty() ? tr("You did not allow access.") : message};
    setState(State::Denied);
    Q_EMIT outcomeFinal();
}

void SetupController::fail(const Error &problem)
{
    m_problem = problem;
    setState(State::Failed);
}

void SetupController::storeToken()
{
    if (!hasToken() || m_operation->isRunning() || m_state == State::Stored)
        return;
    m_problem = {};
    m_operation->setOptions(m_options);
    m_operation->setToken(m_token);
    setState(State::Verifying);
    m_operation->start();
}

void SetupController::onOperationFinished()
{
    if (const Error &e = m_operation->error()) {
        qCInfo(lcGui) << "storing the token failed:" << Error::kindName(e.kind());
        fail(e);
        return;
    }
    m_problem = {};
    setState(State::Stored);
    Q_EMIT outcomeFinal();
}

int SetupController::exitCode() const
{
    if (m_state == State::Stored)
        return 0;
    if (m_problem)
        return m_problem.exitCode();
    return static_cast<int>(ErrorKind::Cancelled);
}

void SetupController::resumeStored(const Account &account)
{
    m_resumed = true;
    m_resumedAccount = account;
    m_token.clear();
    m_problem = {};
    setState(State::Stored);
}

QJsonObject SetupController::outcomeJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("keychainService"), m_profile.keychainService());
    if (m_state == State::Stored) {
        const Account &a = account();
        json.insert(QStringLiteral("status"), QStringLiteral("stored"));
        json.insert(QStringLiteral("accountId"), a.id());
        json.insert(QStringLiteral("memberId"), a.memberId);
        json.insert(QStringLiteral("username"), a.username);
        json.insert(QStringLiteral("fullName"), a.fullName);
        json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(a.scopes));
        json.insert(QStringLiteral("expires"), a.expires.isValid()
                                                   ? QJsonValue(a.expires.toString(Qt::ISODateWithMs))
                                                   : QJsonValue(QJsonValue::Null));
        return json;
    }
    if (m_state == State::Denied)
        json.insert(QStringLiteral("status"), QStringLiteral("denied"));
    else if (m_problem)
        json.insert(QStringLiteral("status"), Error::kindName(m_problem.kind()));
    else
        json.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    if (m_problem)
        json.insert(QStringLiteral("message"), m_problem.message());
    json.insert(QStringLiteral("exitCode"), exitCode());
    return json;
}

} // namespace onboard
