#pragma once

#include "ScriptCommand.h"

#include <QList>

namespace onboard {

class CheckAccountOperation;

// `status [--json] [--account A]`: verifies every stored account (or one) against its API host,
// all at once, and prints a table or one JSON document. Exit 0 when all are OK, else the code of
// the worst failure (keychain 3, then refused 2, then network 4, then no account 5).
class StatusCommand : public ScriptCommand
{
    Q_OBJECT

public:
    using ScriptCommand::ScriptCommand;
    void start() override;

    static int severity(ErrorKind kind);

protected:
    void fail(const Error &error) override;

private:
    void onChecked();
    void report();
    QString stateOf(const CheckAccountOperation *check) const;

    QList<CheckAccountOperation *> m_checks;
};

} // namespace onboard
