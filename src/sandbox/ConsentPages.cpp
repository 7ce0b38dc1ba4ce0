#include "ConsentPages.h"

#include <QHash>

namespace onboard::sandbox {

namespace {

QString page(const QString &title, const QString &body, const QString &head = {})
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<meta name=\"referrer\" content=\"no-referrer\">"
                          "<title>%1</title>%2<style>"
                          "body{font-family:-apple-system,'Segoe UI',Roboto,sans-serif;background:#f4f5f7;"
                          "color:#172b4d;margin:0}"
                          "header{background:#026aa7;color:#fff;padding:10px 24px;font-weight:bold;"
                          "font-size:20px}"
                          "main{max-width:560px;margin:40px auto;background:#fff;border-radius:6px;"
                          "padding:24px 32px;box-shadow:0 1px 3px rgba(9,30,66,.25)}"
                          ".sandbox{font-size:12px;font-weight:normal;opacity:.8;margin-left:8px}"
                          "ul{padding-left:20px}li{margin:6px 0}"
                          ".buttons{display:flex;gap:12px;margin-top:24px}"
                          "button{font-size:15px;padding:8px 20px;border-radius:4px;border:0;cursor:pointer}"
                          "#allow{background:#5aac44;color:#fff}#deny{background:#e4e6ea;color:#172b4d}"
                          "code,#token{font-family:monospace;word-break:break-all}"
                          "#token{display:block;background:#f4f5f7;padding:12px;border-radius:4px}"
                          ".error{color:#b04632}"
                          "</style></head><body>"
                          "<header>Trello<span class=\"sandbox\">offline sandbox</span></header>"
                          "<main>%3</main></body></html>\n")
        .arg(ConsentPages::htmlEscape(title), head, body);
}

QString scopeInWords(const QString &scope)
{
    if (scope == QLatin1String("read"))
        return QStringLiteral("Read all of your boards, lists, cards and workspaces");
    if (scope == QLatin1String("write"))
        return QStringLiteral("Create, change and delete boards, lists, cards and comments for you");
    if (scope == QLatin1String("account"))
        return QStringLiteral("Read and change your account details, including your email address");
    return scope;
}

QString oauthScopeInWords(const QString &scope)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("read:member:trello"), QStringLiteral("Read your name, username and avatar")},
        {QStringLiteral("write:member:trello"), QStringLiteral("Change your profile and settings")},
        {QStringLiteral("read:board:trello"), QStringLiteral("Read your boards, lists, cards and comments")},
        {QStringLiteral("write:board:trello"),
         QStringLiteral("Create, change and delete boards, lists, cards and comments for you")},
        {QStringLiteral("write:board:membership:trello"), QStringLiteral("Add and remove members of your boards")},
        {QStringLiteral("read:organization:trello"), QStringLiteral("Read your workspaces")},
        {QStringLiteral("write:organization:trello"), QStringLiteral("Create, change and delete workspaces for you")},
        {QStringLiteral("write:organization:membership:trello"),
         QStringLiteral("Add and remove members of your workspaces")},
        {QStringLiteral("read:enterprise:trello"), QStringLiteral("Read your enterprise and its members")},
        {QStringLiteral("write:enterprise:trello"), QStringLiteral("Change your enterprise and its members")},
        {QStringLiteral("offline_access"),
         QStringLiteral("Keep this access while you are not using the application")},
    };
    return words.value(scope, scope);
}

QString expirationInWords(const QString &expiration)
{
    if (expiration == QLatin1String("1hour"))
        return QStringLiteral("This access will expire in 1 hour.");
    if (expiration == QLatin1String("1day"))
        return QStringLiteral("This access will expire in 1 day.");
    if (expiration == QLatin1String("30days"))
        return QStringLiteral("This access will expire in 30 days.");
    return QStringLiteral("This access will never expire.");
}

QString hiddenFields(const QList<QPair<QString, QString>> &fields)
{
    QString html;
    for (const auto &field : fields) {
        html += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                    .arg(ConsentPages::htmlEscape(field.first), ConsentPages::htmlEscape(field.second));
    }
    return html;
}

} // namespace

QString ConsentPages::htmlEscape(const QString &text)
{
    QString escaped = text.toHtmlEscaped(); // & < > "
    escaped.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return escaped;
}

QString ConsentPages::scriptString(const QString &text)
{
    QString literal = QStringLiteral("\"");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // Quotes and backslashes would end the literal; < > & could end the <script> element or
        // start a comment; U+2028/2029 end a line in older JavaScript.
        if (u < 0x20 || u == '"' || u == '\\' || u == '<' || u == '>' || u == '&' || u == '\''
            || u == 0x2028 || u == 0x2029) {
            literal += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            literal += c;
        }
    }
    literal += QLatin1Char('"');
    return literal;
}

