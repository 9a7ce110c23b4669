// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveFile.h"

#include "storage/FileGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tsunagu {

bool writeFully(QIODevice& device, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 written = device.write(bytes.data() + done, bytes.size() - done);
        if (written <= 0) {
            return false;
        }
        done += qsizetype(written);
    }
    return true;
}

QString writeErrorText(const QIODevice& device)
{
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    // QFile reports ENOSPC (and EDQUOT) as a resource error.
    if (file && file->error() == QFileDevice::ResourceError) {
        return QCoreApplication::translate("tsunagu::SaveFile", "the disk is full (%1)")
            .arg(file->errorString());
    }
    if ((file && file->error() == QFileDevice::NoError) || device.errorString().isEmpty()) {
        return QCoreApplication::translate("tsunagu::SaveFile",
                                           "the data could not be written (is the disk full?)");
    }
    return device.errorString();
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& content)
{
    return writeFileAtomically(path, [&content](QIODevice& file) -> Result<void> {
        if (!writeFully(file, content)) {
            return Error(Error::Kind::Io, writeErrorText(file));
        }
        return {};
    });
}

Result<void> writeFileAtomically(const QString& path, const std::function<Result<void>(QIODevice&)>& write)
{
    // An export, summary or report never replaces a branch file (nor its
    // journal or lock), whatever path names it.
    if (auto r = storage::refuseBranchFileTarget(path); !r.ok()) {
        return r;
    }
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return Error(Error::Kind::Io, QCoreApplication::translate("tsunagu::SaveFile", "Cannot write %1: %2")
                                          .arg(QDir::toNativeSeparators(path), writeErrorText(file)));
    };
    // Unbuffered: the writers hand over large blocks anyway, and a failed
    // write then fails at once with its reason (Qt's buffer would report a
    // full disk on a later flush as an unknown error).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return cannotWrite();
    }
    if (auto r = write(file); !r.ok()) {
        // A failed write says why in the file's terms; any other failure
        // (the database, say) in its own.
        const Error error = file.error() != QFileDevice::NoError ? cannotWrite() : r.error();
        file.cancelWriting();
        return error;
    }
    if (!file.commit()) {
        return cannotWrite();
    }
    return {};
}

} // namespace tsunagu
