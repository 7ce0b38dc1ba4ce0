#include "trello/MoveWebhooksJob.h"

#include "common/Logging.h"
#include "common/Redaction.h"
#include "common/ShownText.h"
#include "trello/ApiCall.h"
#include "trello/ApiClient.h"
#include "trello/ListWebhooksJob.h"
#include "trello/RevokeTokenJob.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace onboard {

namespace {
constexpr int ShownUrlLength = 200;
constexpr int ShownDescriptionLength = 80;
constexpr int ShownAnswerLength = 300;

QString trWebhook(const char *text)
{
    return QCoreApplication::translate("WebhookMove", text);
}

// Form encoding for the POST body: everything but the unreserved characters escaped.
QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}
} // namespace

// ---- WebhookMove ------------------------------------------------------------------------------

QString WebhookMove::shownCallbackUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        return trWebhook("(a callback URL that is not a valid URL)");
    QUrl shown = parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::RemoveQuery);
    QString text = shown.toString(QUrl::FullyEncoded);
    if (parsed.hasQuery()) {
        QStringList items;
        const auto pairs = QUrlQuery(parsed).queryItems(QUrl::FullyEncoded);
        for (const auto &item : pairs)
            items.append(item.first + QLatin1Char('=') + Redaction::mask());
        text += QLatin1Char('?') + items.join(QLatin1Char('&'));
    }
    return ShownText::oneLine(text, ShownUrlLength);
}

QString WebhookMove::shownName() const
{
    const QString url = shownCallbackUrl(original.callbackUrl);
    const QString description = ShownText::folded(original.description, ShownDescriptionLength);
    if (description.isEmpty())
        return url;
    return trWebhook("“%1” (%2)").arg(description, url);
}

QJsonObject WebhookMove::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), original.id},
                       {QStringLiteral("description"), ShownText::oneLine(original.description, 16384)},
                       {QStringLiteral("idModel"), original.idModel},
                       {QStringLiteral("callbackURL"), shownCallbackUrl(original.callbackUrl)},
                       {QStringLiteral("active"), original.active}};
    if (isMoved())
        object.insert(QStringLiteral("newId"), copyId);
    else
        object.insert(QStringLiteral("problem"), problem);
    return object;
}

QJsonArray WebhookMove::toJson(const QList<WebhookMove> &moves)
{
    QJsonArray array;
    for (const WebhookMove &move : moves)
        array.append(move.toJson());
    return array;
}

// ---- MoveWebhooksJob --------------------------------------------------------------------------

MoveWebhooksJob::MoveWebhooksJob(ApiClient *from, ApiClient *to, QObject *parent)
    : Job(parent)
    , m_from(from)
    , m_to(to)
{
}

QString MoveWebhooksJob::shown(const QString &text, int maxLength) const
{
    return ShownText::folded(Redaction::text(Redaction::text(text, m_from->token()), m_to->token()), maxLength);
}

WebhookInfo MoveWebhooksJob::shownOriginal(WebhookInfo webhook) const
{
    // Kept for showing only: should a callback URL or description hold either token, it goes.
    for (const QString &token : {m_from->token(), m_to->token()}) {
        webhook.callbackUrl = Redaction::text(webhook.callbackUrl, token);
        webhook.description = Redaction::text(webhook.description, token);
    }
    return webhook;
}

void MoveWebhooksJob::run()
{
    startStep(new ListWebhooksJob(m_from), [this](ListWebhooksJob *listed) {
        if (Error e = listed->error()) {
            if (listed->tokenIsDead()) { // its webhooks died with it: there is nothing to move
                finish();
                return;
            }
            finish({e.kind(), tr("The webhooks of the old token could not be listed: %1").arg(e.message())});
            return;
        }
        m_originals = listed->webhooks();
        if (m_originals.isEmpty()) {
            finish();
            return;
        }
        listTarget();
    });
}

void MoveWebhooksJob::listTarget()
{
    startStep(new ListWebhooksJob(m_to), [this](ListWebhooksJob *listed) {
        if (Error e = listed->error()) {
            finish({e.kind(), tr("The webhooks of the new token could not be listed: %1").arg(e.message())});
            return;
        }
        m_existing = listed->webhooks();
        moveNext();
    });
}

void MoveWebhooksJob::moveNext()
{
    while (m_next < m_originals.size()) {
        const WebhookInfo original = m_originals.at(m_next++);
        // Trello allows one webhook per token, model and callback URL: one the new token has
        // already (a move interrupted and run again) is the copy.
        const auto copy = std::find_if(m_existing.cbegin(), m_existing.cend(), [&](const WebhookInfo &existing) {
            return existing.idModel == original.idModel && existing.callbackUrl == original.callbackUrl;
        });
        if (copy == m_existing.cend()) {
            create(original); // which comes back here
            return;
        }
        m_moved.append({shownOriginal(original), copy->id, {}});
    }
    deleteOriginals();
}

