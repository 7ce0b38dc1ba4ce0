#include "trello/CredentialFormat.h"

namespace onboard {

namespace {
constexpr int KeyLength = 32;
constexpr int LegacyTokenLength = 64;
constexpr int TokenHexLength = 72;
const QLatin1String TokenPrefix("ATTA");
} // namespace

bool CredentialFormat::isHex(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool hex = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!hex)
            return false;
    }
    return true;
}

Error CredentialFormat::checkKey(const QString &key)
{
    if (key.isEmpty())
        return {ErrorKind::BadInput, tr("No API key was given. Copy it from the API Key tab of your Power-Up at https://trello.com/power-ups/admin.")};
    if (key.size() != KeyLength || !isHex(key))
        return {ErrorKind::BadInput,
                tr("The API key must be 32 hexadecimal characters (0-9, a-f); the one given has %n character(s) or other letters.", nullptr, int(key.size()))};
    return {};
}

Error CredentialFormat::checkToken(const QString &token)
{
    if (token.isEmpty())
        return {ErrorKind::BadInput, tr("No token was given.")};
    const bool legacy = token.size() == LegacyTokenLength && isHex(token);
    const bool current = token.size() == TokenPrefix.size() + TokenHexLength && token.startsWith(TokenPrefix)
                         && isHex(QStringView(token).mid(TokenPrefix.size()));
    if (legacy || current)
        return {};
    // Say what is wrong in terms of length and letters only: never echo the token.
    return {ErrorKind::BadInput,
            tr("That is not a Trello token: a token is 64 hexadecimal characters, or 76 characters starting with ATTA (the text given has %n character(s)).",
               nullptr, int(token.size()))};
}

} // namespace onboard
