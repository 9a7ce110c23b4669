// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <chrono>
#include <list>
#include <memory>
#include <tuple>

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::ui {

/// The case list over a branch file: counts in SQL and fetches rows a page at
/// a time as the view asks for them, keeping a bounded number of pages, so
/// a million cases cost no more memory than a screenful. Sorting and
/// filtering happen in SQL too (see CaseQuery).
///
/// The SQL runs on a worker thread of the model's own, over a read-only
/// connection, so that no sort or search of a large file freezes the window.
/// The GUI thread waits for an answer a moment (responseWait()): a file of
/// hundreds of cases answers well within it and the model behaves as if it
/// read the file itself. A slower answer is taken when it comes: a new
/// filter or sort keeps the rows shown until its first page is ready
/// (isLoading(), cancelLoading()), a page not read yet shows empty rows
/// until it is.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Column = CaseListColumn;
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;
    /// Pages asked for and not read yet; asking for more forgets the oldest
    /// (scrolled past before it was read).
    static constexpr int MaxPendingPages = 4;
    static constexpr std::chrono::milliseconds DefaultResponseWait{60};

    enum Role
    {
        CaseIdRole = Qt::UserRole + 1, ///< the case's database id (qint64)
        SortRole,                      ///< the raw value behind the displayed text
    };

    explicit CaseTableModel(QObject* parent = nullptr);
    ~CaseTableModel() override;

    /// Shows the cases of \a file (nullptr: none). The file must outlive the
    /// model's use of it; the worker has let go of the previous file when
    /// this returns.
    void setBranchFile(BranchFile* file);
    void setFilter(const CaseFilter& filter);
    /// The filter of the rows shown (not of a load still running).
    const CaseFilter& filter() const;
    CaseListColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// Re-reads everything (after a case was added, edited or removed).
    void refresh();

    /// How long the GUI thread waits for the worker before going on.
    void setResponseWait(std::chrono::milliseconds wait) { m_responseWait = wait; }
    /// The wait of models made from now on (tests make it long, so that a
    /// loaded machine does not turn their reads into background ones).
    static void setDefaultResponseWait(std::chrono::milliseconds wait);
    std::chrono::milliseconds responseWait() const { return m_responseWait; }
    /// A filter, sort or refresh is being read and not shown yet.
    bool isLoading() const { return m_pendingLoad != nullptr; }
    /// Drops the load being read: the rows, filter and sort shown stay (the
    /// view puts its controls back, see loadCancelled()).
    void cancelLoading();
    /// Whether row \a row's page has been read (else it shows empty).
    bool isRowLoaded(int row) const;

    /// The day "days since the last contact" counts to; today unless a test says otherwise.
    void setToday(QDate today);

    qint64 caseIdAt(int row) const;
    /// The row showing case \a caseId among the pages already loaded, or -1.
    int loadedRowOf(qint64 caseId) const;
    /// CaseQuery::contactCount(): 延べ件数（期間内の対応）, contacts dated in the
    /// filter's period of the cases its other criteria choose; -1 while being counted.
    qint64 contactCount() const { return m_contactCount; }
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
    /// contactCount() changed, or is being counted again.
    void contactCountChanged();
    void loadingChanged(bool loading);
    /// A load was cancelled: filter() and the sort are what they were.
    void loadCancelled();

private:
    struct Worker;
    struct View;
    struct LoadJob;
    struct PageJob;
    struct ContactsJob;

    const CaseListRow* rowAt(int row) const;
    void startLoad(const CaseFilter& filter, CaseListColumn column, Qt::SortOrder order);
    void applyLoad(const std::shared_ptr<LoadJob>& job);
    void applyPage(const std::shared_ptr<PageJob>& job);
    void applyContacts(const std::shared_ptr<ContactsJob>& job);
    void countContacts();
    void cachePage(qint64 page, QList<CaseListRow> rows) const;
    void cancelPendingPages() const;
    /// Where the next filter or sort starts from: the load running, else what is shown.
    std::tuple<CaseFilter, CaseListColumn, Qt::SortOrder> target() const;

    BranchFile* m_file = nullptr;
    std::unique_ptr<Worker> m_worker;
    std::chrono::milliseconds m_responseWait;
    /// The generation of each load: a job of an older one is outdated.
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    CaseFilter m_filter;
    CaseListColumn m_sortColumn = CaseListColumn::ReceivedOn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    qint64 m_count = 0;
    qint64 m_contactCount = 0;
    QDate m_today;
    std::shared_ptr<LoadJob> m_pendingLoad;
    std::shared_ptr<ContactsJob> m_pendingContacts;
    mutable QHash<qint64, std::shared_ptr<PageJob>> m_pendingPages;
    mutable std::list<qint64> m_pendingPageOrder; ///< oldest first
    mutable QHash<qint64, QList<CaseListRow>> m_pages;
    mutable std::list<qint64> m_pageUse; ///< most recently used first
    mutable QString m_lastError;
};

} // namespace tsunagu::ui
