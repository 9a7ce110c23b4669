// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "master/MasterData.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace tsunagu {

/// What the case list shows: every criterion is optional; all set ones apply.
struct CaseFilter
{
    std::optional<int> fiscalYear; ///< the year the fiscal year starts in
    std::optional<int> month;      ///< 1-12; with fiscalYear, that month of it
    QString regionCode;
    QString municipalityCode;
    QString status; ///< the current status
    QString topic;
    /// A coordinator's id; 0 for cases nobody is in charge of.
    std::optional<qint64> coordinatorId;
    /// Searched in case number, note and names; kana and full/half-width
    /// forms folded (see foldForSearch).
    QString text;

    bool isEmpty() const
    {
        return !fiscalYear && !month && regionCode.isEmpty() && municipalityCode.isEmpty() &&
               status.isEmpty() && topic.isEmpty() && !coordinatorId && text.trimmed().isEmpty();
    }
    friend bool operator==(const CaseFilter&, const CaseFilter&) = default;
};

/// The columns of the case list, in display order.
enum class CaseListColumn
{
    CaseNo,
    ReceivedOn,
    Municipality,
    Region,
    Method,
    Consulter,
    Topics,
    Status,
    Coordinator,
    DaysSinceContact,
    Count
};

/// One row of the case list: what the list shows, not the whole case.
struct CaseListRow
{
    qint64 id = 0;
    QString caseNo;
    QDate receivedOn;
    QString municipalityCode;
    QString method;
    QString consulter;
    QStringList topics;
    QString status;
    QString coordinatorName;
    QDate lastContactOn;
};

/// The case list as SQL: counts and pages of filtered, sorted cases, so a
/// view can show a million cases by fetching only what is on screen.
class CaseQuery
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::CaseQuery)

public:
    CaseQuery(QSqlDatabase database, MasterData masterData);

    /// Lets the text search of a large file run on \a threads threads at
    /// once, each scanning part of it over its own read-only connection to
    /// \a databasePath (the file this query's connection reads). The
    /// helpers stop early once \a isCancelled returns true. A file of fewer
    /// than \a minCases cases is scanned by one thread, quicker than several
    /// can start.
    void setParallelSearch(const QString& databasePath, int threads, std::function<bool()> isCancelled = {},
                           qint64 minCases = 50000);

    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    void setSort(CaseListColumn column, Qt::SortOrder order);
    CaseListColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// How many cases pass the filter (実件数).
    Result<qint64> count() const;
    /// 延べ件数（期間内の対応）, the figure the dashboard and the reports
    /// show (statistics::countContacts()): the contacts dated in the filter's
    /// period (its fiscal year, or month), of the cases its other criteria
    /// choose, whenever they were received; every contact of those cases
    /// when the filter has no period.
    Result<qint64> contactCount() const;
    /// Whether the filter has a period, so that contactCount() counts the
    /// contacts dated in it (else all of them).
    bool hasPeriod() const { return m_filter.fiscalYear || m_filter.month; }
    /// Rows \a offset to \a offset + \a limit - 1 in the current order.
    ///
    /// A sort no index serves (by municipality, topics, coordinator…) is
    /// worked out once, into a temporary table of positions, the first time
    /// count() or fetch() needs it: about a second for a million cases, after
    /// which any page is read directly.
    Result<QList<CaseListRow>> fetch(qint64 offset, int limit) const;
    /// The same, knowing that the filter matches \a total cases: a page past
    /// the middle is read backwards from the end, so that SQLite steps over at
    /// most half of them (the last page of a million is as quick as the first).
    Result<QList<CaseListRow>> fetch(qint64 offset, int limit, qint64 total) const;

private:
    struct Where
    {
        QString sql;       ///< " WHERE …", or empty
        QString condition; ///< the same without "WHERE"
        QVariantList values;
    };
    /// A temporary table of case ids made for the current filter or sort,
    /// dropped with the last reference to it.
    struct TempTable;
    Result<std::shared_ptr<TempTable>> createTempTable(const QString& prefix, const QString& columns) const;
    /// The cases the free text matches, found once per filter in a
    /// temporary table, so that the count and every page do not each scan
    /// the search text again.
    Result<void> findSearchHits() const;
    /// The filtered cases' positions in an order no index gives.
    Result<void> findOrder() const;
    bool orderIsIndexed() const;
    /// The filter as SQL over `case_record c`; without the received period
    /// when \a withPeriod is false (the contact count dates contacts instead).
    Where where(bool hitsInListOrder = false, bool withPeriod = true) const;
    QString orderBy(bool reversed = false) const;
    Result<QList<CaseListRow>> fetchRows(qint64 offset, int limit, bool reversed) const;

    QSqlDatabase m_database;
    MasterData m_masterData;
    CaseFilter m_filter;
    CaseListColumn m_sortColumn = CaseListColumn::ReceivedOn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable std::shared_ptr<TempTable> m_searchHits;
    mutable std::shared_ptr<TempTable> m_order;
    struct ParallelSearch
    {
        QString databasePath;
        int threads = 1;
        std::function<bool()> isCancelled;
        qint64 minCases = 0;
    } m_parallelSearch;
};

} // namespace tsunagu
