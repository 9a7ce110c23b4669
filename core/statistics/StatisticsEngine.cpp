// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsEngine.h"

#include "codes/Codes.h"
#include "statistics/ReportData.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace tsunagu::statistics {

namespace {

/// Counts in the order of \a codes, every code present.
QList<Count> ordered(const QStringList& codes, const QHash<QString, qint64>& counts)
{
    QList<Count> result;
    result.reserve(codes.size());
    for (const QString& code : codes) {
        result.append(Count{code, counts.value(code)});
    }
    return result;
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

/// What every method returns once the engine's cancel check says so.
Error cancelled()
{
    return Error(Error::Kind::Generic, QCoreApplication::translate("tsunagu::statistics::StatisticsEngine",
                                                                   "Counting was cancelled."));
}

// Each case's status as it stood on :to. The case row carries its current
// status and since when; only a case whose status changed after :to needs
// its history.
const char* const StatusAsOfSql = R"sql(
SELECT CASE
         WHEN c.status_since <= :to THEN c.status
         ELSE COALESCE((SELECT s.status FROM case_status s
                         WHERE s.case_id = c.id AND s.since <= :to
                         ORDER BY s.since DESC LIMIT 1), 'ongoing')
       END AS status_then,
       COUNT(*)
  FROM case_record c
 WHERE c.received_on BETWEEN :from AND :to
 GROUP BY status_then
)sql";

} // namespace

StatisticsEngine::StatisticsEngine(QSqlDatabase database, MasterData masterData)
    : m_database(std::move(database))
    , m_masterData(std::move(masterData))
{}

StatisticsEngine::StatisticsEngine(const BranchFile& file)
    : StatisticsEngine(file.database(), file.masterData())
{}

Result<Summary> StatisticsEngine::summary(const Period& period) const
{
    if (!period.isValid()) {
        return Error(
            Error::Kind::Invalid,
            tr("The period %1 to %2 is not a valid range of dates.").arg(iso(period.from), iso(period.to)));
    }
    // Three statements, one state of the file: a commit between them would
    // count a case in one breakdown and not in another.
    storage::ReadSnapshot snapshot = readSnapshot();
    if (auto r = snapshot.begin(); !r.ok()) {
        return r.error();
    }
    Summary summary;
    summary.period = period;
    const auto fail = [&](const QSqlQuery& query) {
        return storage::databaseError(tr("Counting cases"), query.lastError().text());
    };

    // 1. Municipality × method × consulter in one pass over the covering index.
    QHash<QString, qint64> municipality, region, method, consulter;
    {
        if (isCancelled()) {
            return cancelled();
        }
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT municipality_code, method, consulter, COUNT(*) FROM case_record "
                                     "WHERE received_on BETWEEN :from AND :to GROUP BY 1, 2, 3"));
        query.bindValue(QStringLiteral(":from"), iso(period.from));
        query.bindValue(QStringLiteral(":to"), iso(period.to));
        if (!query.exec()) {
            return fail(query);
        }
        while (query.next()) {
            const QString code = query.value(0).toString();
            const qint64 n = query.value(3).toLongLong();
            municipality[code] += n;
            region[m_masterData.regionOf(code)] += n;
            method[query.value(1).toString()] += n;
            consulter[query.value(2).toString()] += n;
            summary.cases += n;
        }
    }

    // 2. Status as of the period end.
    QHash<QString, qint64> status;
    {
        if (isCancelled()) {
            return cancelled();
        }
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        query.prepare(QString::fromUtf8(StatusAsOfSql));
        query.bindValue(QStringLiteral(":from"), iso(period.from));
        query.bindValue(QStringLiteral(":to"), iso(period.to));
        if (!query.exec()) {
            return fail(query);
        }
        while (query.next()) {
            status[query.value(0).toString()] += query.value(1).toLongLong();
        }
    }

    // 3. Topic mentions: a case with three topics counts once for each.
    QHash<QString, qint64> topic;
    {
        if (isCancelled()) {
            return cancelled();
        }
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT t.topic, COUNT(*) FROM case_record c "
                                     "JOIN case_topic t ON t.case_id = c.id "
                                     "WHERE c.received_on BETWEEN :from AND :to GROUP BY t.topic"));
        query.bindValue(QStringLiteral(":from"), iso(period.from));
        query.bindValue(QStringLiteral(":to"), iso(period.to));
        if (!query.exec()) {
            return fail(query);
        }
        while (query.next()) {
            const qint64 n = query.value(1).toLongLong();
            topic[query.value(0).toString()] += n;
            summary.topicMentions += n;
        }
    }

    QStringList regionCodes, municipalityCodes;
    for (const Region& r : m_masterData.regions()) {
        regionCodes.append(r.code);
    }
    for (const Municipality& m : m_masterData.municipalities()) {
        municipalityCodes.append(m.code);
    }
    summary.status = ordered(codes::statuses().codes(), status);
    summary.region = ordered(regionCodes, region);
    summary.municipality = ordered(municipalityCodes, municipality);
    summary.method = ordered(codes::methods().codes(), method);
    summary.consulter = ordered(codes::consulters().codes(), consulter);
    summary.topic = ordered(codes::topics().codes(), topic);
    return summary;
}