void MoveWebhooksJob::create(const WebhookInfo &original)
{
    const QByteArray body = formField("callbackURL", original.callbackUrl) + '&' +
                            formField("idModel", original.idModel) + '&' +
                            formField("description", original.description) + '&' +
                            formField("active", original.active ? QStringLiteral("true") : QStringLiteral("false"));
    ApiCall *call = m_to->post(QStringLiteral("webhooks"), body, "application/x-www-form-urlencoded");
    startStep(call, [this, original](ApiCall *created) {
        if (Error e = created->error()) {
            // Trello says why in plain text ("URL (…) did not return 200 status code, got 500").
            // It names the callback URL, whose query is shown masked here as everywhere.
            QString text = QString::fromUtf8(created->body().left(4 * ShownAnswerLength));
            text.replace(original.callbackUrl, WebhookMove::shownCallbackUrl(original.callbackUrl));
            const QString said = shown(text, ShownAnswerLength);
            if (created->httpStatus() == 400 && !said.isEmpty())
                notMoved(original, tr("Trello did not create it for the new token: %1").arg(said));
            else
                notMoved(original, e.message());
            moveNext();
            return;
        }
        WebhookInfo copy;
        if (Error e = TrelloResponse::parseWebhook(created->body(), &copy)) {
            notMoved(original, e.message());
            moveNext();
            return;
        }
        check(original, copy.id);
    });
}

void MoveWebhooksJob::check(const WebhookInfo &original, const QString &copyId)
{
    startStep(m_to->get(QStringLiteral("webhooks/") + copyId), [this, original, copyId](ApiCall *read) {
        WebhookInfo copy;
        Error e = read->error();
        if (!e)
            e = TrelloResponse::parseWebhook(read->body(), &copy);
        if (e) {
            notMoved(original, tr("It was created for the new token, but could not be checked: %1").arg(e.message()));
        } else if (copy.id != copyId || copy.idModel != original.idModel || copy.callbackUrl != original.callbackUrl ||
                   copy.active != original.active) {
            notMoved(original, tr("It was created for the new token, but Trello describes the copy differently."));
        } else {
            m_moved.append({shownOriginal(original), copyId, {}});
        }
        moveNext();
    });
}

void MoveWebhooksJob::notMoved(const WebhookInfo &original, const QString &problem)
{
    qCInfo(lcApi) << "a webhook was not moved to the new token";
    m_notMoved.append({shownOriginal(original), {}, shown(problem, ShownAnswerLength * 2)});
}

void MoveWebhooksJob::deleteOriginals()
{
    // All moved: the old token is revoked next, and its webhooks go with it.
    if (m_notMoved.isEmpty()) {
        finish();
        return;
    }
    // Some stay under the old token, which stays: the moved ones' originals go, so that no event
    // is delivered twice. One at a time, as the moves: the token's rate limit is 100 per 10 s.
    if (m_deleted >= m_moved.size()) {
        finish();
        return;
    }
    const QString id = m_moved.at(m_deleted++).original.id;
    startStep(m_from->deleteResource(QStringLiteral("webhooks/") + id), [this](ApiCall *deleted) {
        // Gone already (404) is as good as deleted.
        if (deleted->error() && deleted->httpStatus() != 404)
            ++m_originalsLeft;
        deleteOriginals();
    });
}

QString MoveWebhooksJob::keptOldTokenSentence() const
{
    if (error())
        return tr("The old token was not revoked, because revoking it would stop its webhooks, and %1 It keeps "
                  "working until it expires or is revoked. %2")
            .arg(error().message(), RevokeTokenJob::howToRevokeOnTrello());
    if (m_notMoved.isEmpty())
        return {};
    QStringList names;
    for (const WebhookMove &move : m_notMoved)
        names.append(tr("%1: %2").arg(move.shownName(), move.problem));
    QString sentence =
        tr("%n webhook(s) of the old token could not be moved to the new token: %1. The old token was not revoked, so "
           "they keep working until it expires or is revoked. Create them with the new token once their callback URLs "
           "answer, then revoke the old token yourself. %2",
           nullptr, int(m_notMoved.size()))
            .arg(names.join(QStringLiteral("; ")), RevokeTokenJob::howToRevokeOnTrello());
    if (!m_moved.isEmpty())
        sentence +=
            QLatin1Char(' ') + tr("%n other webhook(s) were moved to the new token.", nullptr, int(m_moved.size()));
    if (m_originalsLeft > 0)
        sentence += QLatin1Char(' ') +
                    tr("%n moved webhook(s) could not be deleted under the old token and are called twice until it "
                       "is revoked.",
                       nullptr, m_originalsLeft);
    return sentence;
}

} // namespace onboard
