// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseQuery.h"

#include "calendar/FiscalYear.h"
#include "codes/Codes.h"
#include "common/TextFolding.h"
#include "statistics/ContactCounts.h"
#include "storage/ReadConnection.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <future>
#include <limits>
#include <utility>
#include <vector>

namespace tsunagu {

namespace {

/// A CASE expression giving each code of \a list its report position, so
/// that codes sort in the order people know them, not alphabetically.
QString listOrder(const QString& column, const CodeList& list)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    for (int i = 0; i < list.size(); ++i) {
        // Codes are our own data ([a-z-]), never user input.
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(list.items().at(i).code).arg(i);
    }
    return sql + QStringLiteral(" ELSE %1 END").arg(list.size());
}

} // namespace

struct CaseQuery::TempTable
{
    QSqlDatabase database;
    QString table;
    qint64 size = 0;

    ~TempTable()
    {
        if (database.isOpen()) {
            QSqlQuery(database).exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(table));
        }
    }
};

namespace {} // namespace

CaseQuery::CaseQuery(QSqlDatabase database, MasterData masterData)
    : m_database(std::move(database))
    , m_masterData(std::move(masterData))
{}

void CaseQuery::setParallelSearch(const QString& databasePath, int threads, std::function<bool()> isCancelled,
                                  qint64 minCases)
{
    m_parallelSearch = {databasePath, std::max(1, threads), std::move(isCancelled), minCases};
}

void CaseQuery::setFilter(const CaseFilter& filter)
{
    // Found again even for the same text: the cases may have changed.
    m_filter = filter;
    m_searchHits.reset();
    m_order.reset();
}

Result<std::shared_ptr<CaseQuery::TempTable>> CaseQuery::createTempTable(const QString& prefix,
                                                                         const QString& columns) const
{
    static std::atomic<int> counter{0};
    auto table = std::make_shared<TempTable>();
    table->database = m_database;
    table->table = QStringLiteral("%1_%2").arg(prefix).arg(++counter);
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(table->table, columns))) {
        return storage::databaseError(tr("Reading cases"), query.lastError().text());
    }
    return table;
}

Result<void> CaseQuery::findSearchHits() const
{
    const QStringList words = foldForSearch(m_filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || m_searchHits) {
        return {};
    }
    auto hits =
        createTempTable(QStringLiteral("case_search_hits"), QStringLiteral("case_id INTEGER PRIMARY KEY"));
    if (!hits.ok()) {
        return hits.error();
    }
    // Every word must appear somewhere, in any order. The text is folded
    // already, so a plain substring test (instr) does: a third quicker than
    // LIKE, which would fold ASCII case again.
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i) {
        conditions.append(QStringLiteral("instr(folded, ?) > 0"));
    }
    const QString scan =
        QStringLiteral("SELECT case_id FROM case_search WHERE case_id BETWEEN ? AND ? AND ") +
        conditions.join(QStringLiteral(" AND "));
    const auto bindScan = [words](QSqlQuery& query, qint64 from, qint64 to) {
        query.bindValue(0, from);
        query.bindValue(1, to);
        for (qsizetype i = 0; i < words.size(); ++i) {
            query.bindValue(static_cast<int>(i) + 2, words.at(i));
        }
    };

    // The scan reads every case's text, a pass over tens of megabytes for a
    // million cases: on a large file several threads share it, taking
    // ranges of ids in turn (text is longer in some years than in others,
    // so fixed halves would leave one thread waiting for the other).
    qint64 first = 0;
    qint64 last = std::numeric_limits<qint64>::max();
    int threads = 1;
    QSqlQuery query(m_database);
    if (m_parallelSearch.threads > 1 && !m_parallelSearch.databasePath.isEmpty()) {
        // Two subqueries, each answered from one end of the table: MIN and
        // MAX in one SELECT would read all of it.
        if (!query.exec(QStringLiteral(
                "SELECT (SELECT MIN(case_id) FROM case_search), (SELECT MAX(case_id) FROM case_search)")) ||
            !query.next()) {
            return storage::databaseError(tr("Searching cases"), query.lastError().text());
        }
        first = query.value(0).toLongLong();
        last = query.value(1).toLongLong();
        query.finish();
        if (last - first + 1 >= m_parallelSearch.minCases) {
            threads = m_parallelSearch.threads;
        }
    }
    const int ranges = threads == 1 ? 1 : threads * 8;
    // One range (the whole table) needs no size: last may be the largest id there can be.
    const qint64 rangeSize = ranges == 1 ? 0 : (last - first) / ranges + 1;
    const auto nextRange = std::make_shared<std::atomic<int>>(0);
    // The next range not taken yet, or false when all are.
    const auto takeRange = [=](qint64& from, qint64& to) {
        const int range = nextRange->fetch_add(1);
        if (range >= ranges) {
            return false;
        }
        from = first + range * rangeSize;
        to = range == ranges - 1 ? last : from + rangeSize - 1;
        return true;
    };

    std::vector<std::future<Result<QString>>> helpers;
    for (int helper = 1; helper < threads; ++helper) {
        helpers.push_back(
            std::async(std::launch::async, [this, scan, bindScan, takeRange]() -> Result<QString> {
                auto connection = storage::ReadConnection::open(m_parallelSearch.databasePath);
                if (!connection.ok()) {
                    return connection.error();
                }
                connection->setCancelCheck(m_parallelSearch.isCancelled);
                QSqlQuery part(connection->database());
                part.setForwardOnly(true);
                if (!part.prepare(scan)) {
                    return storage::databaseError(tr("Searching cases"), part.lastError().text());
                }
                QByteArray json("[");
                qint64 from = 0;
                qint64 to = 0;
                while (takeRange(from, to)) {
                    bindScan(part, from, to);
                    if (!part.exec()) {
                        return storage::databaseError(tr("Searching cases"), part.lastError().text());
                    }
                    while (part.next()) {
                        if (json.size() > 1) {
                            json += ',';
                        }
                        json += QByteArray::number(part.value(0).toLongLong());
                    }
                    part.finish();
                }
                return QString::fromLatin1(json + ']');
            }));
    }
    // This thread's ranges go straight into the table; the helpers' after.
    query.prepare(QStringLiteral("INSERT INTO temp.%1 ").arg((*hits)->table) + scan);
    qint64 from = 0;
    qint64 to = 0;
    while (takeRange(from, to)) {
        bindScan(query, from, to);
        if (!query.exec()) {
            return storage::databaseError(tr("Searching cases"), query.lastError().text());
        }
        (*hits)->size += query.numRowsAffected();
    }
    for (auto& helper : helpers) {
        const Result<QString> ids = helper.get();
        if (!ids.ok()) {
            return ids.error();
        }
        query.prepare(
            QStringLiteral("INSERT INTO temp.%1 SELECT value FROM json_each(?)").arg((*hits)->table));
        query.addBindValue(ids.value());
        if (!query.exec()) {
            return storage::databaseError(tr("Searching cases"), query.lastError().text());
        }
        (*hits)->size += query.numRowsAffected();
    }
    m_searchHits = std::move(hits).value();
    return {};
}

