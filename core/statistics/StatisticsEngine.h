// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/FiscalYear.h"
#include "common/Result.h"
#include "master/MasterData.h"
#include "statistics/Summary.h"
#include "storage/ReadSnapshot.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace tsunagu {
class BranchFile;
}

namespace tsunagu::statistics {

struct ContactCounts;
struct CoordinatorLoad;

/// Case counts per month of a fiscal year, with the year before beside them.
struct MonthlySeries
{
    int fiscalYear = 0;
    QList<QDate> months;         ///< first day of April … March
    QList<qint64> cases;         ///< received in each month
    QList<qint64> previousYear;  ///< the same months one year earlier
    QList<qint64> topicMentions; ///< topic mentions of the cases of each month

    friend bool operator==(const MonthlySeries&, const MonthlySeries&) = default;
};

/// Computes statistics in SQL over the branch file's indexes, so a period of
/// a million-case file is counted without loading a single case.
class StatisticsEngine
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::statistics::StatisticsEngine)

public:
    /// \a database must stay open while the engine is used; it may be a
    /// read-only connection of another thread.
    StatisticsEngine(QSqlDatabase database, MasterData masterData);
    explicit StatisticsEngine(const BranchFile& file);

    /// Work on a worker thread can be stopped: \a isCancelled is asked before
    /// each query, and once it returns true every method fails (with
    /// Error::Kind::Generic) instead of querying. So a report of many queries
    /// ends within one query of being cancelled.
    void setCancelCheck(std::function<bool()> isCancelled) { m_isCancelled = std::move(isCancelled); }

    /// A read transaction on the engine's connection: figures computed while
    /// it is begun all come from one state of the file. Each method of more
    /// than one statement holds one of its own; a computation made of several
    /// methods (a report) holds one around them all, which they join.
    storage::ReadSnapshot readSnapshot() const { return storage::ReadSnapshot(m_database); }

    /// The summary of spec §2 for cases received in \a period; each case's
    /// status as it stood on period.to. Read in one snapshot, so its totals
    /// always agree.
    Result<Summary> summary(const Period& period) const;

    /// Cases per month across \a fiscalYear, and the year before.
    Result<MonthlySeries> monthlySeries(const calendar::FiscalYear& fiscalYear) const;

    /// The first and last received date of the file's cases; nothing when it
    /// holds none. The views offer the fiscal years between them.
    Result<std::optional<Period>> receivedRange() const;

    /// 延べ件数（期間内の対応）: contacts dated in \a period, of every case
    /// whenever received, by kind (see countContacts()).
    Result<ContactCounts> contactCounts(const Period& period) const;

    /// Cases open on \a day (received by then, not completed as of then) per
    /// coordinator in charge of them on that day (a case handed over later
    /// counts for whoever had it then), most loaded first; cases nobody was
    /// in charge of last.
    Result<QList<CoordinatorLoad>> workload(QDate day) const;

private:
    bool isCancelled() const { return m_isCancelled && m_isCancelled(); }

    QSqlDatabase m_database;
    MasterData m_masterData;
    std::function<bool()> m_isCancelled;
};

} // namespace tsunagu::statistics
