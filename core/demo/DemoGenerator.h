// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/BranchInfo.h"

#include <QDate>

namespace tsunagu {

class BranchFile;

/// Fills a branch file with realistic synthetic cases (no real people):
/// for the demo branch a newcomer opens, and for tests and benchmarks.
/// Deterministic: the same options give the same cases.
class DemoGenerator
{
public:
    struct Options
    {
        int cases = 300;
        quint32 seed = 1;
        /// Cases are received in the fiscal years up to this day.
        QDate today = QDate::currentDate();
        /// How many fiscal years (the current one included) the cases spread
        /// over: a branch's two, or a consolidated history's ten.
        int fiscalYears = 2;
        /// Cases are written in transactions of this many.
        int batchSize = 5000;
    };

    /// The branch the demo file describes.
    static BranchInfo demoBranchInfo();

    /// Adds coordinators and \a options.cases cases to \a file.
    static Result<void> populate(BranchFile& file, const Options& options);
};

} // namespace tsunagu
