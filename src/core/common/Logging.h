#pragma once

#include <QLoggingCategory>

namespace onboard {

// One logging category per area, at info level by default (QT_LOGGING_RULES or
// QtProject/qtlogging.ini turn on debug output). Nothing secret ever reaches a log call: no token,
// no URL that carries one, no user name.
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // trello.onboard.keychain
Q_DECLARE_LOGGING_CATEGORY(lcApi)      // trello.onboard.api
Q_DECLARE_LOGGING_CATEGORY(lcStore)    // trello.onboard.store
Q_DECLARE_LOGGING_CATEGORY(lcGui)      // trello.onboard.gui
Q_DECLARE_LOGGING_CATEGORY(lcSignIn)   // trello.onboard.signin

} // namespace onboard
