// The yardstick for the consent page: the least a Qt program does to show a web page — a
// QWebEngineView loading the URL given on the command line.
//   bench-webview URL                       prints "loaded" when loadFinished(true) fires, exits
//   bench-webview URL [--click ID] --until-fragment PREFIX
//                                           after loading, clicks the element #ID (the sandbox's
//                                           Allow button) and exits on the first navigation to
//                                           a URL starting with PREFIX (the redirect), which it
//                                           does not load; prints "redirected". Without --click
//                                           it prints "loaded" and waits for a click from outside
//                                           (bench-driver through DevTools, as for the wizard).
// Like the wizard it sets Qt::AA_ShareOpenGLContexts and uses an off-the-record profile.
#include <QApplication>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cstdio>

namespace {

class RedirectWatcher : public QWebEnginePage
{
public:
    RedirectWatcher(QWebEngineProfile *profile, const QString &prefix)
        : QWebEnginePage(profile)
        , m_prefix(prefix)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override
    {
        if (!m_prefix.isEmpty() && isMainFrame && url.toString().startsWith(m_prefix)) {
            std::puts("redirected");
            std::fflush(stdout);
            QCoreApplication::exit(0);
            return false;
        }
        return true;
    }

private:
    QString m_prefix;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench-webview URL [--click ID] [--until-fragment PREFIX]\n", stderr);
        return 64;
    }
    const QUrl url(args.at(1));
    const int clickAt = args.indexOf(QStringLiteral("--click"));
    const QString clickId = clickAt > 0 ? args.value(clickAt + 1) : QString();
    const int untilAt = args.indexOf(QStringLiteral("--until-fragment"));
    const QString prefix = untilAt > 0 ? args.value(untilAt + 1) : QString();

    QWebEngineProfile profile; // no storage name: off the record
    auto *page = new RedirectWatcher(&profile, prefix);
    QWebEngineView view;
    view.setPage(page);
    view.resize(800, 600);
    view.show();
    QObject::connect(page, &QWebEnginePage::loadFinished, &app, [&](bool ok) {
        if (!ok)
            return;
        if (prefix.isEmpty()) {
            std::puts("loaded");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        } else if (!clickId.isEmpty()) {
            page->runJavaScript(QStringLiteral("document.getElementById('%1').click()").arg(clickId));
        } else {
            std::puts("loaded");
            std::fflush(stdout);
        }
    });
    page->load(url);
    const int code = app.exec();
    view.setPage(nullptr);
    delete page; // before the profile
    return code;
}
