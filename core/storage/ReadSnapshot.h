// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace tsunagu::storage {

/// RAII guard for a read transaction: every statement run on the connection
/// between begin() and end() (or the guard's destruction) reads one committed
/// state of the file, so a summary, a report or an export of several
/// statements never mixes the states before and after another connection's
/// commit (a status total of 78 beside 77 cases).
///
/// begin() runs a deferred BEGIN and one read, which takes SQLite's shared
/// lock at once; end() commits, which releases it. Without WAL that lock holds
/// off every writer's commit (another PC's save waits meanwhile), so a
/// snapshot spans one computation, never a UI session.
///
/// Guards nest: one begun while the connection is already inside a
/// transaction (an outer snapshot, a write transaction) joins it and leaves
/// ending it to its owner, so a report can hold one snapshot around the
/// summaries it is made of, each of which holds its own when run alone.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    /// Starts the snapshot (or joins the one in progress). Fails when the file
    /// cannot be read, e.g. busy past the connection's timeout.
    Result<void> begin();
    /// Ends the snapshot this guard started; nothing for a joined one.
    void end();
    /// Whether this guard started the transaction and has not ended it yet.
    bool ownsTransaction() const { return m_owned; }

private:
    QSqlDatabase m_database;
    bool m_owned = false;
};

} // namespace tsunagu::storage
