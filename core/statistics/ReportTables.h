// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Language.h"
#include "statistics/ReportData.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tsunagu {
class MasterData;
}

namespace tsunagu::statistics {

/// One table of a report, as plain values: the PDF, the print-out, the
/// dashboard and "copy for Excel" all draw the same rows.
struct ReportTable
{
    struct Row
    {
        QString label;
        QList<qint64> values;  ///< one per value column
        int indent = 0;        ///< 1 for a municipality under its region, a kind under its total
        bool emphasis = false; ///< a region, a total

        friend bool operator==(const Row&, const Row&) = default;
    };

    QString id;          ///< stable identifier: "cases", "region", "method", ...
    QString title;       ///< e.g. （１）圏域別件数
    QStringList columns; ///< the label column's header, then one per value column
    QList<Row> rows;
    QString note; ///< printed under the table, may be empty

    /// Tab-separated text with a header line, for pasting into Excel. Text
    /// cells that Excel would take for a formula get a "'" before them
    /// (exchange::guardedCell()); values are numbers.
    QString toTsv() const;

    friend bool operator==(const ReportTable&, const ReportTable&) = default;
};

/// The tables of a monthly summary or annual report, shaped like the
/// center's tables: cases and contacts, by region with municipalities (zeros
/// shown), by method, by consulter, by topic with the total of mentions,
/// status as of the period end, and open cases per coordinator. A monthly
/// report has four value columns (the month, the fiscal year to date, and
/// both a year earlier); an annual report two (the year and the year before).
QList<ReportTable> reportTables(const ReportData& data, const MasterData& masterData, Language language);

} // namespace tsunagu::statistics
