// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include <compare>

namespace tsunagu::calendar {

/// A Japanese fiscal year (nendo): April 1 of its start year to March 31 of
/// the next year. Statistics and reports are grouped by it. Its name in era
/// form comes from JapaneseCalendar::formatFiscalYear().
class FiscalYear
{
public:
    /// The month a fiscal year begins in (April).
    static constexpr int FirstMonth = 4;

    /// The fiscal year beginning on April 1 of @p startYear.
    explicit FiscalYear(int startYear);

    /// The fiscal year @p date falls in: 2024-03-31 -> 2023, 2024-04-01 -> 2024.
    /// @p date must be valid.
    static FiscalYear containing(QDate date);

    /// The calendar year of the fiscal year's April (2024 for April 2024 - March 2025).
    int startYear() const;
    /// April 1 of startYear().
    QDate firstDay() const;
    /// March 31 of the year after startYear().
    QDate lastDay() const;
    /// True if @p date lies between firstDay() and lastDay(), both included.
    bool contains(QDate date) const;

    FiscalYear previous() const;
    FiscalYear next() const;

    /// The first day of each of the fiscal year's 12 months, April to March.
    QList<QDate> monthStarts() const;

    friend bool operator==(const FiscalYear&, const FiscalYear&) = default;
    friend std::strong_ordering operator<=>(const FiscalYear&, const FiscalYear&) = default;

private:
    int m_startYear;
};

} // namespace tsunagu::calendar
