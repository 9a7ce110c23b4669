// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportData.h"

namespace tsunagu::statistics {

namespace {

/// Fills the period figures of \a data (period, cumulative and their
/// previous-year twins) and the series and workload. When the cumulative
/// period is the period itself (a fiscal year, a range) it is counted once.
/// All of it is read in one snapshot, so the month's cases, the year to
/// date, the series and the workload describe the same state of the file.
Result<void> fill(ReportData& data, const StatisticsEngine& engine)
{
    storage::ReadSnapshot snapshot = engine.readSnapshot();
    if (auto r = snapshot.begin(); !r.ok()) {
        return r;
    }
    const auto count = [&engine](const Period& period, Summary& summary,
                                 ContactCounts& contacts) -> Result<void> {
        auto counted = engine.summary(period);
        if (!counted.ok()) {
            return counted.error();
        }
        summary = std::move(counted).value();
        auto contacted = engine.contactCounts(period);
        if (!contacted.ok()) {
            return contacted.error();
        }
        contacts = std::move(contacted).value();
        return {};
    };
    if (auto r = count(data.period, data.periodSummary, data.periodContacts); !r.ok()) {
        return r;
    }
    if (auto r = count(data.period.previousYear(), data.periodPreviousYear, data.periodContactsPreviousYear);
        !r.ok()) {
        return r;
    }
    if (data.cumulative == data.period) {
        data.cumulativeSummary = data.periodSummary;
        data.cumulativeContacts = data.periodContacts;
        data.cumulativePreviousYear = data.periodPreviousYear;
        data.cumulativeContactsPreviousYear = data.periodContactsPreviousYear;
    } else {
        if (auto r = count(data.cumulative, data.cumulativeSummary, data.cumulativeContacts); !r.ok()) {
            return r;
        }
        if (auto r = count(data.cumulative.previousYear(), data.cumulativePreviousYear,
                           data.cumulativeContactsPreviousYear);
            !r.ok()) {
            return r;
        }
    }
    // The fiscal year the period ends in (a month or a fiscal year lies
    // within one; a range may not).
    auto series = engine.monthlySeries(calendar::FiscalYear::containing(data.period.to));
    if (!series.ok()) {
        return series.error();
    }
    data.series = std::move(series).value();
    auto workload = engine.workload(data.period.to);
    if (!workload.ok()) {
        return workload.error();
    }
    data.workload = std::move(workload).value();
    return {};
}

} // namespace

Result<ReportData> ReportData::monthly(const StatisticsEngine& engine, const BranchInfo& branch,
                                       QDate anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid()) {
        return Error(Error::Kind::Invalid, tr("The month of the report is not a valid date."));
    }
    ReportData data;
    data.kind = Kind::Monthly;
    data.branch = branch;
    data.generatedAt = QDateTime::currentDateTime();
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    data.period = Period{first, QDate(first.year(), first.month(), first.daysInMonth())};
    data.cumulative = Period{calendar::FiscalYear::containing(first).firstDay(), data.period.to};
    if (auto r = fill(data, engine); !r.ok()) {
        return r.error();
    }
    return data;
}

Result<ReportData> ReportData::annual(const StatisticsEngine& engine, const BranchInfo& branch,
                                      int fiscalYear)
{
    const calendar::FiscalYear year(fiscalYear);
    return range(engine, branch, Period{year.firstDay(), year.lastDay()});
}

Result<ReportData> ReportData::range(const StatisticsEngine& engine, const BranchInfo& branch,
                                     const Period& period)
{
    if (!period.isValid()) {
        return Error(Error::Kind::Invalid, tr("The first day of the period is after its last day."));
    }
    ReportData data;
    data.kind = Kind::Annual;
    data.branch = branch;
    data.generatedAt = QDateTime::currentDateTime();
    data.period = period;
    data.cumulative = period;
    if (auto r = fill(data, engine); !r.ok()) {
        return r.error();
    }
    return data;
}

} // namespace tsunagu::statistics
