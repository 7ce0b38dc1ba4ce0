// Stores an OAuth 2.0 account for the benchmark, as setup would leave it: a grant issued by the
// sandbox (its tokens are signed, so the running trello-sandbox recognises them) with an access
// token valid for a day, under "oauth:<clientId>:<memberId>" in the real keychain service, and its
// record in the settings file of XDG_CONFIG_HOME. Prints the account id.
//   bench-seed-oauth API_ROOT TOKEN_URL
#include "SandboxServer.h"
#include "accounts/Account.h"
#include "accounts/ChangeLock.h"
#include "accounts/SettingsFile.h"
#include "keychain/KeychainJob.h"
#include "oauth/OAuthGrant.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace onboard;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trello-onboard"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench-seed-oauth API_ROOT TOKEN_URL\n");
        return 64;
    }
    sandbox::SandboxServer issuer;
    OAuthGrant grant;
    grant.refreshToken = issuer.issueOAuthGrant(0, {QStringLiteral("read:member:trello"), QStringLiteral("read:board:trello")},
                                                &grant.accessToken, 24 * 3600);
    grant.accessExpires = QDateTime::currentDateTimeUtc().addSecs(24 * 3600);

    Account account;
    account.apiKey.clear();
    account.appName.clear();
    account.returnUrl = QUrl();
    account.expiration.clear();
    account.clientId = sandbox::SandboxServer::demoClientId();
    account.memberId = sandbox::SandboxServer::members().at(0).id;
    account.username = sandbox::SandboxServer::members().at(0).username;
    account.scopes = QStringList{QStringLiteral("read:member:trello"), QStringLiteral("read:board:trello"), QStringLiteral("offline_access")};
    account.endpoint.apiHost = QUrl(QString::fromLocal8Bit(argv[1]));
    account.tokenUrl = QUrl(QString::fromLocal8Bit(argv[2]));
    account.authorizeUrl = QUrl(QStringLiteral("https://auth.atlassian.com/authorize"));
    account.redirectUri = QUrl(QStringLiteral("http://localhost:17645/trello-onboard/oauth"));
    account.expires = grant.accessExpires;
    account.grantRenewed = QDateTime::currentDateTimeUtc();
    if (Error e = account.validate()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 64;
    }

    KeychainJob write(KeychainJob::Operation::Write, KeychainJob::serviceName(false), account.id());
    write.setToken(grant.toText());
    QEventLoop loop;
    QObject::connect(&write, &Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    write.start();
    loop.exec();
    if (!write.isFinished() || write.error()) {
        std::fprintf(stderr, "keychain: %s\n", qPrintable(write.error().message()));
        return 3;
    }
    const QString path = SettingsFile::defaultPath(false);
    ChangeLock lock(path);
    Job *acquire = lock.acquire();
    QObject::connect(acquire, &Job::finished, &loop, &QEventLoop::quit);
    acquire->start();
    loop.exec();
    if (Error e = SettingsFile(path).modify(lock, SettingsFile::storing(account))) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 3;
    }
    std::printf("%s\n", qPrintable(account.id()));
    return 0;
}