bool CaseQuery::orderIsIndexed() const
{
    return m_sortColumn == CaseListColumn::ReceivedOn || m_sortColumn == CaseListColumn::CaseNo;
}

Result<void> CaseQuery::findOrder() const
{
    if (orderIsIndexed() || m_order) {
        return {};
    }
    if (auto r = findSearchHits(); !r.ok()) {
        return r.error();
    }
    auto order = createTempTable(QStringLiteral("case_order"),
                                 QStringLiteral("position INTEGER PRIMARY KEY, case_id INTEGER NOT NULL"));
    if (!order.ok()) {
        return order.error();
    }
    // Rows are numbered as the SELECT yields them, that is in its order.
    const Where w = where();
    QSqlQuery query(m_database);
    // The coordinator's name only when sorting by it.
    const QString join = m_sortColumn == CaseListColumn::Coordinator
                             ? QStringLiteral(" LEFT JOIN coordinator co ON co.id = c.coordinator_id")
                             : QString();
    query.prepare(
        QStringLiteral("INSERT INTO temp.%1 (case_id) SELECT c.id FROM case_record c").arg((*order)->table) +
        join + w.sql + orderBy());
    for (const QVariant& value : w.values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return storage::databaseError(tr("Sorting cases"), query.lastError().text());
    }
    (*order)->size = query.numRowsAffected();
    m_order = std::move(order).value();
    return {};
}

void CaseQuery::setSort(CaseListColumn column, Qt::SortOrder order)
{
    if (column != m_sortColumn || order != m_sortOrder) {
        m_order.reset();
    }
    m_sortColumn = column;
    m_sortOrder = order;
}

namespace {

/// The days of a filter's fiscal year, or of its month of that year.
std::optional<statistics::Period> periodOf(const CaseFilter& filter)
{
    if (!filter.fiscalYear) {
        return std::nullopt;
    }
    const calendar::FiscalYear year(*filter.fiscalYear);
    if (!filter.month) {
        return statistics::Period{year.firstDay(), year.lastDay()};
    }
    const int m = *filter.month;
    const QDate from(m >= calendar::FiscalYear::FirstMonth ? year.startYear() : year.startYear() + 1, m, 1);
    return statistics::Period{from, from.addMonths(1).addDays(-1)};
}

} // namespace

