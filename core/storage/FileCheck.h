// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::storage {

/// The full check of a branch file, `PRAGMA integrity_check`, and what this
/// PC remembers of it.
///
/// Opening runs `quick_check`, which reads every page but does not compare
/// the indexes with their tables: one flipped bit in an index page passes it,
/// and a count read through that index is then wrong without any error. The
/// full check catches that; it takes about a second per 100,000 cases and
/// holds off saves meanwhile (they wait, see BusyWaitHandler). It runs before
/// every annual report, before a summary or report of a small file, on demand
/// (`tsunagu-cli check`, File → Check the file) and in the desktop app in the
/// background once a day. Its result is remembered in this PC's settings,
/// keyed by the file's path and identity, not in the file: read-only opens
/// and the center's copies work too. Figures are never printed from a file
/// whose last full check failed.
class FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::storage::FileCheck)

public:
    struct Outcome
    {
        QStringList problems; ///< integrity_check's lines; empty when sound
        /// Every problem is in an index: REINDEX rebuilds them from the
        /// tables, and nothing is lost (repairIndexes()).
        bool indexesOnly = false;
        bool sound() const { return problems.isEmpty(); }
    };

    /// What this PC remembers of a file's last full check.
    struct Memory
    {
        QDateTime checkedAt; ///< UTC
        bool sound = false;
        qint64 size = 0;
        QDateTime modified; ///< the file's, when checked
    };

    /// How long a passed check counts for the background check.
    static constexpr qint64 RecheckAfterSeconds = 24 * 60 * 60;

    /// Runs integrity_check over a read-only connection of its own (safe on
    /// any thread) and remembers the outcome for \a filePath. Fails only when
    /// the check itself could not run (busy, I/O error, cancelled).
    static Result<Outcome> run(const QString& filePath, const QString& databasePath,
                               const std::function<bool()>& isCancelled = {});

    /// For figures about to be printed or sent: runs the full check when
    /// \a alwaysCheck or when the file is small enough to check in a moment;
    /// otherwise relies on what this PC remembers. Fails with
    /// Error::Kind::Damaged (saying how to repair) when the file is not sound.
    static Result<void> requireSound(const QString& filePath, const QString& databasePath, bool alwaysCheck,
                                     const std::function<bool()>& isCancelled = {});

    /// Rebuilds every index from its table in one write transaction (REINDEX),
    /// then checks the whole file again.
    static Result<Outcome> repairIndexes(BranchFile& file);

    static std::optional<Memory> remembered(const QString& filePath);
    /// True when the file has not passed a full check on this PC in the last
    /// RecheckAfterSeconds (at most one background check a day).
    static bool isDue(const QString& filePath, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// The message for a file that failed: what is wrong and what to do.
    static Error damagedError(const QString& filePath, const Outcome& outcome);

private:
    static void remember(const QString& filePath, bool sound);
};

} // namespace tsunagu::storage
