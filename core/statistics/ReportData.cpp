// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportData.h"

namespace tsunagu::statistics {

namespace {

/// Fills the period figures of \a data (period, cumulative and their
/// previous-year twins) and the series and workload.
Result<void> fill(ReportData& data, const StatisticsEngine& engine)
{
    const struct
    {
        Period period;
        Summary* summary;
        ContactCounts* contacts;
    } parts[] = {
        {data.period, &data.periodSummary, &data.periodContacts},
        {data.cumulative, &data.cumulativeSummary, &data.cumulativeContacts},
        {data.period.previousYear(), &data.periodPreviousYear, &data.periodContactsPreviousYear},
        {data.cumulative.previousYear(), &data.cumulativePreviousYear, &data.cumulativeContactsPreviousYear},
    };
    for (const auto& part : parts) {
        auto summary = engine.summary(part.period);
        if (!summary.ok()) {
            return summary.error();
        }
        *part.summary = std::move(summary).value();
        auto contacts = engine.contactCounts(part.period);
        if (!contacts.ok()) {
            return contacts.error();
        }
        *part.contacts = std::move(contacts).value();
    }
    auto series = engine.monthlySeries(calendar::FiscalYear::containing(data.period.from));
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
    ReportData data;
    data.kind = Kind::Annual;
    data.branch = branch;
    data.generatedAt = QDateTime::currentDateTime();
    const calendar::FiscalYear year(fiscalYear);
    data.period = Period{year.firstDay(), year.lastDay()};
    data.cumulative = data.period;
    if (auto r = fill(data, engine); !r.ok()) {
        return r.error();
    }
    return data;
}

} // namespace tsunagu::statistics
