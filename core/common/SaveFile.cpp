// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveFile.h"

#include "storage/FileGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tsunagu {

Result<void> writeFileAtomically(const QString& path, const QByteArray& content)
{
    return writeFileAtomically(path, [&content](QIODevice& file) -> Result<void> {
        if (file.write(content) != content.size()) {
            return Error(Error::Kind::Io, file.errorString());
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
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly)) {
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
