#pragma once

#include "ScriptCommand.h"

#include <QJsonObject>
#include <QList>

namespace onboard {

class KeychainSnapshot;

class CheckAccountJob;

// `status [--json] [--account A]`: verifies every stored account (or one) against its API host,
// all at once, then records what it found once for all (RecordChecksJob: a record that cannot be
// made is one line on stderr, never the exit code), asks who keeps the tokens (SecretService::
// identify), and prints a table or one JSON document. Exit 0 when all are OK, else the code of
// the worst failure (keychain or settings folder 3, then refused 2, then network 4, then no
// account 5).
class StatusCommand : public ScriptCommand
{
    Q_OBJECT

public:
    using ScriptCommand::ScriptCommand;

    static int severity(ErrorKind kind);

protected:
    void run() override;
    void fail(const Error &error) override;

    // What `check` adds (CheckCommand): a say in each account's check before it starts, fields in
    // each account's JSON object, and the end of the report (by default: end(exitCode)).
    virtual void prepare(CheckAccountJob *) {}
    virtual void describe(const CheckAccountJob *, QJsonObject &) {}
    virtual void concludeReport(int exitCode) { end(exitCode); }
    const QList<CheckAccountJob *> &checks() const { return m_checks; }

private:
    void check(const QList<Account> &accounts, const KeychainSnapshot *snapshot);
    void onChecked();
    void record();
    void report(const Error &unrecorded);
    QString stateOf(const CheckAccountJob *check) const;
    static QString shownScopes(const Account &account);

    QList<CheckAccountJob *> m_checks;
};

} // namespace onboard
