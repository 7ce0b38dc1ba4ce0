#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace onboard {

// Reads Trello's answer out of a navigation of the consent page. Only a navigation whose scheme,
// host, port and path equal the configured return URL's (and that has no user info) is looked at;
// everything else is "not the answer", however much it resembles one.
class RedirectReader
{
    Q_DECLARE_TR_FUNCTIONS(RedirectReader)

public:
    enum class Outcome {
        NotTheAnswer, // some other page: let the consent page go on
        Token,        // Allow: token() holds the token
        Denied,       // Deny: message() holds Trello's message
        Malformed,    // the return URL was reached, but what it carries is not a usable answer
    };

    struct Answer
    {
        Outcome outcome = Outcome::NotTheAnswer;
        QString token;
        QString message;
    };

    explicit RedirectReader(QUrl returnUrl);

    bool isReturnUrl(const QUrl &navigation) const;
    Answer read(const QUrl &navigation) const;

    // A real answer is a few hundred characters; a longer fragment is refused unread.
    static constexpr int MaxFragmentLength = 4096;

private:
    QUrl m_returnUrl;
};

} // namespace onboard
