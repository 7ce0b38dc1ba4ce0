#include "operations/CheckAccountJob.h"

#include "accounts/ReadTokenJob.h"
#include "operations/AccessTokenJob.h"
#include "trello/ApiClient.h"
#include "trello/VerifyJob.h"

namespace onboard {

CheckAccountJob::CheckAccountJob(Workspace workspace, Account account, QObject *parent)
    : Job(parent)
    , m_workspace(std::move(workspace))
    , m_account(std::move(account))
{
}

void CheckAccountJob::run()
{
    if (m_account.isOAuth()) {
        checkGrant();
        return;
    }
    // The connection to the API host opens while the keychain is read (a TLS handshake with
    // Trello takes about as long as the keychain); the token is set when it is known.
    auto *client = new ApiClient(m_workspace.endpointFor(m_account), m_account.apiKey, QString(), this);
    client->preconnect();
    auto *readToken = new ReadTokenJob(m_workspace, m_account);
    readToken->setSnapshot(m_snapshot);
    startStep(readToken, [this, client](ReadTokenJob *read) {
        if (Error e = read->error()) {
            finish(e);
            return;
        }
        client->setToken(read->token());
        client->setHeaders(read->account().endpoint.headers);
        startStep(new VerifyJob(client), [this](VerifyJob *verify) {
            if (Error e = verify->error()) {
                finish(e);
                return;
            }
            m_member = verify->member();
            if (m_member.id != m_account.memberId) {
                finish({ErrorKind::TokenRefused, tr("The token stored for %1 now belongs to another member (%2).")
                                                     .arg(m_account.username, m_member.username)});
                return;
            }
            m_account = m_account.refreshedBy(verify->member(), verify->tokenInfo());
            finish();
        });
    });
}

void CheckAccountJob::checkGrant()
{
    // A valid access token first (refreshed if it is near its end, which also keeps the grant
    // from lapsing), then whose it is.
    auto *access = new AccessTokenJob(m_workspace, m_account);
    access->setSnapshot(m_snapshot);
    access->setForceRefresh(m_renewGrant);
    startStep(access, [this](AccessTokenJob *access) {
        if (Error e = access->error()) {
            finish(e);
            return;
        }
        m_account = access->account();
        const OAuthGrant grant = access->grant();
        auto *client = ApiClient::bearer(m_workspace.endpointFor(m_account), grant.accessToken, this);
        startStep(new VerifyJob(client), [this, grant](VerifyJob *verify) {
            if (Error e = verify->error()) {
                finish(e);
                return;
            }
            m_member = verify->member();
            if (m_member.id != m_account.memberId) {
                finish({ErrorKind::TokenRefused, tr("The grant stored for %1 now belongs to another member (%2).")
                                                     .arg(m_account.username, m_member.username)});
                return;
            }
            Account checked = m_account;
            checked.username = m_member.username;
            checked.fullName = m_member.fullName;
            checked.expires = grant.accessExpires;
            checked.lastChecked = QDateTime::currentDateTimeUtc();
            m_account = checked;
            finish();
        });
    });
}

} // namespace onboard
