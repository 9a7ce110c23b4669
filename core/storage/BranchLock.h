// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace tsunagu::storage {

/// Who holds a branch file open for writing, as written in its lock file.
struct LockOwner
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;     ///< when the lock was taken (UTC)
    QDateTime heartbeat; ///< last refresh (UTC)

    /// "tanaka on OFFICE-PC-3 since 2024-04-01 09:12"
    QString describe() const;
};

/// A lock file beside the branch file (`branch.tsunagu.lock`) that keeps a
/// second Tsunagu from opening the same file for writing, also across PCs on
/// an office network share.
///
/// SQLite's own locks are not enough there: they are held only during a
/// transaction, and byte-range locks are unreliable on SMB/NFS. The lock file
/// is created exclusively and refreshed by a heartbeat; a lock whose holder
/// is gone (same host, process not running) or whose heartbeat is older than
/// staleAfter() (the holder crashed or lost the share) is taken over.
class BranchLock
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::storage::BranchLock)

public:
    /// How often the holder refreshes its heartbeat.
    static constexpr std::chrono::seconds HeartbeatInterval{60};
    /// A lock not refreshed for this long is stale. Generous, because clocks
    /// of PCs on one share differ and a sleeping laptop stops refreshing.
    static constexpr std::chrono::seconds StaleAfter{10 * 60};

    ~BranchLock();
    BranchLock(const BranchLock&) = delete;
    BranchLock& operator=(const BranchLock&) = delete;

    static QString lockPathFor(const QString& databasePath);

    /// Takes the lock for \a databasePath, or fails with Error::Kind::Locked
    /// naming the holder. \a now is injectable for tests.
    static Result<std::unique_ptr<BranchLock>>
    acquire(const QString& databasePath, const QDateTime& now = QDateTime::currentDateTimeUtc());

    /// The current holder of the lock for \a databasePath, if any.
    static std::optional<LockOwner> readOwner(const QString& databasePath);

    /// Refreshes the heartbeat. Fails when the lock file is gone or now names
    /// another holder (it was taken over while this one was not refreshing):
    /// the caller must stop writing.
    Result<void> refresh(const QDateTime& now = QDateTime::currentDateTimeUtc());

    const QString& lockPath() const { return m_lockPath; }
    const LockOwner& owner() const { return m_owner; }

    /// Whether \a owner no longer holds its lock at \a now.
    static bool isStale(const LockOwner& owner, const QDateTime& now);
    /// The identity of this process, as it would appear in a lock file.
    static LockOwner currentProcessOwner(const QDateTime& now);

private:
    BranchLock(QString lockPath, LockOwner owner);

    QString m_lockPath;
    LockOwner m_owner;
};

} // namespace tsunagu::storage
