// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <list>
#include <memory>

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

/// The case list over a branch file: counts in SQL and fetches rows a page at
/// a time as the view asks for them, keeping a bounded number of pages, so
/// a million cases cost no more memory than a screenful. Sorting and
/// filtering happen in SQL too (see CaseQuery).
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Column = CaseListColumn;
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;

    enum Role
    {
        CaseIdRole = Qt::UserRole + 1, ///< the case's database id (qint64)
        SortRole,                      ///< the raw value behind the displayed text
    };

    explicit CaseTableModel(QObject* parent = nullptr);
    ~CaseTableModel() override;

    /// Shows the cases of \a file (nullptr: none). The file must outlive the model's use of it.
    void setBranchFile(BranchFile* file);
    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const;
    /// Re-reads everything (after a case was added, edited or removed).
    void refresh();

    /// The day "days since the last contact" counts to; today unless a test says otherwise.
    void setToday(QDate today);

    qint64 caseIdAt(int row) const;
    /// The row showing case \a caseId among the pages already loaded, or -1.
    int loadedRowOf(qint64 caseId) const;
    /// 延べ件数: contacts of the cases that pass the filter.
    qint64 contactCount() const;
    /// The last error reading the file, empty when none.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The number of cases passing the filter changed (after a reload).
    void countChanged(qint64 cases);

private:
    const CaseListRow* rowAt(int row) const;
    void reload();

    BranchFile* m_file = nullptr;
    std::unique_ptr<CaseQuery> m_query;
    CaseFilter m_filter;
    CaseListColumn m_sortColumn = CaseListColumn::ReceivedOn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    qint64 m_count = 0;
    QDate m_today;
    mutable QHash<qint64, QList<CaseListRow>> m_pages;
    mutable std::list<qint64> m_pageUse; ///< most recently used first
    mutable QString m_lastError;
};

} // namespace tsunagu::ui
