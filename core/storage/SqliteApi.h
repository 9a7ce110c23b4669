// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <functional>

namespace tsunagu::storage::sqlite {

/// Whether this build reaches SQLite's C API on Qt's connections (option
/// TSUNAGU_SQLITE_API: Qt's driver uses the same system SQLite). Without it,
/// the functions below fall back to plain SQL or do nothing, as each says.
bool available();

/// Whether \a db has a transaction open. SQLite ends a transaction by itself
/// after some errors (an I/O error, a full disk, running out of memory):
/// a write path that goes on after an error must ask this first, or its next
/// statements would each commit on their own. Uses sqlite3_get_autocommit, or
/// else probes with BEGIN (which fails inside a transaction).
bool inTransaction(const QSqlDatabase& db);

/// Makes every commit on \a db that no CommitPermit allows fail and roll
/// back (SQLite's commit hook): nothing is ever written outside an explicit
/// WriteTransaction, even by a statement that runs after SQLite has ended the
/// transaction on an error. Does nothing without the C API.
void guardCommits(const QSqlDatabase& db);

/// While one exists, commits on this thread pass the guard: WriteTransaction
/// holds one around its COMMIT.
class CommitPermit
{
public:
    CommitPermit();
    ~CommitPermit();
    CommitPermit(const CommitPermit&) = delete;
    CommitPermit& operator=(const CommitPermit&) = delete;
};

/// Installs \a check as SQLite's progress handler on \a db, asked every
/// \a steps virtual-machine steps; a true answer stops the statement with
/// SQLITE_INTERRUPT; a wait for another connection's lock gives up as soon as
/// it returns true. A null \a check removes it. Returns false when the C API
/// is not available.
bool setProgressHandler(const QSqlDatabase& db, int steps, const std::function<bool()>* check);

/// SQLite's primary result code (SQLITE_FULL, SQLITE_IOERR, ...) of a
/// driver error, from its native (extended) code; 0 when there is none.
int primaryCode(const QString& nativeErrorCode);

} // namespace tsunagu::storage::sqlite
