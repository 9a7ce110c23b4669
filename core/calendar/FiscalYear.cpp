// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FiscalYear.h"

namespace tsunagu::calendar {

FiscalYear::FiscalYear(int startYear)
    : m_startYear(startYear)
{}

FiscalYear FiscalYear::containing(QDate date)
{
    Q_ASSERT(date.isValid());
    return FiscalYear(date.month() >= FirstMonth ? date.year() : date.year() - 1);
}

int FiscalYear::startYear() const
{
    return m_startYear;
}

QDate FiscalYear::firstDay() const
{
    return QDate(m_startYear, FirstMonth, 1);
}

QDate FiscalYear::lastDay() const
{
    return next().firstDay().addDays(-1);
}

bool FiscalYear::contains(QDate date) const
{
    return date.isValid() && date >= firstDay() && date <= lastDay();
}

FiscalYear FiscalYear::previous() const
{
    return FiscalYear(m_startYear - 1);
}

FiscalYear FiscalYear::next() const
{
    return FiscalYear(m_startYear + 1);
}

QList<QDate> FiscalYear::monthStarts() const
{
    QList<QDate> starts;
    starts.reserve(12);
    const QDate first = firstDay();
    for (int month = 0; month < 12; ++month)
        starts.append(first.addMonths(month));
    return starts;
}

} // namespace tsunagu::calendar
