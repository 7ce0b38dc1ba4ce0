#pragma once

#include "accounts/Account.h"
#include "accounts/Workspace.h"
#include "common/Job.h"
#include "setup/SetupOptions.h"
#include "trello/TrelloResponse.h"

#include <QPointer>

namespace onboard {

class ApiClient;
class ChangeLock;

// Takes a freshly captured token to "stored and proven" (setup, import): verify it (VerifyJob),
// then under the ChangeLock name the change in the journal and ReplaceTokenJob it in. Nothing is
// stored unless the verification succeeded, and nothing already stored is lost: docs/design.md,
// "Crash safety". A job runs once; a person who fixes the API host retries with a new job and the
// same token, without asking Trello for consent again.
class StoreTokenJob : public Job
{
    Q_OBJECT

public:
    enum class Step { Idle, Verifying, Storing, ReadingBack, Recording, Done };
    Q_ENUM(Step)

    StoreTokenJob(Workspace workspace, SetupOptions options, QString token, QObject *parent = nullptr);
    // An OAuth 2.0 sign-in (options.isOAuth()): the authorization code and the attempt's PKCE
    // verifier are exchanged at the token endpoint first; the access token is verified with
    // Bearer and the grant (OAuthGrant) is what is stored. The code is single-use: a retry after a
    // failure that came after the exchange needs a new consent.
    static StoreTokenJob *forCode(Workspace workspace, SetupOptions options, QString code, QString codeVerifier,
                                  QObject *parent = nullptr);
    ~StoreTokenJob() override;

    // A connection to the API host opened earlier (preconnect()), used when it fits: same host,
    // headers, credentials placement, CA file and key. The job takes it over.
    void useConnection(ApiClient *client);
    // Opens a connection to the API host of `options` (TCP, and TLS for https) while the person
    // is still on the consent page, so the test call after Allow does not wait for it. Nothing is
    // sent. Null when the options cannot make one (a bad key or host, an unreadable CA file).
    static ApiClient *preconnect(const Workspace &workspace, const SetupOptions &options, QObject *parent);

    // Re-signing in to an account (rotate of an OAuth 2.0 account): the verification must name
    // this member, or nothing is stored (ErrorKind::BadInput naming both).
    void setExpectedMember(const QString &memberId, const QString &username)
    {
        m_expectedMemberId = memberId;
        m_expectedUsername = username;
    }

    Step step() const { return m_step; }
    const SetupOptions &options() const { return m_options; }
    // After success: what was stored.
    const Account &account() const { return m_account; }
    // After a verification: whose token it is (also when a later step failed).
    const MemberInfo &member() const { return m_member; }

Q_SIGNALS:
    void stepChanged(onboard::StoreTokenJob::Step step);

protected:
    void run() override;

private:
    void setStep(Step step);
    void exchangeCode();
    void verify(ApiClient *client, const QStringList &grantedScopes, const QDateTime &accessExpires);
    void store();
    void done(const Error &error);

    Workspace m_workspace;
    SetupOptions m_options;
    QString m_token; // the token, or after the exchange the grant's text
    QString m_code;  // OAuth 2.0: until exchanged
    QString m_codeVerifier;
    QString m_expectedMemberId;
    QString m_expectedUsername;
    Step m_step = Step::Idle;
    Account m_account;
    MemberInfo m_member;
    QPointer<ApiClient> m_client;
    ChangeLock *m_lock = nullptr;
    bool m_dropJournalEntry = false; // a journal entry names this store, and goes at the end
};

} // namespace onboard
