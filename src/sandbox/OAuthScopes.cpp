#include "OAuthScopes.h"

#include <QRegularExpression>

namespace onboard::sandbox {

const QStringList &OAuthScopes::names()
{
    // Never reorder: the bits are inside tokens that other sandbox instances read.
    static const QStringList all{
        QStringLiteral("read:member:trello"),
        QStringLiteral("write:member:trello"),
        QStringLiteral("read:board:trello"),
        QStringLiteral("write:board:trello"),
        QStringLiteral("write:board:membership:trello"),
        QStringLiteral("read:organization:trello"),
        QStringLiteral("write:organization:trello"),
        QStringLiteral("write:organization:membership:trello"),
        QStringLiteral("read:enterprise:trello"),
        QStringLiteral("write:enterprise:trello"),
        QStringLiteral("offline_access"),
    };
    return all;
}

quint16 OAuthScopes::bit(const QString &name)
{
    const qsizetype index = names().indexOf(name);
    return index < 0 ? 0 : quint16(1u << index);
}

std::optional<quint16> OAuthScopes::parse(const QString &text, QString *unknown)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return parse(text.split(separators, Qt::SkipEmptyParts), unknown);
}

std::optional<quint16> OAuthScopes::parse(const QStringList &list, QString *unknown)
{
    quint16 bits = 0;
    for (const QString &name : list) {
        const quint16 one = bit(name.trimmed());
        if (one == 0) {
            if (unknown)
                *unknown = name;
            return std::nullopt;
        }
        bits |= one;
    }
    return bits;
}

QStringList OAuthScopes::namesOf(quint16 bits)
{
    QStringList list;
    for (qsizetype i = 0; i < names().size(); ++i) {
        if (bits & (1u << i))
            list << names().at(i);
    }
    return list;
}

} // namespace onboard::sandbox
