#include "trello/CustomHeader.h"

#include "common/ShownText.h"

namespace onboard {

namespace {
// RFC 9110, 5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_"
//                         / "`" / "|" / "~" / DIGIT / ALPHA
bool isTokenChar(char16_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c < 128 && std::char_traits<char>::find("!#$%&'*+-.^_`|~", 15, char(c)) != nullptr;
}

// Headers that describe the framing or routing of the request itself: letting a user set them
// would break the request or send it somewhere else.
bool isReservedName(const QString &name)
{
    static const char *const reserved[] = {"host", "content-length", "transfer-encoding", "connection",
                                           "upgrade", "te", "trailer", "keep-alive", "proxy-connection"};
    for (const char *r : reserved) {
        if (name.compare(QLatin1String(r), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
// A header name as it may appear in a message: on one line and not endless.
QString printable(const QString &text)
{
    return ShownText::oneLine(text, 60);
}
} // namespace

CustomHeader::CustomHeader(QByteArray name, QByteArray value)
    : m_name(std::move(name))
    , m_value(std::move(value))
{
}

Error CustomHeader::parse(const QString &line, CustomHeader *header)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {ErrorKind::BadInput, tr("A header must be written as \"Name: value\"; there is no colon in the one given.")};
    const QString name = line.left(colon);
    // Optional white space around the value is not part of it (RFC 9110, 5.5).
    QString value = line.mid(colon + 1);
    while (!value.isEmpty() && (value.front() == QLatin1Char(' ') || value.front() == QLatin1Char('\t')))
        value.remove(0, 1);
    while (!value.isEmpty() && (value.back() == QLatin1Char(' ') || value.back() == QLatin1Char('\t')))
        value.chop(1);
    return fromEntry(name, value, header);
}

Error CustomHeader::fromEntry(const QString &name, const QString &value, CustomHeader *header)
{
    if (Error e = check(name, value))
        return e;
    if (carriesAToken(value))
        return {ErrorKind::BadInput, tr("The header \"%1\" carries a Trello token. trello-onboard sends the token "
                                        "itself, and keeps it out of the settings file: to send it in the "
                                        "Authorization header instead of the URL, use --credentials-in header.")
                                         .arg(printable(name))};
    *header = CustomHeader(name.toLatin1(), value.toLatin1());
    return {};
}

Error CustomHeader::check(const QString &name, const QString &value)
{
    if (name.isEmpty())
        return {ErrorKind::BadInput, tr("A header has an empty name.")};
    for (QChar c : name) {
        if (!isTokenChar(c.unicode()))
            return {ErrorKind::BadInput,
                    tr("The header name \"%1\" may contain only letters, digits and !#$%&'*+-.^_`|~ (no spaces).")
                        .arg(printable(name))};
    }
    if (isReservedName(name))
        return {ErrorKind::BadInput, tr("The header \"%1\" is set by the program itself and cannot be replaced.").arg(printable(name))};
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u == '\r' || u == '\n' || u == 0)
            return {ErrorKind::BadInput, tr("The value of header \"%1\" contains a line break or NUL character.").arg(printable(name))};
        if ((u < 0x20 && u != '\t') || u >= 0x7f)
            return {ErrorKind::BadInput, tr("The value of header \"%1\" may contain only printable ASCII characters.").arg(printable(name))};
    }
    return {};
}

CustomHeader CustomHeader::keptInKeychain(QByteArray name)
{
    CustomHeader header(std::move(name), QByteArray());
    header.m_valueKept = true;
    return header;
}

CustomHeader CustomHeader::fromSettingsFile(QByteArray name, QByteArray value)
{
    CustomHeader header(std::move(name), std::move(value));
    header.m_valueUnmoved = header.isSecret();
    return header;
}

bool CustomHeader::isSecretName(const QString &name)
{
    static const char *const exact[] = {"authorization", "proxy-authorization", "cookie"};
    static const char *const parts[] = {"token", "secret", "key", "auth", "password", "session"};
    const QString lower = name.toLower();
    for (const char *n : exact) {
        if (lower == QLatin1String(n))
            return true;
    }
    for (const char *part : parts) {
        if (lower.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

bool CustomHeader::carriesAToken(const QString &value)
{
    // Both forms hold a run of at least 64 hex digits (a current token's 72 follow "ATTA").
    qsizetype run = 0;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        const bool hex = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        run = hex ? run + 1 : 0;
        if (run >= 64)
            return true;
    }
    return false;
}

QString CustomHeader::toLine() const
{
    return QString::fromLatin1(m_name) + QLatin1String(": ") + QString::fromLatin1(m_value);
}

} // namespace onboard
