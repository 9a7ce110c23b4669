// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "statistics/ContactCounts.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchInfo.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tsunagu::statistics {

/// Open cases of one coordinator as of a day (the chief's workload is a
/// named problem of the branches).
struct CoordinatorLoad
{
    qint64 coordinatorId = 0; ///< 0: nobody in charge
    QString name;
    QString role;
    qint64 openCases = 0;

    friend bool operator==(const CoordinatorLoad&, const CoordinatorLoad&) = default;
};

/// Everything a monthly summary (月報) or an annual report (年度報告) shows,
/// computed once from the branch file; the PDF, the print-out and the
/// dashboard render it.
struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::statistics::ReportData)

public:
    enum class Kind
    {
        Monthly, ///< a month, with the fiscal year to date beside it
        Annual,  ///< a whole fiscal year
    };

    Kind kind = Kind::Monthly;
    BranchInfo branch;
    QDateTime generatedAt; ///< local time

    Period period;     ///< the month, or the fiscal year
    Period cumulative; ///< fiscal year to the period's end (= period for Annual)
    Summary periodSummary;
    Summary cumulativeSummary;
    Summary periodPreviousYear;     ///< the same month one year earlier
    Summary cumulativePreviousYear; ///< the previous fiscal year to the same day
    ContactCounts periodContacts;
    ContactCounts cumulativeContacts;
    ContactCounts periodContactsPreviousYear;
    ContactCounts cumulativeContactsPreviousYear;
    MonthlySeries series;            ///< the fiscal year's months, and the year before
    QList<CoordinatorLoad> workload; ///< as of the period's end, most loaded first

    /// The monthly summary for the month of \a anyDayOfMonth.
    static Result<ReportData> monthly(const StatisticsEngine& engine, const BranchInfo& branch,
                                      QDate anyDayOfMonth);
    /// The annual report for the fiscal year starting in April of \a fiscalYear.
    static Result<ReportData> annual(const StatisticsEngine& engine, const BranchInfo& branch,
                                     int fiscalYear);
    /// Any range of days, shaped like an annual report: the range and the
    /// same days a year earlier, the series of the fiscal year it ends in,
    /// the workload on its last day.
    static Result<ReportData> range(const StatisticsEngine& engine, const BranchInfo& branch,
                                    const Period& period);
};

} // namespace tsunagu::statistics
