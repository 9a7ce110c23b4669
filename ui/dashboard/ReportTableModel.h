// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/ReportTables.h"

#include <QAbstractTableModel>

namespace tsunagu::ui {

/// One report table (statistics::ReportTable) as a read-only table: the label
/// column first, indented rows (a municipality under its region) with leading
/// full-width spaces, emphasis rows (a region, a total) in bold, the counts
/// right-aligned. The dashboard shows it beside each chart.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< the label, or the count as a number
        IndentRole,                  ///< the row's indent level (int)
        EmphasisRole,                ///< whether the row is a region or a total (bool)
    };

    explicit ReportTableModel(QObject* parent = nullptr);

    /// Shows \a table. A table of the same shape (columns and row labels),
    /// such as the same report for another period, only changes its values.
    void setTable(statistics::ReportTable table);
    const statistics::ReportTable& table() const { return m_table; }
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    statistics::ReportTable m_table;
};

} // namespace tsunagu::ui
