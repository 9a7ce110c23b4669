// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tsunagu {

Result<void> writeFileAtomically(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(Error::Kind::Io, QCoreApplication::translate("tsunagu::SaveFile", "Cannot write %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.write(content) != content.size() || !file.commit()) {
        return Error(Error::Kind::Io, QCoreApplication::translate("tsunagu::SaveFile", "Cannot write %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace tsunagu
