// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Summary.h"

#include <algorithm>

namespace tsunagu::statistics {

namespace {

/// The same day a year earlier; a month's last day stays its month's last
/// day, so February 2025 compares with all of February 2024, 29th included.
QDate sameDayYearBefore(QDate date)
{
    const QDate firstOfMonth(date.year() - 1, date.month(), 1);
    if (date.day() == date.daysInMonth()) {
        return QDate(firstOfMonth.year(), firstOfMonth.month(), firstOfMonth.daysInMonth());
    }
    return QDate(firstOfMonth.year(), firstOfMonth.month(), std::min(date.day(), firstOfMonth.daysInMonth()));
}

} // namespace

Period Period::previousYear() const
{
    return Period{sameDayYearBefore(from), sameDayYearBefore(to)};
}

qint64 Summary::countOf(const QList<Count>& list, const QString& code)
{
    for (const Count& c : list) {
        if (c.code == code) {
            return c.count;
        }
    }
    return 0;
}

} // namespace tsunagu::statistics
