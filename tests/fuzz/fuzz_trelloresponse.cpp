// TrelloResponse::parseMember and parseToken on arbitrary API answers. A hostile API host gets a
// Network error or a member and token whose fields are safe to show and to store.
#include "FuzzCheck.h"

#include "trello/TrelloResponse.h"

using onboard::TrelloResponse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    onboard::MemberInfo member;
    if (const onboard::Error error = TrelloResponse::parseMember(body, &member)) {
        FUZZ_CHECK(error.kind() == onboard::ErrorKind::Network);
        FUZZ_CHECK(member.id.isEmpty() && member.username.isEmpty());
    } else {
        FUZZ_CHECK(TrelloResponse::isPlausibleId(member.id));
        FUZZ_CHECK(!member.username.isEmpty());
        FUZZ_CHECK(member.username.size() <= 200 && member.fullName.size() <= 200);
        FUZZ_CHECK(!fuzz::hasControlCharacter(member.username) && !fuzz::hasControlCharacter(member.fullName));
        FUZZ_CHECK(member.username == member.username.trimmed() && member.fullName == member.fullName.trimmed());
        for (const QString &name : {member.username, member.fullName}) {
            for (qsizetype i = 0; i < name.size(); ++i) {
                const QChar c = name.at(i);
                FUZZ_CHECK(c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph);
                FUZZ_CHECK(!(c.unicode() >= 0x202A && c.unicode() <= 0x202E) && !(c.unicode() >= 0x2066 && c.unicode() <= 0x2069));
                // No half of a surrogate pair at the cut.
                if (c.isHighSurrogate())
                    FUZZ_CHECK(i + 1 < name.size() && name.at(i + 1).isLowSurrogate());
            }
        }
    }

    onboard::TokenInfo token;
    if (const onboard::Error error = TrelloResponse::parseToken(body, &token)) {
        FUZZ_CHECK(error.kind() == onboard::ErrorKind::Network);
        FUZZ_CHECK(token.memberId.isEmpty() && token.scopes.isEmpty());
    } else {
        FUZZ_CHECK(TrelloResponse::isPlausibleId(token.memberId));
        // Known scopes, each once, in the order read, write, account.
        const QStringList order{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("account")};
        int last = -1;
        for (const QString &scope : token.scopes) {
            const int at = int(order.indexOf(scope));
            FUZZ_CHECK(at > last);
            last = at;
        }
        FUZZ_CHECK(!token.created.isValid() || token.created.timeSpec() == Qt::UTC);
        FUZZ_CHECK(!token.expires.isValid() || token.expires.timeSpec() == Qt::UTC);
    }
    return 0;
}
