// Stores an OAuth 2.0 account for the benchmark, as setup would leave it: a grant issued by the
// sandbox (its tokens are signed, so the running trello-sandbox recognises them) with an access
// token valid for a day, under "oauth:<clientId>:<memberId>" in the real keychain service, and its
// record in the settings file of XDG_CONFIG_HOME. Prints the account id.
//   bench-seed-oauth API_ROOT TOKEN_URL
#include "OAuthSeed.h"
#include "SandboxServer.h"

#include <QCoreApplication>

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

    Account account = test::oauthAccount(0, QUrl(QString::fromLocal8Bit(argv[1])), QUrl(QString::fromLocal8Bit(argv[2])),
                                         {QStringLiteral("read:member:trello"), QStringLiteral("read:board:trello"),
                                          QStringLiteral("offline_access")});
    account.expires = grant.accessExpires;
    if (Error e = test::storeOAuthAccount(account, grant)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 3;
    }
    std::printf("%s\n", qPrintable(account.id()));
    return 0;
}
