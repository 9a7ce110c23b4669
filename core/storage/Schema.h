// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tsunagu::storage {

/// `PRAGMA application_id` of every branch file: "TSNG".
inline constexpr qint32 ApplicationId = 0x54534E47;
/// The schema version this build writes (`PRAGMA user_version`).
inline constexpr int CurrentSchemaVersion = 4;

/// One rung of the migration ladder: brings a file from toVersion - 1 to
/// toVersion. Steps are small and named; they never commit themselves.
struct Migration
{
    int toVersion = 0;
    QString name;
    std::function<Result<void>(QSqlDatabase&)> apply;
};

/// The ladder from an empty file (version 0) to CurrentSchemaVersion.
const QList<Migration>& migrations();

/// Runs every step of \a ladder above \a fromVersion and sets user_version to
/// the last step's version. Must run inside the caller's write transaction, so
/// that the whole ladder and the version bump land together or not at all.
Result<void> migrate(QSqlDatabase& database, int fromVersion, const QList<Migration>& ladder = migrations());

/// Fails with a message naming the first table or column of the schema of
/// \a version that \a database lacks: a file whose header says "Tsunagu, current
/// version" but whose tables were cut down (by another tool, or damage) is
/// refused on opening (before a migration could write to it) instead of
/// failing later at some query. The expected structure is made once per
/// process and version by running the ladder up to it on an empty in-memory
/// database.
Result<void> verifyStructure(const QSqlDatabase& database, int version = CurrentSchemaVersion);

/// The folded text the case list searches (case number, names, note).
QString searchTextOf(const QString& caseNo, const QString& note, const QString& childName,
                     const QString& consulterName);

/// Executes each ';'-separated statement of \a script; stops at the first error.
Result<void> executeScript(QSqlDatabase& database, const QString& script);

} // namespace tsunagu::storage
