// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace tsunagu::storage {

/// Who holds a branch file open for writing, as written in its lock file.
struct LockOwner
{
    QString user;
    QString host;
    qint64 pid = 0;
    /// When the lock was taken, by the holder's clock: shown, never compared.
    QDateTime since;

    /// "tanaka on OFFICE-PC-3 since 2024-04-01 09:12"
    QString describe() const;
};

/// What BranchLock::acquire() tells while it watches another holder's
/// heartbeat before deciding whether its lock was left behind.
struct LockWait
{
    enum class Reason
    {
        OtherComputer, ///< held from another computer: its heartbeat is watched
        Unreadable,    ///< the lock file is empty, half-written or not Tsunagu's
        Takeover,      ///< another program is taking over a lock left behind
    };
    Reason reason = Reason::OtherComputer;
    std::optional<LockOwner> holder; ///< unset when the lock file cannot be read
    std::chrono::milliseconds total{0};
    std::chrono::milliseconds remaining{0};

    /// Translated sentences: who holds it and why Tsunagu waits.
    QString explanation() const;
};

/// Called on the acquiring thread about every quarter second while a lock is
/// watched (and once more when the wait is over); returning false stops the
/// wait, and the acquisition fails with Error::Kind::Cancelled.
using LockWaitObserver = std::function<bool(const LockWait&)>;

} // namespace tsunagu::storage
