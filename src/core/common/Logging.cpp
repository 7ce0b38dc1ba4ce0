#include "common/Logging.h"

namespace onboard {

Q_LOGGING_CATEGORY(lcKeychain, "trello.onboard.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "trello.onboard.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "trello.onboard.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "trello.onboard.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSignIn, "trello.onboard.signin", QtInfoMsg)

} // namespace onboard