CaseQuery::Where CaseQuery::where(bool hitsInListOrder, bool withPeriod) const
{
    QStringList conditions;
    Where w;
    if (!withPeriod) {
        // The period is the contacts' to meet, not the cases'.
    } else if (const std::optional<statistics::Period> period = periodOf(m_filter)) {
        conditions.append(QStringLiteral("c.received_on BETWEEN ? AND ?"));
        w.values << period->from.toString(Qt::ISODate) << period->to.toString(Qt::ISODate);
    } else if (m_filter.month) {
        conditions.append(QStringLiteral("substr(c.received_on, 6, 2) = ?"));
        w.values << QStringLiteral("%1").arg(*m_filter.month, 2, 10, QLatin1Char('0'));
    }
    if (!m_filter.municipalityCode.isEmpty()) {
        conditions.append(QStringLiteral("c.municipality_code = ?"));
        w.values << m_filter.municipalityCode;
    } else if (!m_filter.regionCode.isEmpty()) {
        QStringList marks;
        for (const Municipality* m : m_masterData.municipalitiesIn(m_filter.regionCode)) {
            marks.append(QStringLiteral("?"));
            w.values << m->code;
        }
        conditions.append(marks.isEmpty()
                              ? QStringLiteral("0")
                              : QStringLiteral("c.municipality_code IN (%1)").arg(marks.join(u',')));
    }
    if (!m_filter.status.isEmpty()) {
        conditions.append(QStringLiteral("c.status = ?"));
        w.values << m_filter.status;
    }
    if (!m_filter.topic.isEmpty()) {
        conditions.append(
            QStringLiteral("EXISTS (SELECT 1 FROM case_topic t WHERE t.case_id = c.id AND t.topic = ?)"));
        w.values << m_filter.topic;
    }
    if (m_filter.coordinatorId) {
        if (*m_filter.coordinatorId == 0) {
            conditions.append(QStringLiteral("c.coordinator_id IS NULL"));
        } else {
            conditions.append(QStringLiteral("c.coordinator_id = ?"));
            w.values << *m_filter.coordinatorId;
        }
    }
    if (m_searchHits) {
        // "+" keeps SQLite from starting at the hits: it walks the list's
        // order instead and stops at the page's end.
        conditions.append(QStringLiteral("%1c.id IN temp.%2")
                              .arg(hitsInListOrder ? QStringLiteral("+") : QString(), m_searchHits->table));
    }
    if (!conditions.isEmpty()) {
        w.condition = conditions.join(QStringLiteral(" AND "));
        w.sql = QStringLiteral(" WHERE ") + w.condition;
    }
    return w;
}

