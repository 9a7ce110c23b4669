// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileGuard.h"

#include "storage/BranchLock.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <filesystem>
#include <system_error>

namespace tsunagu::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tsunagu::storage::FileGuard", text);
}

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QDir::toNativeSeparators(path).toStdU16String());
}

/// Whether \a path holds a Tsunagu branch file, told from its header.
bool isBranchFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    return header.size() == 100 && header.startsWith(magic) &&
           qFromBigEndian<qint32>(header.constData() + 68) == ApplicationId;
}

/// For "x.tsunagu-journal" and "x.tsunagu.lock": the branch file they belong
/// to ("x.tsunagu" in the same folder), else empty.
QString ownerOfCompanion(const QString& target)
{
    const QString journalSuffix = QStringLiteral("-journal");
    const QString lockPath = BranchLock::lockPathFor(QString());
    if (target.endsWith(journalSuffix, Qt::CaseInsensitive)) {
        return target.chopped(journalSuffix.size());
    }
    if (target.endsWith(lockPath, Qt::CaseInsensitive)) {
        return target.chopped(lockPath.size());
    }
    return {};
}

Error ownFileError(const QString& target)
{
    return Error(
        Error::Kind::Invalid,
        tr("%1 is a Tsunagu branch file (or its journal or lock file); writing there would destroy it. "
           "Choose another file name.")
            .arg(QDir::toNativeSeparators(target)));
}

} // namespace

bool isSameFile(const QString& a, const QString& b)
{
    std::error_code error;
    if (QFileInfo::exists(a) && QFileInfo::exists(b)) {
        const bool same = std::filesystem::equivalent(fsPath(a), fsPath(b), error);
        if (!error) {
            return same;
        }
    }
    // One of them does not exist yet: the same name in the same folder.
    const QFileInfo first(a);
    const QFileInfo second(b);
    const QString firstFolder = first.absolutePath();
    const QString secondFolder = second.absolutePath();
    const bool sameFolder =
        QFileInfo::exists(firstFolder) && QFileInfo::exists(secondFolder)
            ? std::filesystem::equivalent(fsPath(firstFolder), fsPath(secondFolder), error) && !error
            : QDir::cleanPath(firstFolder) == QDir::cleanPath(secondFolder);
#ifdef Q_OS_WIN
    const Qt::CaseSensitivity names = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity names = Qt::CaseSensitive;
#endif
    return sameFolder && first.fileName().compare(second.fileName(), names) == 0;
}

Result<void> refuseOwnFiles(const QString& target, const QString& branchPath)
{
    const QString journal = branchPath + QStringLiteral("-journal");
    for (const QString& own : {branchPath, journal, BranchLock::lockPathFor(branchPath)}) {
        if (isSameFile(target, own)) {
            return ownFileError(target);
        }
    }
    return {};
}

Result<void> refuseBranchFileTarget(const QString& target)
{
    if (isBranchFile(target)) {
        return ownFileError(target);
    }
    if (const QString owner = ownerOfCompanion(target); !owner.isEmpty() && isBranchFile(owner)) {
        return ownFileError(target);
    }
    return {};
}

} // namespace tsunagu::storage
