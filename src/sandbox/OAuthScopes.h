#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace onboard::sandbox {

// Trello's OAuth 2.0 scopes (PRODUCT.md, "OAuth 2.0 accounts") as bits, so that tokens can carry
// them in two bytes: the ten Trello scopes and offline_access, which asks for a refresh token.
class OAuthScopes
{
public:
    // In the order trello-onboard stores and shows them; bit i is names().at(i).
    static const QStringList &names();
    static quint16 bit(const QString &name); // 0 for an unknown name

    static constexpr quint16 ReadMember = 1 << 0;
    static constexpr quint16 OfflineAccess = 1 << 10;

    // "read:board:trello offline_access", space- and/or comma-separated, repeats allowed;
    // nullopt when a name is unknown (*unknown says which). No names at all gives 0.
    static std::optional<quint16> parse(const QString &text, QString *unknown = nullptr);
    static std::optional<quint16> parse(const QStringList &names, QString *unknown = nullptr);
    static QStringList namesOf(quint16 bits);
    // "read:board:trello offline_access": the `scope` of a token answer.
    static QString text(quint16 bits) { return namesOf(bits).join(QLatin1Char(' ')); }
};

} // namespace onboard::sandbox
