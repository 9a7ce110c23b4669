// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <chrono>
#include <functional>

namespace tsunagu::storage {

/// What a save that meets another connection's lock is waiting for.
struct BusyWait
{
    QString filePath;                   ///< the branch file
    std::chrono::milliseconds waited{}; ///< so far
    bool committing = false;            ///< waiting for readers to finish (else for another writer)
    bool finished = false;              ///< the wait is over (the last call)
};

/// Called on the writing thread every fraction of a second while a save
/// waits, and once more with BusyWait::finished when the wait is over;
/// returns false to give up (the user pressed Cancel). The desktop app
/// shows "waiting for another reader…" with Cancel; without a handler a save
/// waits up to DefaultBusyWait.
using BusyWaitHandler = std::function<bool(const BusyWait&)>;
/// Installs \a handler for saves on the calling thread; returns the previous one.
BusyWaitHandler setBusyWaitHandler(BusyWaitHandler handler);
/// How long a save without a handler waits for other connections.
inline constexpr std::chrono::seconds DefaultBusyWait{120};

/// RAII guard for a write transaction. Begins with BEGIN IMMEDIATE, so the
/// write lock is taken up front; rolls back unless commit() succeeded.
///
/// The rules every write path follows through it: any error inside the
/// transaction ends it with ROLLBACK and the whole operation fails; nothing
/// is written outside a transaction (a commit guard on the connection refuses
/// any commit but this class's, see sqlite::guardCommits()); and when SQLite
/// has ended the transaction by itself after an error, commit() says so
/// instead of committing what came after. A save that meets another program
/// (a reader holding off the commit, or a writer) waits, see BusyWaitHandler.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool isActive() const { return m_active; }
    /// Whether SQLite still has the transaction open: false after it ended it
    /// on an error. A write path that meets an error it would go on after
    /// (a duplicate to report) asks this first.
    bool isStillOpen() const;

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

/// The message for a failed SQL statement, naming what was being done.
Error databaseError(const QString& action, const QString& driverText);
/// The same, told by SQLite's error code: a full disk, an I/O error (a share
/// that went away), a file busy in another program and a damaged file each
/// get their own kind and a sentence saying what to do; inside a write
/// transaction the file's path is named.
Error databaseError(const QString& action, const QSqlError& error);

} // namespace tsunagu::storage
