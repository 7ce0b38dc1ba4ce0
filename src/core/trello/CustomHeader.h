#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace onboard {

// One extra HTTP header merged into every API request ("X-Request-Id: abc123"), checked so that
// it cannot split a request or smuggle another header in.
//
// A header is a secret by its name (isSecretName: Authorization, Proxy-Authorization, Cookie, and
// names containing token, secret, key, auth, password or session, in any case). Its value is kept
// in the keychain with the account, never in the settings file (accounts/SecretHeaders). Read from
// the settings file, such a header is one whose value is kept there and not read yet
// (isValueKept(), which ApiClient refuses to send), or, written by an earlier release, one whose
// value is still in the file (isValueUnmoved(): written back as it was until it is moved).
class CustomHeader
{
    Q_DECLARE_TR_FUNCTIONS(CustomHeader)

public:
    CustomHeader() = default;
    CustomHeader(QByteArray name, QByteArray value);
    // A secret header whose value is kept in the keychain and has not been read.
    static CustomHeader keptInKeychain(QByteArray name);
    // A header as the settings file gave it, name and value; a secret one is then unmoved.
    static CustomHeader fromSettingsFile(QByteArray name, QByteArray value);

    // Parses "Name: value" as given to --header or written in a config file (see fromEntry).
    static Error parse(const QString &line, CustomHeader *header);
    // A header a person entered: check()ed, and refused when its value carries a Trello token
    // (trello-onboard sends the token itself; --credentials-in header puts it in a header).
    static Error fromEntry(const QString &name, const QString &value, CustomHeader *header);
    // Name: an RFC 9110 token. Value: visible ASCII, spaces and tabs; no CR, LF or NUL.
    static Error check(const QString &name, const QString &value);
    static bool isSecretName(const QString &name);
    // A value that holds something shaped like a Trello token (a run of 64 or more hex digits).
    static bool carriesAToken(const QString &value);

    bool isSecret() const { return isSecretName(QString::fromLatin1(m_name)); }
    bool isValueKept() const { return m_valueKept; }
    bool isValueUnmoved() const { return m_valueUnmoved; }

    const QByteArray &name() const { return m_name; }
    const QByteArray &value() const { return m_value; }
    QString toLine() const;

    bool operator==(const CustomHeader &other) const
    {
        return m_name == other.m_name && m_value == other.m_value && m_valueKept == other.m_valueKept
               && m_valueUnmoved == other.m_valueUnmoved;
    }

private:
    QByteArray m_name;
    QByteArray m_value;
    bool m_valueKept = false;
    bool m_valueUnmoved = false;
};

using CustomHeaders = QList<CustomHeader>;

} // namespace onboard