QString ConsentPages::consent(const Consent &consent)
{
    QString scopes;
    for (const QString &scope : consent.scopes)
        scopes += QStringLiteral("<li>%1</li>").arg(htmlEscape(scopeInWords(scope)));
    const QString destination = consent.returnOrigin.isEmpty()
        ? QStringLiteral("<p>After you allow access, the token will be shown on the next page.</p>")
        : QStringLiteral("<p>You will be sent back to <strong id=\"return-origin\">%1</strong>.</p>")
              .arg(htmlEscape(consent.returnOrigin));
    const QString fields = hiddenFields(consent.carried);
    const QString body =
        QStringLiteral("<h1 id=\"app-name\">%1 wants to use your account</h1>"
                       "<p>Logged in as <strong id=\"member\">%2</strong> (@%3)</p>"
                       "<p>%1 will be able to:</p><ul id=\"scopes\">%4</ul>"
                       "<p id=\"expiration\">%5</p>%6"
                       "<div class=\"buttons\">"
                       "<form method=\"get\" action=\"/1/token/approve\">%7"
                       "<button id=\"allow\" type=\"submit\">Allow</button></form>"
                       "<form method=\"get\" action=\"/1/token/deny\">%7"
                       "<button id=\"deny\" type=\"submit\">Deny</button></form>"
                       "</div>")
            .arg(htmlEscape(consent.appName), htmlEscape(consent.member.fullName),
                 htmlEscape(consent.member.username), scopes,
                 htmlEscape(expirationInWords(consent.expiration)), destination, fields);
    return page(QStringLiteral("Authorize %1 | Trello").arg(consent.appName), body);
}

QString ConsentPages::oauthConsent(const OAuthConsent &consent)
{
    QString scopes;
    for (const QString &scope : consent.scopes) {
        scopes += QStringLiteral("<li>%1 <code class=\"scope\">%2</code></li>")
                      .arg(htmlEscape(oauthScopeInWords(scope)), htmlEscape(scope));
    }
    const QString fields = hiddenFields(consent.carried);
    const QString body =
        QStringLiteral("<h1 id=\"app-name\">An application wants to use your account</h1>"
                       "<p>Client id <code id=\"client-id\">%1</code></p>"
                       "<p>Logged in as <strong id=\"member\">%2</strong> (@%3)</p>"
                       "<p>It will be able to:</p><ul id=\"scopes\">%4</ul>"
                       "<p>You will be sent back to <strong id=\"return-origin\">%5</strong>.</p>"
                       "<div class=\"buttons\">"
                       "<form method=\"post\" action=\"%6\">%8"
                       "<button id=\"allow\" type=\"submit\">Allow</button></form>"
                       "<form method=\"post\" action=\"%7\">%8"
                       "<button id=\"deny\" type=\"submit\">Deny</button></form>"
                       "</div>")
            .arg(htmlEscape(consent.clientId), htmlEscape(consent.member.fullName),
                 htmlEscape(consent.member.username), scopes, htmlEscape(consent.returnOrigin),
                 htmlEscape(consent.allowAction), htmlEscape(consent.denyAction), fields);
    return page(QStringLiteral("Authorize an application | Trello"), body);
}

QString ConsentPages::redirect(const QString &target, const QString &message)
{
    const QString head = QStringLiteral("<script>window.location.replace(%1);</script>").arg(scriptString(target));
    const QString body = QStringLiteral("<p>%1</p><noscript><p>JavaScript is off.</p></noscript>"
                                        "<p><a id=\"continue\" href=\"%2\">Continue</a></p>")
                             .arg(htmlEscape(message), htmlEscape(target));
    return page(QStringLiteral("Redirecting | Trello"), body, head);
}

QString ConsentPages::postToOpener(const QString &targetOrigin, const QString &data, const QString &message)
{
    const QString head = QStringLiteral("<script>if (window.opener) { window.opener.postMessage(%1, %2); } "
                                        "window.close();</script>")
                             .arg(scriptString(data), scriptString(targetOrigin));
    const QString body = QStringLiteral("<p id=\"message\">%1</p>").arg(htmlEscape(message));
    return page(QStringLiteral("Returning | Trello"), body, head);
}

QString ConsentPages::token(const QString &appName, const QString &token)
{
    const QString body = QStringLiteral("<h1>You have granted access to your Trello account via %1.</h1>"
                                        "<p>To complete the process, please give this token:</p>"
                                        "<pre id=\"token\">%2</pre>")
                             .arg(htmlEscape(appName), htmlEscape(token));
    return page(QStringLiteral("Token | Trello"), body);
}

QString ConsentPages::denied(const QString &appName)
{
    const QString body = QStringLiteral("<h1>Access denied</h1><p>You did not allow %1 to use your account.</p>")
                             .arg(htmlEscape(appName));
    return page(QStringLiteral("Access denied | Trello"), body);
}

QString ConsentPages::error(const QString &title, const QString &message)
{
    const QString body =
        QStringLiteral("<h1 class=\"error\">%1</h1><p id=\"message\">%2</p>").arg(htmlEscape(title), htmlEscape(message));
    return page(title + QStringLiteral(" | Trello"), body);
}

} // namespace onboard::sandbox
