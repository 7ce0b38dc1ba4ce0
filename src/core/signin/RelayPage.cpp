#include "signin/RelayPage.h"

#include "trello/UrlPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace onboard {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// JSON that is safe inside a <script> element: no "</script>" or "<!--" can be formed.
QByteArray scriptSafeJson(const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026");
    return json;
}
} // namespace

RelayPage::RelayPage(QUrl consentUrl, QByteArray state, QString answerPath)
    : m_consentUrl(std::move(consentUrl))
    , m_state(std::move(state))
    , m_answerPath(std::move(answerPath))
{
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    m_nonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toBase64();
}

QByteArray RelayPage::contentSecurityPolicy() const
{
    return "default-src 'none'; script-src 'nonce-" + m_nonce + "'; style-src 'nonce-" + m_nonce
           + "'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

QByteArray RelayPage::html() const
{
    const QJsonObject config{
        {QStringLiteral("consentUrl"), m_consentUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("consentOrigin"), UrlPolicy::origin(m_consentUrl)},
        {QStringLiteral("state"), QString::fromLatin1(m_state)},
        {QStringLiteral("answerPath"), m_answerPath},
    };
    // Each outcome is a paragraph of its own, shown by the script; the texts stay in the HTML.
    // One arg() call: a substituted text is never scanned for placeholders again.
    const QString page = QStringLiteral(R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%1</title>
<style nonce="%2">
body { font: 16px/1.5 sans-serif; max-width: 36em; margin: 3em auto; padding: 0 1em; color: #172b4d; }
button { font: inherit; padding: .5em 1.2em; border: 0; border-radius: 4px; background: #0c66e4; color: #fff; cursor: pointer; }
.outcome { padding: .8em 1em; border-radius: 4px; background: #e9f2ff; }
#denied, #closed, #blocked, #refused { background: #ffeceb; }
</style></head>
<body>
<h1>%1</h1>
<p id="start">%3</p>
<p><button id="continue" type="button">%4</button></p>
<p class="outcome" id="waiting" hidden>%5</p>
<p class="outcome" id="returned" hidden>%6</p>
<p class="outcome" id="denied" hidden>%7</p>
<p class="outcome" id="closed" hidden>%8</p>
<p class="outcome" id="blocked" hidden>%9</p>
<p class="outcome" id="refused" hidden>%10</p>
<script nonce="%2" id="config" type="application/json">%11</script>
<script nonce="%2">
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("config").textContent);
  var button = document.getElementById("continue");
  var consent = null, sent = false;
  function show(id) {
    var outcomes = document.querySelectorAll(".outcome");
    for (var i = 0; i < outcomes.length; ++i) outcomes[i].hidden = outcomes[i].id !== id;
  }
  function send(body, shown) {
    if (sent) return;
    sent = true;
    button.disabled = true;
    body.state = config.state;
    fetch(config.answerPath, { method: "POST", headers: { "Content-Type": "application/json" },
                               body: JSON.stringify(body), cache: "no-store", credentials: "omit",
                               referrerPolicy: "no-referrer" })
      .then(function (response) { show(response.ok ? shown : "refused"); },
            function () { show("refused"); });
  }
  window.addEventListener("message", function (event) {
    // Only Trello's window, from the consent page's origin, may answer.
    if (consent === null || event.source !== consent || event.origin !== config.consentOrigin) return;
    try { consent.close(); } catch (e) {}
    var answer = typeof event.data === "string" ? event.data : null;
    send({ answer: answer }, answer ? "returned" : "denied");
  });
  button.addEventListener("click", function () {
    if (sent) return;
    consent = window.open(config.consentUrl, "trello-consent", "popup,width=560,height=720");
    if (!consent) { show("blocked"); return; }
    show("waiting");
    var watch = setInterval(function () {
      if (sent) { clearInterval(watch); return; }
      // Trello's window may close itself right after posting: its message gets a moment to arrive.
      if (consent.closed) {
        clearInterval(watch);
        var closed = consent;
        setTimeout(function () { if (consent === closed) send({ closed: true }, "closed"); }, 1500);
      }
    }, 500);
  });
})();
</script>
</body></html>
)");
    return page.arg(escaped(tr("Sign in to Trello for trello-onboard")), QString::fromLatin1(m_nonce),
                    escaped(tr("trello-onboard asks Trello for a token. Press the button to open Trello's page, "
                               "sign in there if you need to, and choose Allow. The token comes back to "
                               "trello-onboard directly; it is not shown here.")),
                    escaped(tr("Continue to Trello")), escaped(tr("Waiting for your answer in Trello's window…")),
                    escaped(tr("Done. You can close this tab and return to trello-onboard.")),
                    escaped(tr("Access was not granted. You can close this tab and return to trello-onboard.")),
                    escaped(tr("Trello's window was closed without an answer. Return to trello-onboard to try again.")),
                    escaped(tr("Your browser blocked Trello's window. Allow pop-ups for this page, then press the "
                               "button again.")),
                    escaped(tr("trello-onboard did not take this answer; it may have stopped waiting. Return to it "
                               "and try again.")),
                    QString::fromUtf8(scriptSafeJson(config)))
        .toUtf8();
}

} // namespace onboard