QString CaseQuery::orderBy(bool reversed) const
{
    // Every key ends in c.id, so the order is total and reading it reversed
    // gives exactly the same rows backwards.
    const Qt::SortOrder order =
        reversed ? (m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder)
                 : m_sortOrder;
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString key;
    switch (m_sortColumn) {
    case CaseListColumn::CaseNo:
        key = QStringLiteral("c.case_no %1").arg(direction);
        break;
    case CaseListColumn::ReceivedOn:
        key = QStringLiteral("c.received_on %1").arg(direction);
        break;
    case CaseListColumn::Municipality:
        key = QStringLiteral("(SELECT sort_order FROM municipality WHERE code = c.municipality_code) %1")
                  .arg(direction);
        break;
    case CaseListColumn::Region:
        key =
            QStringLiteral("(SELECT r.sort_order FROM municipality m JOIN region r ON r.code = m.region_code "
                           "WHERE m.code = c.municipality_code) %1, "
                           "(SELECT sort_order FROM municipality WHERE code = c.municipality_code) %1")
                .arg(direction);
        break;
    case CaseListColumn::Method:
        key = QStringLiteral("%1 %2").arg(listOrder(QStringLiteral("c.method"), codes::methods()), direction);
        break;
    case CaseListColumn::Consulter:
        key = QStringLiteral("%1 %2").arg(listOrder(QStringLiteral("c.consulter"), codes::consulters()),
                                          direction);
        break;
    case CaseListColumn::Topics:
        key = QStringLiteral("(SELECT MIN(%1) FROM case_topic WHERE case_id = c.id) %2")
                  .arg(listOrder(QStringLiteral("topic"), codes::topics()), direction);
        break;
    case CaseListColumn::Status:
        key =
            QStringLiteral("%1 %2").arg(listOrder(QStringLiteral("c.status"), codes::statuses()), direction);
        break;
    case CaseListColumn::Coordinator:
        key = QStringLiteral("co.name IS NULL %1, co.name %1").arg(direction);
        break;
    case CaseListColumn::DaysSinceContact:
        // More days since the last contact = an earlier date.
        key = QStringLiteral("c.last_contact_on %1")
                  .arg(order == Qt::AscendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC"));
        break;
    case CaseListColumn::Count:
        break;
    }
    return QStringLiteral(" ORDER BY %1, c.id %2")
        .arg(key.isEmpty() ? QStringLiteral("c.received_on") : key, direction);
}

Result<qint64> CaseQuery::count() const
{
    if (auto r = findOrder(); !r.ok()) {
        return r.error();
    }
    if (m_order) {
        return m_order->size;
    }
    if (auto r = findSearchHits(); !r.ok()) {
        return r.error();
    }
    if (m_searchHits) {
        CaseFilter others = m_filter;
        others.text.clear();
        if (others.isEmpty()) {
            return m_searchHits->size; // counted as they were found
        }
    }
    const Where w = where();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM case_record c") + w.sql);
    for (const QVariant& value : w.values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return storage::databaseError(tr("Counting cases"), query.lastError().text());
    }
    return query.value(0).toLongLong();
}

Result<qint64> CaseQuery::contactCount() const
{
    if (auto r = findSearchHits(); !r.ok()) {
        return r.error();
    }
    const Where cases = where(false, false);
    statistics::ContactScope scope;
    scope.period = periodOf(m_filter);
    if (!scope.period) {
        scope.monthOfAnyYear = m_filter.month;
    }
    scope.caseCondition = cases.condition;
    scope.caseValues = cases.values;
    scope.byKind = false;
    auto counted = statistics::countContacts(m_database, scope);
    if (!counted.ok()) {
        return counted.error();
    }
    return counted->total;
}

Result<QList<CaseListRow>> CaseQuery::fetch(qint64 offset, int limit, qint64 total) const
{
    if (total <= 0 || offset + limit / 2 <= total / 2 || !orderIsIndexed()) {
        return fetch(offset, limit);
    }
    // Rows [offset, offset + limit) counted from the end.
    const qint64 end = std::min(total, offset + limit);
    const qint64 reversedOffset = total - end;
    const int reversedLimit = static_cast<int>(end - offset);
    auto rows = fetchRows(reversedOffset, reversedLimit, true);
    if (rows.ok()) {
        std::reverse(rows->begin(), rows->end());
    }
    return rows;
}

Result<QList<CaseListRow>> CaseQuery::fetch(qint64 offset, int limit) const
{
    return fetchRows(offset, limit, false);
}

Result<QList<CaseListRow>> CaseQuery::fetchRows(qint64 offset, int limit, bool reversed) const
{
    if (auto r = findOrder(); !r.ok()) {
        return r.error();
    }
    if (auto r = findSearchHits(); !r.ok()) {
        return r.error();
    }
    const QString columns =
        QStringLiteral("SELECT c.id, c.case_no, c.received_on, c.municipality_code, c.method, c.consulter, "
                       "(SELECT group_concat(topic, ';') FROM case_topic WHERE case_id = c.id), "
                       "c.status, co.name, c.last_contact_on ");
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (m_order) {
        // The page's positions, looked up in the order worked out before.
        query.prepare(columns + QStringLiteral("FROM temp.%1 o CROSS JOIN case_record c ON c.id = o.case_id "
                                               "LEFT JOIN coordinator co ON co.id = c.coordinator_id "
                                               "WHERE o.position > ? AND o.position <= ? ORDER BY o.position")
                                    .arg(m_order->table));
        query.addBindValue(offset);
        query.addBindValue(offset + limit);
    } else {
        // Many hits (a common surname) in an order an index gives: walking
        // that order and keeping the hits reaches a page at once, where
        // sorting them all would take a tenth of a second per ten thousand.
        constexpr qint64 ManyHits = 5000;
        const Where w = where(m_searchHits && m_searchHits->size > ManyHits);
        query.prepare(
            columns +
            QStringLiteral("FROM case_record c LEFT JOIN coordinator co ON co.id = c.coordinator_id") +
            w.sql + orderBy(reversed) + QStringLiteral(" LIMIT ? OFFSET ?"));
        for (const QVariant& value : w.values) {
            query.addBindValue(value);
        }
        query.addBindValue(limit);
        query.addBindValue(offset);
    }
    if (!query.exec()) {
        return storage::databaseError(tr("Reading cases"), query.lastError().text());
    }
    QList<CaseListRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        CaseListRow row;
        row.id = query.value(0).toLongLong();
        row.caseNo = query.value(1).toString();
        row.receivedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        row.municipalityCode = query.value(3).toString();
        row.method = query.value(4).toString();
        row.consulter = query.value(5).toString();
        row.topics = query.value(6).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        std::sort(row.topics.begin(), row.topics.end(), [](const QString& a, const QString& b) {
            return codes::topics().indexOf(a) < codes::topics().indexOf(b);
        });
        row.status = query.value(7).toString();
        row.coordinatorName = query.value(8).toString();
        row.lastContactOn = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace tsunagu
