// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "master/MasterData.h"
#include "statistics/ReportData.h"
#include "storage/BranchInfo.h"

#include <QString>

#include <functional>

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

/// What a worker thread needs to count a branch file's statistics: copies,
/// taken on the GUI thread, of what it must not read from the BranchFile
/// (whose connection belongs to the GUI thread, and which may be closed
/// while the worker runs).
struct ReportSource
{
    QString databasePath; ///< BranchFile::databaseFilePath()
    MasterData masterData;
    BranchInfo branch;

    /// Copies what a worker needs of \a file. GUI thread.
    static ReportSource of(const BranchFile& file);

    /// Computes a report with \a compute on a read-only connection of its own,
    /// over an engine that stops at its next query once \a isCancelled
    /// returns true. Any thread; the connection lives and dies in it.
    Result<statistics::ReportData>
    compute(const std::function<Result<statistics::ReportData>(const statistics::StatisticsEngine& engine,
                                                               const BranchInfo& branch)>& compute,
            const std::function<bool()>& isCancelled = {}) const;
};

} // namespace tsunagu::ui