Result<MonthlySeries> StatisticsEngine::monthlySeries(const calendar::FiscalYear& fiscalYear) const
{
    storage::ReadSnapshot snapshot = readSnapshot();
    if (auto r = snapshot.begin(); !r.ok()) {
        return r.error();
    }
    MonthlySeries series;
    series.fiscalYear = fiscalYear.startYear();
    series.months = fiscalYear.monthStarts();
    const auto countByMonth = [&](const calendar::FiscalYear& year, const QString& sql,
                                  QList<qint64>& out) -> Result<void> {
        if (isCancelled()) {
            return cancelled();
        }
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        query.prepare(sql);
        query.bindValue(QStringLiteral(":from"), iso(year.firstDay()));
        query.bindValue(QStringLiteral(":to"), iso(year.lastDay()));
        if (!query.exec()) {
            return storage::databaseError(tr("Counting cases"), query.lastError().text());
        }
        QHash<QString, qint64> byMonth;
        while (query.next()) {
            byMonth.insert(query.value(0).toString(), query.value(1).toLongLong());
        }
        out.clear();
        for (const QDate& month : year.monthStarts()) {
            out.append(byMonth.value(month.toString(QStringLiteral("yyyy-MM"))));
        }
        return {};
    };
    const QString casesSql = QStringLiteral("SELECT substr(received_on, 1, 7), COUNT(*) FROM case_record "
                                            "WHERE received_on BETWEEN :from AND :to GROUP BY 1");
    const QString topicsSql =
        QStringLiteral("SELECT substr(c.received_on, 1, 7), COUNT(*) FROM case_record c "
                       "JOIN case_topic t ON t.case_id = c.id "
                       "WHERE c.received_on BETWEEN :from AND :to GROUP BY 1");
    if (auto r = countByMonth(fiscalYear, casesSql, series.cases); !r.ok()) {
        return r.error();
    }
    if (auto r = countByMonth(fiscalYear.previous(), casesSql, series.previousYear); !r.ok()) {
        return r.error();
    }
    if (auto r = countByMonth(fiscalYear, topicsSql, series.topicMentions); !r.ok()) {
        return r.error();
    }
    return series;
}

Result<std::optional<Period>> StatisticsEngine::receivedRange() const
{
    if (isCancelled()) {
        return cancelled();
    }
    QSqlQuery query(m_database);
    // Two subqueries: SQLite answers a lone MIN or MAX from the index at once,
    // but MIN and MAX together by scanning all of it (0.2 s for a million cases).
    if (!query.exec(QStringLiteral("SELECT (SELECT MIN(received_on) FROM case_record), "
                                   "(SELECT MAX(received_on) FROM case_record)")) ||
        !query.next()) {
        return storage::databaseError(tr("Counting cases"), query.lastError().text());
    }
    const Period range{QDate::fromString(query.value(0).toString(), Qt::ISODate),
                       QDate::fromString(query.value(1).toString(), Qt::ISODate)};
    return range.isValid() ? std::optional<Period>(range) : std::nullopt;
}

Result<ContactCounts> StatisticsEngine::contactCounts(const Period& period) const
{
    if (isCancelled()) {
        return cancelled();
    }
    ContactScope scope;
    scope.period = period;
    return countContacts(m_database, scope);
}

