// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteApi.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#ifdef TSUNAGU_SQLITE_API
#include <sqlite3.h>
#endif

namespace tsunagu::storage::sqlite {

namespace {

thread_local int t_commitPermits = 0;

#ifdef TSUNAGU_SQLITE_API
/// SQLite's raw handle behind a Qt connection, or null.
sqlite3* handleOf(const QSqlDatabase& database)
{
    const QVariant handle = database.isValid() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

int commitHook(void* handle)
{
    // Non-zero turns the commit into a rollback. Temporary tables (a search's
    // hits) are not the file: only a write to the main database needs a permit.
    if (t_commitPermits > 0) {
        return 0;
    }
    return sqlite3_txn_state(static_cast<sqlite3*>(handle), "main") == SQLITE_TXN_WRITE ? 1 : 0;
}

int askCheck(void* check)
{
    return (*static_cast<const std::function<bool()>*>(check))() ? 1 : 0;
}

/// How long a connection with a cancel check waits for another's lock, as
/// QSQLITE_BUSY_TIMEOUT does without one.
constexpr int BusyWaitMs = 5000;
constexpr int BusySliceMs = 10;

/// Waits for a lock in short slices, giving up at once when cancelled: a
/// cancelled count must not sit out another program's save.
int waitUnlessCancelled(void* check, int tries)
{
    if ((*static_cast<const std::function<bool()>*>(check))() || tries * BusySliceMs >= BusyWaitMs) {
        return 0;
    }
    sqlite3_sleep(BusySliceMs);
    return 1;
}
#endif

} // namespace

bool available()
{
#ifdef TSUNAGU_SQLITE_API
    return true;
#else
    return false;
#endif
}

bool inTransaction(const QSqlDatabase& db)
{
#ifdef TSUNAGU_SQLITE_API
    if (sqlite3* handle = handleOf(db)) {
        return sqlite3_get_autocommit(handle) == 0;
    }
#endif
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("BEGIN DEFERRED"))) {
        probe.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

void guardCommits(const QSqlDatabase& db)
{
#ifdef TSUNAGU_SQLITE_API
    if (sqlite3* handle = handleOf(db)) {
        sqlite3_commit_hook(handle, commitHook, handle);
    }
#else
    Q_UNUSED(db);
#endif
}

CommitPermit::CommitPermit()
{
    ++t_commitPermits;
}

CommitPermit::~CommitPermit()
{
    --t_commitPermits;
}

bool setProgressHandler(const QSqlDatabase& db, int steps, const std::function<bool()>* check)
{
#ifdef TSUNAGU_SQLITE_API
    sqlite3* handle = handleOf(db);
    if (!handle) {
        return false;
    }
    if (!check) {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        sqlite3_busy_timeout(handle, BusyWaitMs);
    } else {
        void* argument = const_cast<void*>(static_cast<const void*>(check));
        sqlite3_progress_handler(handle, steps, askCheck, argument);
        sqlite3_busy_handler(handle, waitUnlessCancelled, argument);
    }
    return true;
#else
    Q_UNUSED(db);
    Q_UNUSED(steps);
    Q_UNUSED(check);
    return false;
#endif
}

int primaryCode(const QString& nativeErrorCode)
{
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

} // namespace tsunagu::storage::sqlite
