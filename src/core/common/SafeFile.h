#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace onboard {

// One small file of the program's, read without blocking (only regular files, up to a size) and
// written whole or not at all, every step checked; a failure says why in words a person can act on
// ("the disk is full"). How and why: docs/design.md, "Storage". Failures of the local store are
// ErrorKind::LocalStore (exit 3); a file that is not a regular file or is too large is
// ErrorKind::BadInput (someone put the wrong thing there).
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    // `what` names the file at the start of a sentence: "The settings file".
    SafeFile(QString path, QString what);

    const QString &path() const { return m_path; }

    // A missing file is no error: *exists is set to false and *bytes emptied.
    Error read(qint64 maxBytes, QByteArray *bytes, bool *exists = nullptr) const;
    Error write(const QByteArray &bytes) const;
    // Removing a missing file is no error.
    Error remove() const;

    // Makes `folder` (mode 0700) and its parents (as usual) when missing.
    static Error makePrivateFolder(const QString &folder);
    // Why nothing can be created in `folder` ("the disk is full", "the folder is read-only"), for
    // failures that come without a reason (QLockFile's); empty when nothing is visibly wrong.
    static QString folderProblem(const QString &folder);
    // The reason behind an errno value, as the end of a sentence.
    static QString reason(int errorNumber);

private:
    enum class Doing { Read, Write, Remove };
    Error failure(Doing doing, int errorNumber) const;

    QString m_path;
    QString m_what;
};

} // namespace onboard
