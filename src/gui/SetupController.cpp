#include "SetupController.h"

#include "common/Logging.h"
#include "keychain/KeychainJob.h"
#include "trello/ApiClient.h"

namespace onboard {

SetupController::SetupController(Workspace workspace, SetupOptions options, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_options(std::move(options))
{
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

void SetupController::chooseApiKey()
{
    m_options.oauth.clientId.clear();
    m_options.given.remove(QStringLiteral("client-id"));
}

Error SetupController::chooseClientId(const QString &clientId)
{
    return apply(QStringLiteral("client-id"), clientId);
}

bool SetupController::optionsComplete() const
{
    if (m_options.isOAuth())
        return !m_options.oauth.validate() && !m_options.endpoint.validate();
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
    // StoreTokenJob::forCode makes its own clients (token endpoint, then Bearer).
    if (isRunning() || m_options.isOAuth())
        return;
    // One early connection at a time, to where the options say now.
    if (m_connection && m_connection->isFor(m_workspace.endpointFor(m_options.endpoint), m_options.request.apiKey))
        return;
    delete m_connection;
    m_connection = StoreTokenJob::preconnect(m_workspace, m_options, this);
}

void SetupController::prepareKeychain()
{
    // Once per wizard: see KeychainJob::warmUp.
    if (m_keychainWarm)
        return;
    m_keychainWarm = true;
    KeychainJob::warmUp(m_workspace.keychainService(), this);
}

void SetupController::takeToken(const QString &token)
{
    m_token = token;
    m_code.clear();
    m_codeVerifier.clear();
    m_problem = {};
    qCInfo(lcGui) << "the consent page answered with a token";
    setState(State::HaveToken);
}

void SetupController::takeCode(const QString &code, const QString &codeVerifier)
{
    m_code = code;
    m_codeVerifier = codeVerifier;
    m_token.clear();
    m_problem = {};
    qCInfo(lcGui) << "the consent page answered with an authorization code";
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

bool SetupController::isRunning() const
{
    return m_job && m_job->isRunning();
}

void SetupController::storeToken()
{
    if (!hasToken() || isRunning() || m_state == State::Stored)
        return;
    m_problem = {};
    m_account = {};
    m_member = {};
    StoreTokenJob *job = nullptr;
    if (m_options.isOAuth()) {
        // The code is exchanged once, whatever comes of it: a retry needs a new consent.
        job = StoreTokenJob::forCode(m_workspace, m_options, m_code, m_codeVerifier, this);
        m_code.clear();
        m_codeVerifier.clear();
    } else {
        job = new StoreTokenJob(m_workspace, m_options, m_token, this);
        // The early connection is used once, if it still fits; a retry starts on a fresh one.
        job->useConnection(m_connection);
        m_connection.clear();
    }
    connect(job, &StoreTokenJob::stepChanged, this, [this](StoreTokenJob::Step step) {
        m_step = step;
        Q_EMIT stepChanged(step);
    });
    connect(job, &Job::finished, this, [this, job] { onStoreFinished(job); });
    m_job = job;
    setState(State::Verifying);
    job->start();
}

void SetupController::onStoreFinished(StoreTokenJob *job)
{
    job->deleteLater();
    m_member = job->member();
    if (const Error &e = job->error()) {
        qCInfo(lcGui) << "storing the token failed:" << Error::kindName(e.kind());
        fail(e);
        return;
    }
    m_account = job->account();
    m_problem = {};
    setState(State::Stored);
    Q_EMIT outcomeFinal();
}

int SetupController::exitCode() const
{
    return outcome().exitCode();
}

void SetupController::resumeStored(const Account &account)
{
    m_account = account;
    m_token.clear();
    m_code.clear();
    m_codeVerifier.clear();
    m_problem = {};
    setState(State::Stored);
}

Outcome SetupController::outcome() const
{
    if (m_state == State::Stored)
        return Outcome::success(QStringLiteral("stored")).withAccount(m_account, m_workspace);
    if (m_state == State::Denied)
        return Outcome::failure(m_problem, QStringLiteral("denied")).withWorkspace(m_workspace);
    if (m_problem)
        return Outcome::failure(m_problem).withWorkspace(m_workspace);
    return Outcome::failure({ErrorKind::Cancelled, QString()}, QStringLiteral("cancelled")).withWorkspace(m_workspace);
}

} // namespace onboard
