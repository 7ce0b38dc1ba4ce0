#pragma once

#include "common/Job.h"
#include "trello/TrelloResponse.h"

#include <QJsonArray>
#include <QJsonObject>

namespace onboard {

class ApiClient;

// One webhook of a move: as it was listed under the old token, and what became of it.
struct WebhookMove
{
    WebhookInfo original;
    QString copyId;  // its copy under the new token; empty when it was not moved
    QString problem; // why it was not moved, a sentence for the person

    bool isMoved() const { return !copyId.isEmpty(); }
    // "“description” (callback URL)", or the callback URL alone, shown safely (see shownCallbackUrl).
    QString shownName() const;
    // For --json: "id", "description", "idModel", "callbackURL" (shown), "active", and "newId" (moved)
    // or "problem" (not moved).
    QJsonObject toJson() const;
    static QJsonArray toJson(const QList<WebhookMove> &moves);

    // A callback URL as it may be shown or printed: without user info and fragment, and with the
    // values of its query masked (people put secrets there, as Trello's guide suggests parameters).
    static QString shownCallbackUrl(const QString &url);
};

// Moves the webhooks of one token to another, as a rotation needs before it revokes the old token
// (webhooks die with their token; docs/design.md, "Webhooks and rotation"):
// 1. list the old token's webhooks (GET /tokens/{old}/webhooks) and the new token's;
// 2. for each old one the new token does not have yet (same model and callback URL, which Trello
//    allows once per token): POST /webhooks with the new token (same callback URL, model,
//    description and active flag; Trello checks the callback URL with a HEAD request first), then
//    GET /webhooks/{id} to check the copy;
// 3. when some could not be moved, the old token must stay (the caller does not revoke it): the
//    originals of the moved ones are deleted under the old token, so no event is delivered twice.
// It can be run again after an interruption: what the new token has already is not created twice.
// error() is set only when a list could not be read: then nothing is known, and the old token must
// stay. An old token Trello already calls dead has no webhooks left: nothing to move, no error.
class MoveWebhooksJob : public Job
{
    Q_OBJECT

public:
    // `from` has the old token, `to` the new one; both are used, not owned.
    MoveWebhooksJob(ApiClient *from, ApiClient *to, QObject *parent = nullptr);

    const QList<WebhookMove> &moved() const { return m_moved; }
    const QList<WebhookMove> &notMoved() const { return m_notMoved; }
    // Listed, and nothing left behind: the old token may be revoked.
    bool allMoved() const { return isFinished() && !error() && m_notMoved.isEmpty(); }
    // Moved webhooks whose original could not be deleted (only when some were not moved).
    int originalsLeft() const { return m_originalsLeft; }
    // Why the old token was kept, for the person: the webhooks not moved and what to do (empty when
    // allMoved()).
    QString keptOldTokenSentence() const;

protected:
    void run() override;

private:
    void listTarget();
    void moveNext();
    void create(const WebhookInfo &original);
    void check(const WebhookInfo &original, const QString &copyId);
    void deleteOriginals();
    void notMoved(const WebhookInfo &original, const QString &problem);
    // Text from the API host made safe for a sentence: one line, short, no token.
    QString shown(const QString &text, int maxLength) const;
    // A webhook as kept in the results: without either token, should it hold one.
    WebhookInfo shownOriginal(WebhookInfo webhook) const;

    ApiClient *m_from;
    ApiClient *m_to;
    QList<WebhookInfo> m_originals;
    QList<WebhookInfo> m_existing; // the new token's, before the move
    qsizetype m_next = 0;
    qsizetype m_deleted = 0;
    QList<WebhookMove> m_moved;
    QList<WebhookMove> m_notMoved;
    int m_originalsLeft = 0;
};

} // namespace onboard
