#pragma once

#include "Account.h"
#include "Error.h"
#include "Profile.h"
#include "SetupOptions.h"
#include "TrelloResponse.h"

#include <QObject>
#include <QPointer>

namespace onboard {

class ApiClient;
class ChangeLock;
class TokenStoreJob;
class TokenVerifier;

// Takes a freshly captured token to "stored and proven": verify it (GET /members/me and
// /tokens/{token} through the configured host and headers), write it to the keychain, read it
// back to prove the write, then record the account in the settings file. Nothing is stored
// unless the verification succeeded. If recording fails after the keychain write, the keychain
// entry is put back as it was (the earlier token of that account, or none), so the keychain and
// the settings file never disagree and nothing already stored is lost. An earlier entry that holds
// no well-formed token is not kept: it is replaced (or, on failure, removed) like a missing one.
//
// The keychain steps run under the ChangeLock (one change to stored tokens at a time, across
// copies of the program), and an AccountChangeJournal entry names the account from just before the
// keychain write until it is recorded, so that a kill in between is completed at the next start
// (AccountChangeRecovery) rather than leaving a keychain entry no account names.
//
// Each start() runs the whole chain again with the same token, so a person can fix the API host
// and retry without asking Trello for consent again.
class StoreTokenOperation : public QObject
{
    Q_OBJECT

public:
    enum class Step { Idle, Verifying, Storing, ReadingBack, Recording, Done };
    Q_ENUM(Step)

    StoreTokenOperation(Profile profile, QObject *parent = nullptr);
    ~StoreTokenOperation() override;

    void setOptions(const SetupOptions &options) { m_options = options; }
    const SetupOptions &options() const { return m_options; }
    void setToken(const QString &token) { m_token = token; }

    // Opens the connection to the API host of `options` (TCP, and TLS for https) while the person
    // is still on the consent page, so the test call after Allow does not wait for it. Nothing is
    // sent. The next start() uses it if the host, headers and key are still the same.
    void preconnect(const SetupOptions &options);
    void start();
    bool isRunning() const { return m_step != Step::Idle && m_step != Step::Done; }
    Step step() const { return m_step; }
    const Error &error() const { return m_error; }
    // After success: what was stored.
    const Account &account() const { return m_account; }
    // After a verification: whose token it is (also when a later step failed).
    const MemberInfo &member() const { return m_member; }

Q_SIGNALS:
    void stepChanged(onboard::StoreTokenOperation::Step step);
    void finished();

private:
    void setStep(Step step);
    void onVerified();
    void readPrevious();
    void onPreviousRead();
    void onWritten();
    void onReadBack();
    void record();
    void restorePrevious(const Error &reason);
    void finish(const Error &error);
    Account buildAccount(const TokenInfo &info) const;
    bool isPreconnectedTo(const ApiEndpoint &endpoint, const QString &apiKey) const;

    Profile m_profile;
    SetupOptions m_options;
    QString m_token;
    Step m_step = Step::Idle;
    Error m_error;
    Account m_account;
    MemberInfo m_member;
    TokenInfo m_tokenInfo;
    QString m_previousToken; // the token this account had before, to put back on failure
    QPointer<ApiClient> m_client;
    // The unused client of preconnect(), and what it was opened for.
    QPointer<ApiClient> m_preconnected;
    ApiEndpoint m_preconnectedEndpoint;
    QString m_preconnectedKey;
    QPointer<TokenVerifier> m_verifier;
    QPointer<TokenStoreJob> m_job;
    QPointer<ChangeLock> m_lock;
    bool m_journaled = false;   // an AccountChangeJournal entry names this store
    bool m_keepJournal = false; // ...and must stay: the keychain could not be put back
};

} // namespace onboard
