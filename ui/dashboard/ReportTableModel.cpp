// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>

namespace tsunagu::ui {

namespace {

/// Whether \a a and \a b have the same columns and row labels, so that only
/// their values differ.
bool sameShape(const statistics::ReportTable& a, const statistics::ReportTable& b)
{
    if (a.columns != b.columns || a.rows.size() != b.rows.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        const auto& ra = a.rows.at(i);
        const auto& rb = b.rows.at(i);
        if (ra.label != rb.label || ra.indent != rb.indent || ra.emphasis != rb.emphasis ||
            ra.values.size() != rb.values.size()) {
            return false;
        }
    }
    return true;
}

} // namespace

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(statistics::ReportTable table)
{
    if (sameShape(m_table, table)) {
        const bool changed = m_table.rows != table.rows;
        m_table = std::move(table);
        if (changed && rowCount() > 0 && columnCount() > 1) {
            Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
        }
        return;
    }
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable(statistics::ReportTable{});
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const statistics::ReportTable::Row& row = m_table.rows.at(index.row());
    const int column = index.column();
    const bool isLabel = column == 0;
    const qsizetype valueIndex = column - 1;
    const bool hasValue = !isLabel && valueIndex < row.values.size();

    switch (role) {
    case Qt::DisplayRole:
        if (isLabel) {
            return QString(QString(row.indent * 2, QChar(0x3000)) + row.label);
        }
        return hasValue ? QLocale().toString(row.values.at(valueIndex)) : QString();
    case Qt::ToolTipRole:
        return isLabel ? QVariant(row.label) : QVariant();
    case SortRole:
        if (isLabel) {
            return row.label;
        }
        return hasValue ? QVariant(row.values.at(valueIndex)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isLabel ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    case Qt::FontRole:
        if (row.emphasis) {
            QFont font = QGuiApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case IndentRole:
        return row.indent;
    case EmphasisRole:
        return row.emphasis;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_table.columns.at(section);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((section == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    default:
        return {};
    }
}

} // namespace tsunagu::ui
