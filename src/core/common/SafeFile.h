#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace onboard {

// One small file of the program's, read and written so that nothing blocks, nothing is left
// half-written and every failure says why in words a person can act on ("the disk is full",
// "the folder is read-only"):
// - read() opens without blocking and refuses anything but a regular file (a FIFO, a device or a
//   folder named as a config file would otherwise hang or flood the program), and a file larger
//   than the caller allows.
// - write() replaces the file whole or not at all: a private temporary file next to it, every
//   write, the sync and the close checked, the bytes read back and compared, then an atomic
//   rename and a sync of the folder. On any failure the previous file is untouched and the
//   temporary one is gone. Files are made mode 0600, a missing folder 0700. (QSaveFile renames
//   even when its buffered write hit a full disk, which emptied people's settings files.)
// - Failures of the local store are ErrorKind::LocalStore (exit 3); a file that is not a regular
//   file or is too large is ErrorKind::BadInput (someone put the wrong thing there).
// See docs/design.md, "Storage".
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