Result<QList<CoordinatorLoad>> StatisticsEngine::workload(QDate day) const
{
    if (isCancelled()) {
        return cancelled();
    }
    // Two statements, one state of the file.
    storage::ReadSnapshot snapshot = readSnapshot();
    if (auto r = snapshot.begin(); !r.ok()) {
        return r.error();
    }
    const auto fail = [](const QSqlQuery& failed) {
        return storage::databaseError(tr("Counting open cases"), failed.lastError().text());
    };
    // Same rule as the summary's status: the case row when its status has not
    // changed since the day, else its history. Two parts over the index of
    // open cases, so that the completed ones (most of a long history) are
    // never read: cases open since before the day, and cases whose status
    // changed after it. Both count a case under today's coordinator.
    QStringList open, all;
    for (const QString& code : codes::statuses().codes()) {
        all.append(QStringLiteral("'%1'").arg(code)); // our own codes, [a-z-]
        if (code != codes::status::Completed) {
            open.append(QStringLiteral("'%1'").arg(code));
        }
    }
    const QString statusThen = QStringLiteral(
        "COALESCE((SELECT s.status FROM case_status s WHERE s.case_id = c.id AND s.since <= :day "
        "          ORDER BY s.since DESC LIMIT 1), 'ongoing')");
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT x.coordinator_id, co.name, co.role, COUNT(*) FROM ("
                       "  SELECT coordinator_id FROM case_record "
                       "   WHERE status IN (%1) AND status_since <= :day AND received_on <= :day "
                       "  UNION ALL "
                       "  SELECT c.coordinator_id FROM case_record c "
                       "   WHERE c.status IN (%2) AND c.status_since > :day AND c.received_on <= :day "
                       "     AND %3 <> 'completed'"
                       ") x LEFT JOIN coordinator co ON co.id = x.coordinator_id "
                       "GROUP BY x.coordinator_id")
            .arg(open.join(u','), all.join(u','), statusThen));
    query.bindValue(QStringLiteral(":day"), iso(day));
    if (!query.exec()) {
        return fail(query);
    }
    QList<CoordinatorLoad> loads;
    QHash<qint64, qsizetype> rowOf; ///< coordinator id (0: nobody) -> index in loads
    while (query.next()) {
        CoordinatorLoad load;
        load.coordinatorId = query.value(0).isNull() ? 0 : query.value(0).toLongLong();
        load.name = query.value(1).toString();
        load.role = query.value(2).toString();
        load.openCases = query.value(3).toLongLong();
        rowOf.insert(load.coordinatorId, loads.size());
        loads.append(load);
    }
    if (query.lastError().isValid()) {
        return fail(query);
    }

    // The cases open on the day and handed over after it (none, for today),
    // found by their own small index: from today's coordinator to the one in
    // charge then. A separate statement keeps the one above as fast as
    // before there was a history.
    if (isCancelled()) {
        return cancelled();
    }
    QSqlQuery moved(m_database);
    moved.setForwardOnly(true);
    moved.prepare(QStringLiteral("SELECT h.now_id, h.then_id, co.name, co.role FROM ("
                                 "  SELECT c.coordinator_id AS now_id, "
                                 "         (SELECT k.coordinator_id FROM case_coordinator k "
                                 "           WHERE k.case_id = c.id AND k.since <= :day "
                                 "           ORDER BY k.since DESC LIMIT 1) AS then_id "
                                 "    FROM case_record c "
                                 "   WHERE c.handed_over_on > :day AND c.received_on <= :day "
                                 "     AND (CASE WHEN c.status_since <= :day THEN c.status ELSE %1 END) "
                                 "         <> 'completed'"
                                 ") h LEFT JOIN coordinator co ON co.id = h.then_id")
                      .arg(statusThen));
    moved.bindValue(QStringLiteral(":day"), iso(day));
    if (!moved.exec()) {
        return fail(moved);
    }
    while (moved.next()) {
        const qint64 from = moved.value(0).isNull() ? 0 : moved.value(0).toLongLong();
        const qint64 to = moved.value(1).isNull() ? 0 : moved.value(1).toLongLong();
        if (from == to) {
            continue;
        }
        if (const auto row = rowOf.constFind(from); row != rowOf.cend()) {
            --loads[*row].openCases;
        }
        auto row = rowOf.constFind(to);
        if (row == rowOf.cend()) {
            CoordinatorLoad load;
            load.coordinatorId = to;
            load.name = moved.value(2).toString();
            load.role = moved.value(3).toString();
            row = rowOf.insert(to, loads.size());
            loads.append(load);
        }
        ++loads[*row].openCases;
    }
    if (moved.lastError().isValid()) {
        return fail(moved);
    }
    loads.removeIf([](const CoordinatorLoad& load) { return load.openCases <= 0; });
    std::sort(loads.begin(), loads.end(), [](const CoordinatorLoad& a, const CoordinatorLoad& b) {
        if ((a.coordinatorId == 0) != (b.coordinatorId == 0)) {
            return b.coordinatorId == 0;
        }
        if (a.openCases != b.openCases) {
            return a.openCases > b.openCases;
        }
        return a.name < b.name;
    });
    return loads;
}

} // namespace tsunagu::statistics
