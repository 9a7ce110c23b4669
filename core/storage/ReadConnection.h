// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace tsunagu::storage {

/// A read-only SQLite connection of its own, for work done on another thread
/// (statistics for the dashboard, a report, an export) while the GUI thread
/// keeps the branch file's main connection. Qt's connections belong to the
/// thread that made them: create, use and destroy this in the worker thread.
///
/// It sees what the main connection has committed. Its temporary tables (a
/// search's hits, a sort's order) are kept in memory. The connection is
/// removed when the object is destroyed.
class ReadConnection
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::storage::ReadConnection)

public:
    /// \a databasePath is BranchFile::databaseFilePath(): the file the main
    /// connection reads (a private upgraded copy for an older read-only file).
    static Result<ReadConnection> open(const QString& databasePath);

    ReadConnection(ReadConnection&& other) noexcept;
    ReadConnection& operator=(ReadConnection&& other) noexcept;
    ReadConnection(const ReadConnection&) = delete;
    ReadConnection& operator=(const ReadConnection&) = delete;
    ~ReadConnection();

    QSqlDatabase database() const;

    /// Whether setCancelCheck() can stop a statement midway in this build
    /// (Qt's driver uses the system SQLite); if not, work is cancelled
    /// between statements only.
    static bool canInterrupt();
    /// Makes any statement on this connection stop soon after \a isCancelled
    /// returns true (it is asked every few thousand SQLite steps, on the
    /// connection's thread), failing with SQLite's "interrupted" error; an
    /// empty function removes the check.
    void setCancelCheck(std::function<bool()> isCancelled);

private:
    explicit ReadConnection(QString connectionName);
    void close();

    QString m_connectionName;
    /// Owned here, for SQLite holds a pointer to it.
    std::unique_ptr<std::function<bool()>> m_cancelCheck;
};

} // namespace tsunagu::storage
