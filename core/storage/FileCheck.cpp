// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCheck.h"

#include "storage/BranchFile.h"
#include "storage/ReadConnection.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu::storage {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// The settings group of a file: its canonical path, hashed (a path may hold
/// characters settings keys do not like).
QString settingsKey(const QString& filePath)
{
    const QFileInfo info(filePath);
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    return QStringLiteral("fileChecks/") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

/// integrity_check lines that speak of an index only: the table rows are
/// intact, and REINDEX rebuilds the index from them.
bool isIndexProblem(const QString& line)
{
    static const QRegularExpression index(QStringLiteral(
        "^(row \\d+ missing from index |wrong # of entries in index |non-unique entry in index )"));
    return index.match(line).hasMatch();
}

constexpr qint64 SmallFile = BranchFile::DeferredCheckSize;

} // namespace

Result<FileCheck::Outcome> FileCheck::run(const QString& filePath, const QString& databasePath,
                                          const std::function<bool()>& isCancelled)
{
    if (isCancelled && isCancelled()) {
        return Error(Error::Kind::Cancelled, tr("The check was cancelled."));
    }
    auto connection = ReadConnection::open(databasePath);
    if (!connection.ok()) {
        return connection.error();
    }
    if (isCancelled) {
        connection->setCancelCheck(isCancelled);
    }
    QSqlQuery query(connection->database());
    query.setForwardOnly(true);
    Outcome outcome;
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        if (isCancelled && isCancelled()) {
            return Error(Error::Kind::Cancelled, tr("The check was cancelled."));
        }
        return databaseError(tr("Checking %1").arg(native(filePath)), query.lastError());
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok")) {
            outcome.problems << line;
        }
    }
    if (query.lastError().isValid()) {
        if (isCancelled && isCancelled()) {
            return Error(Error::Kind::Cancelled, tr("The check was cancelled."));
        }
        return databaseError(tr("Checking %1").arg(native(filePath)), query.lastError());
    }
    outcome.indexesOnly = !outcome.problems.isEmpty() &&
                          std::all_of(outcome.problems.cbegin(), outcome.problems.cend(), isIndexProblem);
    remember(filePath, outcome.sound());
    return outcome;
}

Error FileCheck::damagedError(const QString& filePath, const Outcome& outcome)
{
    QStringList shown = outcome.problems.mid(0, 3);
    if (outcome.problems.size() > 3) {
        shown << QStringLiteral("…");
    }
    const QString what =
        tr("%1 failed its full check (%2). Figures from it could be wrong, so none are printed "
           "or sent.")
            .arg(native(filePath), shown.join(QStringLiteral("; ")));
    if (outcome.indexesOnly) {
        return Error(
            Error::Kind::Damaged,
            what + QLatin1Char(' ') +
                tr("Only its indexes are damaged; the cases themselves are intact. Repair them with File > "
                   "Check the File (it offers the repair), or `tsunagu-cli check --db FILE --repair`."));
    }
    return Error(
        Error::Kind::Damaged,
        what + QLatin1Char(' ') +
            tr("The cases themselves are damaged: do not change the file; open a backup copy and keep "
               "this one for a closer look."));
}

Result<void> FileCheck::requireSound(const QString& filePath, const QString& databasePath, bool alwaysCheck,
                                     const std::function<bool()>& isCancelled)
{
    if (alwaysCheck || QFileInfo(filePath).size() < SmallFile) {
        auto outcome = run(filePath, databasePath, isCancelled);
        if (!outcome.ok()) {
            return outcome.error();
        }
        if (!outcome->sound()) {
            return damagedError(filePath, outcome.value());
        }
        return {};
    }
    if (const auto memory = remembered(filePath); memory && !memory->sound) {
        return Error(
            Error::Kind::Damaged,
            tr("%1 failed its last full check on this PC (%2). Figures from it could be wrong, so none "
               "are printed or sent. Check it again with File > Check the File, or `tsunagu-cli check "
               "--db FILE`.")
                .arg(native(filePath), memory->checkedAt.toLocalTime().toString(Qt::ISODate)));
    }
    return {};
}

Result<FileCheck::Outcome> FileCheck::repairIndexes(BranchFile& file)
{
    if (auto r = file.ensureWritable(); !r.ok()) {
        return r.error();
    }
    {
        WriteTransaction transaction(file.database());
        if (auto r = transaction.begin(); !r.ok()) {
            return r.error();
        }
        QSqlQuery query(file.database());
        if (!query.exec(QStringLiteral("REINDEX"))) {
            return databaseError(tr("Repairing the indexes of %1").arg(native(file.path())),
                                 query.lastError());
        }
        if (auto r = transaction.commit(); !r.ok()) {
            return r.error();
        }
    }
    return run(file.path(), file.databaseFilePath());
}

void FileCheck::remember(const QString& filePath, bool sound)
{
    const QFileInfo info(filePath);
    QSettings settings;
    settings.beginGroup(settingsKey(filePath));
    settings.setValue(QStringLiteral("checkedAt"), QDateTime::currentDateTimeUtc());
    settings.setValue(QStringLiteral("sound"), sound);
    settings.setValue(QStringLiteral("size"), info.size());
    settings.setValue(QStringLiteral("modified"), info.lastModified().toUTC());
    settings.endGroup();
}

std::optional<FileCheck::Memory> FileCheck::remembered(const QString& filePath)
{
    QSettings settings;
    settings.beginGroup(settingsKey(filePath));
    if (!settings.contains(QStringLiteral("checkedAt"))) {
        return std::nullopt;
    }
    Memory memory;
    memory.checkedAt = settings.value(QStringLiteral("checkedAt")).toDateTime();
    memory.sound = settings.value(QStringLiteral("sound")).toBool();
    memory.size = settings.value(QStringLiteral("size")).toLongLong();
    memory.modified = settings.value(QStringLiteral("modified")).toDateTime();
    return memory;
}

bool FileCheck::isDue(const QString& filePath, const QDateTime& now)
{
    const auto memory = remembered(filePath);
    if (!memory || !memory->sound) {
        return true;
    }
    return memory->checkedAt.secsTo(now) > RecheckAfterSeconds;
}

} // namespace tsunagu::storage
