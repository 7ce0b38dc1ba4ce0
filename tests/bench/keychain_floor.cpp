// A floor for reading the command-line figures: the least a program that reads one secret with
// QtKeychain (which PRODUCT.md prescribes) can do — a QCoreApplication, one ReadPasswordJob,
// nothing else. `trello-onboard token` cannot be cheaper than this, in time or in memory.
//   bench-keychain-floor SERVICE KEY     prints the length of what it read; exit 0, or 1 on error
#include <QCoreApplication>
#include <qt6keychain/keychain.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: bench-keychain-floor SERVICE KEY\n", stderr);
        return 64;
    }
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLocal8Bit(argv[1]));
    job->setKey(QString::fromLocal8Bit(argv[2]));
    int code = 1;
    QObject::connect(job, &QKeychain::Job::finished, &app, [&code, job] {
        if (job->error() == QKeychain::NoError) {
            std::printf("%lld\n", static_cast<long long>(job->textData().size()));
            code = 0;
        }
        QCoreApplication::quit();
    });
    job->start();
    app.exec();
    return code;
}
