// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "cases/CaseQuery.h"
#include "cases/CaseRepository.h"
#include "contacts/ContactRepository.h"
#include "coordinators/CoordinatorRepository.h"
#include "exchange/CaseCsv.h"
#include "statistics/ReportData.h"
#include "statistics/ReportTables.h"
#include "statistics/StatisticsEngine.h"
#include "statistics/SummaryFormat.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>

using namespace tsunagu;
using namespace tsunagu::statistics;
using namespace tsunagu::test;

namespace {

const Period FiscalR5{QDate(2023, 4, 1), QDate(2024, 3, 31)};

std::unique_ptr<BranchFile> importFixture(const ScratchDir& dir, const QString& fixture)
{
    auto file = createBranch(dir.path(QStringLiteral("fy-r5.tsunagu")));
    const auto report =
        exchange::CaseCsv::import(*file, readAll(dataPath(fixture)), exchange::Encoding::Auto);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    CHECK(report->imported == 77);
    return file;
}

CaseRecord caseOn(QDate received, const QString& municipality, const QStringList& topics)
{
    CaseRecord c = sampleCase(received);
    c.municipalityCode = municipality;
    c.topics = topics;
    return c;
}

} // namespace

TEST_CASE("the seed's FY R5 cases give back the seed's tables", "[statistics][golden]")
{
    ScratchDir dir;
    const QString fixture = GENERATE(QStringLiteral("seed-fy-r5/fy-r5-cases.csv"),
                                     QStringLiteral("seed-fy-r5/fy-r5-cases-cp932.csv"));
    INFO(fixture.toStdString());
    auto file = importFixture(dir, fixture);
    const auto summary = StatisticsEngine(*file).summary(FiscalR5);
    REQUIRE(summary.ok());
    CHECK(summary->cases == 77);
    CHECK(summary->topicMentions == 140);
    CHECK(Summary::countOf(summary->status, QStringLiteral("completed")) == 36);
    CHECK(Summary::countOf(summary->status, QStringLiteral("ongoing")) == 36);
    CHECK(Summary::countOf(summary->status, QStringLiteral("observation")) == 5);
    CHECK(Summary::countOf(summary->method, QStringLiteral("phone")) == 59);
    CHECK(Summary::countOf(summary->consulter, QStringLiteral("supporter")) == 51);
    CHECK(Summary::countOf(summary->region, QStringLiteral("shonan-east")) == 16);
    CHECK(Summary::countOf(summary->municipality, QStringLiteral("142115")) == 11); // 秦野市
    const QByteArray expected = readAll(dataPath(QStringLiteral("seed-fy-r5/fy-r5-summary-expected.json")));
    CHECK(summaryToJson(summary.value()).toStdString() == expected.toStdString());
}

TEST_CASE("status counts as it stood on the period end, not as it is today", "[statistics]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    QList<CaseRecord> cases{caseOn(QDate(2024, 3, 1), QStringLiteral("142051"), {QStringLiteral("respite")}),
                            caseOn(QDate(2024, 3, 2), QStringLiteral("142051"), {QStringLiteral("respite")}),
                            caseOn(QDate(2024, 3, 3), QStringLiteral("142051"), {QStringLiteral("respite")})};
    cases[0].setStatus(QStringLiteral("completed"), QDate(2024, 3, 31)); // on the last day: counts
    cases[1].setStatus(QStringLiteral("observation"), QDate(2024, 3, 20));
    cases[1].setStatus(QStringLiteral("completed"), QDate(2024, 4, 1)); // the day after: does not
    cases[2].setStatus(QStringLiteral("completed"), QDate(2024, 6, 1));
    REQUIRE(CaseRepository(*file).addAll(cases).ok());

    StatisticsEngine engine(*file);
    const auto march = engine.summary({QDate(2024, 3, 1), QDate(2024, 3, 31)});
    REQUIRE(march.ok());
    CHECK(march->status == QList<Count>{{QStringLiteral("ongoing"), 1},
                                        {QStringLiteral("observation"), 1},
                                        {QStringLiteral("completed"), 1}});
    const auto mid = engine.summary({QDate(2024, 3, 1), QDate(2024, 3, 19)});
    CHECK(Summary::countOf(mid->status, QStringLiteral("ongoing")) == 3);
    const auto later = engine.summary({QDate(2024, 3, 1), QDate(2024, 12, 31)});
    CHECK(Summary::countOf(later->status, QStringLiteral("completed")) == 3);
}

TEST_CASE("every code is present with zero, pseudo municipalities count as their own regions", "[statistics]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    QList<CaseRecord> cases{
        caseOn(QDate(2024, 2, 29), QStringLiteral("outside"),
               {QStringLiteral("respite"), QStringLiteral("other")}),
        caseOn(QDate(2024, 2, 29), QStringLiteral("unknown"), {QStringLiteral("respite")}),
        caseOn(QDate(2024, 2, 28), QStringLiteral("141003"), {QStringLiteral("nursery")}),
        caseOn(QDate(2024, 3, 1), QStringLiteral("141003"),
               {QStringLiteral("nursery")}), // outside the period
    };
    REQUIRE(CaseRepository(*file).addAll(cases).ok());
    const auto leapDay = StatisticsEngine(*file).summary({QDate(2024, 2, 1), QDate(2024, 2, 29)});
    REQUIRE(leapDay.ok());
    CHECK(leapDay->cases == 3);
    CHECK(leapDay->topicMentions == 4);
    CHECK(leapDay->region.size() == 10);
    CHECK(leapDay->municipality.size() == 35);
    CHECK(leapDay->topic.size() == 17);
    CHECK(Summary::countOf(leapDay->region, QStringLiteral("outside")) == 1);
    CHECK(Summary::countOf(leapDay->region, QStringLiteral("unknown")) == 1);
    CHECK(Summary::countOf(leapDay->region, QStringLiteral("yokohama")) == 1);
    CHECK(Summary::countOf(leapDay->region, QStringLiteral("kenoh")) == 0);
    CHECK(Summary::countOf(leapDay->topic, QStringLiteral("respite")) == 2);
    CHECK(Summary::countOf(leapDay->method, QStringLiteral("fax")) == 0);

    const auto empty = StatisticsEngine(*file).summary({QDate(2020, 4, 1), QDate(2021, 3, 31)});
    REQUIRE(empty.ok());
    CHECK(empty->cases == 0);
    CHECK(empty->status.size() == 3);
    for (const Count& c : empty->municipality) {
        CHECK(c.count == 0);
    }
    CHECK(StatisticsEngine(*file).summary({QDate(2024, 3, 1), QDate(2024, 2, 1)}).error().kind ==
          Error::Kind::Invalid);
}

TEST_CASE("the monthly series covers April to March beside the year before", "[statistics]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    QList<CaseRecord> cases{
        caseOn(QDate(2023, 4, 1), QStringLiteral("142051"), {QStringLiteral("respite")}),
        caseOn(QDate(2024, 3, 31), QStringLiteral("142051"),
               {QStringLiteral("respite"), QStringLiteral("other")}),
        caseOn(QDate(2024, 4, 1), QStringLiteral("142051"), {QStringLiteral("respite")}),
        caseOn(QDate(2023, 3, 31), QStringLiteral("142051"), {QStringLiteral("respite")}),
    };
    REQUIRE(CaseRepository(*file).addAll(cases).ok());
    const auto series = StatisticsEngine(*file).monthlySeries(calendar::FiscalYear(2023));
    REQUIRE(series.ok());
    CHECK(series->months.size() == 12);
    CHECK(series->months.constFirst() == QDate(2023, 4, 1));
    CHECK(series->cases == QList<qint64>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
    CHECK(series->topicMentions == QList<qint64>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2});
    CHECK(series->previousYear == QList<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
}

TEST_CASE("the same period one year earlier keeps whole months", "[statistics]")
{
    CHECK(Period{QDate(2025, 2, 1), QDate(2025, 2, 28)}.previousYear() ==
          Period{QDate(2024, 2, 1), QDate(2024, 2, 29)});
    CHECK(Period{QDate(2024, 2, 1), QDate(2024, 2, 29)}.previousYear() ==
          Period{QDate(2023, 2, 1), QDate(2023, 2, 28)});
    CHECK(FiscalR5.previousYear() == Period{QDate(2022, 4, 1), QDate(2023, 3, 31)});
    CHECK(Period{QDate(2024, 5, 10), QDate(2024, 6, 15)}.previousYear() ==
          Period{QDate(2023, 5, 10), QDate(2023, 6, 15)});
}

TEST_CASE("import, export and import again give identical summaries", "[statistics][csv-export]")
{
    ScratchDir dir;
    auto first = importFixture(dir, QStringLiteral("seed-fy-r5/fy-r5-cases-cp932.csv"));
    for (bool japanese : {false, true}) {
        const auto exported = exchange::CaseCsv::exportCases(*first, {true, japanese});
        REQUIRE(exported.ok());
        auto second =
            createBranch(dir.path(japanese ? QStringLiteral("ja.tsunagu") : QStringLiteral("en.tsunagu")));
        const auto report = exchange::CaseCsv::import(*second, exported.value(), exchange::Encoding::Auto);
        INFO(report.message().toStdString());
        REQUIRE(report.ok());
        for (const Period& period : {FiscalR5, Period{QDate(2023, 4, 1), QDate(2024, 6, 30)},
                                     Period{QDate(2024, 3, 1), QDate(2024, 3, 31)}}) {
            CHECK(StatisticsEngine(*second).summary(period).value() ==
                  StatisticsEngine(*first).summary(period).value());
        }
        CHECK(exchange::CaseCsv::exportCases(*second, {true, japanese}).value() == exported.value());
    }
}

TEST_CASE("the March 2024 report holds the month, the fiscal year to date and the year before",
          "[statistics][report]")
{
    ScratchDir dir;
    auto file = importFixture(dir, QStringLiteral("seed-fy-r5/fy-r5-cases.csv"));
    StatisticsEngine engine(*file);
    const auto report = ReportData::monthly(engine, file->info(), QDate(2024, 3, 15));
    REQUIRE(report.ok());
    CHECK(report->period == Period{QDate(2024, 3, 1), QDate(2024, 3, 31)});
    CHECK(report->cumulative == FiscalR5);
    CHECK(report->cumulativeSummary == engine.summary(FiscalR5).value());
    CHECK(report->cumulativeSummary.cases == 77);
    CHECK(report->periodSummary.cases == engine.summary(report->period).value().cases);
    CHECK(report->cumulativePreviousYear.period == Period{QDate(2022, 4, 1), QDate(2023, 3, 31)});
    CHECK(report->cumulativePreviousYear.cases == 0);
    CHECK(report->series.cases.size() == 12);
    qint64 total = 0;
    for (const qint64 n : report->series.cases) {
        total += n;
    }
    CHECK(total == 77);
    // Open on 2024-03-31: 36 ongoing + 5 under observation, spread over the coordinators.
    qint64 open = 0;
    for (const CoordinatorLoad& load : report->workload) {
        open += load.openCases;
    }
    CHECK(open == 41);

    const auto annual = ReportData::annual(engine, file->info(), 2023);
    REQUIRE(annual.ok());
    CHECK(annual->period == FiscalR5);
    CHECK(annual->periodSummary == report->cumulativeSummary);
}

TEST_CASE("contacts are counted by the day they happened, by kind", "[statistics][contacts]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CaseRecord record = caseOn(QDate(2024, 3, 1), QStringLiteral("142051"), {QStringLiteral("respite")});
    REQUIRE(CaseRepository(*file).add(record).ok());
    ContactRepository contacts(*file);
    for (const auto& [day, kind] :
         QList<std::pair<QDate, QString>>{{QDate(2024, 3, 1), QStringLiteral("intake")},
                                          {QDate(2024, 3, 20), QStringLiteral("connect")},
                                          {QDate(2024, 4, 2), QStringLiteral("monitoring")}}) {
        ContactRecord c{0, record.id, day, kind, QStringLiteral("phone"), 15, QString()};
        REQUIRE(contacts.add(c).ok());
    }
    const auto march = StatisticsEngine(*file).contactCounts({QDate(2024, 3, 1), QDate(2024, 3, 31)});
    REQUIRE(march.ok());
    CHECK(march->total == 2);
    CHECK(march->kind.size() == 6);
    CHECK(Summary::countOf(march->kind, QStringLiteral("connect")) == 1);
    CHECK(Summary::countOf(march->kind, QStringLiteral("monitoring")) == 0);
}

TEST_CASE("the March 2024 report tables match their golden file", "[statistics][report][golden]")
{
    ScratchDir dir;
    auto file = importFixture(dir, QStringLiteral("seed-fy-r5/fy-r5-cases.csv"));
    const auto report = ReportData::monthly(StatisticsEngine(*file), file->info(), QDate(2024, 3, 1));
    REQUIRE(report.ok());
    QString text;
    for (const ReportTable& table : reportTables(report.value(), file->masterData(), Language::Japanese)) {
        text += QStringLiteral("## %1\n").arg(table.title) + table.toTsv();
        if (!table.note.isEmpty()) {
            text += QStringLiteral("# %1\n").arg(table.note);
        }
    }
    const QString goldenPath = dataPath(QStringLiteral("golden/fy-r5-2024-03-report-tables.tsv"));
    if (qEnvironmentVariableIsSet("TSUNAGU_UPDATE_GOLDEN")) {
        writeAll(goldenPath, text.toUtf8());
    }
    CHECK(text.toStdString() == readAll(goldenPath).toStdString());
}

TEST_CASE("a cancelled engine stops before its next query", "[statistics][cancel]")
{
    ScratchDir dir;
    auto file = importFixture(dir, QStringLiteral("seed-fy-r5/fy-r5-cases.csv"));
    StatisticsEngine engine(*file);
    int asked = 0;
    int cancelFrom = 0; // the check from which on the answer is "cancelled"; 0: never
    engine.setCancelCheck([&] { return cancelFrom > 0 && ++asked >= cancelFrom; });

    // Not cancelled: the same report as without a check.
    const auto whole = ReportData::monthly(engine, file->info(), QDate(2024, 3, 1));
    REQUIRE(whole.ok());
    CHECK(whole->cumulativeSummary.cases == 77);

    // Cancelled midway: it fails at once instead of running its other queries.
    cancelFrom = 5;
    const auto stopped = ReportData::monthly(engine, file->info(), QDate(2024, 3, 1));
    REQUIRE_FALSE(stopped.ok());
    CHECK_FALSE(stopped.message().isEmpty());
    CHECK(asked == 5);
    CHECK_FALSE(engine.summary(FiscalR5).ok());
    CHECK_FALSE(engine.workload(FiscalR5.to).ok());

    engine.setCancelCheck({});
    CHECK(engine.summary(FiscalR5).ok());
}

TEST_CASE("the received range is the first and last day a case was received", "[statistics]")
{
    ScratchDir dir;
    auto file = importFixture(dir, QStringLiteral("seed-fy-r5/fy-r5-cases.csv"));
    const auto range = StatisticsEngine(*file).receivedRange();
    REQUIRE(range.ok());
    REQUIRE(range->has_value());
    CHECK(**range == FiscalR5); // the fixture's first case came on 1 April, its last on 31 March

    ScratchDir emptyDir;
    auto empty = createBranch(emptyDir.path(QStringLiteral("empty.tsunagu")));
    const auto none = StatisticsEngine(*empty).receivedRange();
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
}

TEST_CASE("a table copied for Excel guards text cells against formulas, not numbers", "[statistics][formula]")
{
    statistics::ReportTable table;
    table.columns = {QStringLiteral("=区分"), QStringLiteral("+1")};
    table.rows.append({QStringLiteral("-x"), {-3}, 0, false});
    table.rows.append({QStringLiteral("@a"), {4}, 1, false});
    table.rows.append({QStringLiteral("'q\tr"), {0}, 0, false});
    CHECK(table.toTsv().toStdString() == QStringLiteral("'=区分\t'+1\n"
                                                        "'-x\t-3\n"
                                                        "\u3000\u3000@a\t4\n"
                                                        "''q r\t0\n")
                                             .toStdString());
}

namespace {

/// Adds one case received on \a receivedOn from a connection of its own on
/// another thread, the way another PC or the dashboard's worker would; true
/// once committed.
std::future<bool> commitCaseFromAnotherConnection(const QString& databasePath, QDate receivedOn)
{
    return std::async(std::launch::async, [databasePath, receivedOn] {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("test-other-writer-%1").arg(++counter);
        bool committed = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
            if (db.open()) {
                QSqlQuery query(db);
                const QString day = receivedOn.toString(Qt::ISODate);
                committed =
                    query.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                    query.exec(
                        QStringLiteral("INSERT INTO case_record (case_no, received_on, municipality_code, "
                                       "method, consulter, status, status_since, created_at, updated_at) "
                                       "VALUES ('other-%1', '%2', '142051', 'phone', 'parent', 'ongoing', "
                                       "'%2', '%2T00:00:00', '%2T00:00:00')")
                            .arg(counter.load())
                            .arg(day)) &&
                    query.exec(QStringLiteral("COMMIT"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return committed;
    });
}

} // namespace

TEST_CASE("a summary reads one snapshot: a commit between its statements does not mix two states",
          "[statistics][snapshot]")
{
    ScratchDir dir;
    auto file = importFixture(dir, QStringLiteral("seed-fy-r5/fy-r5-cases.csv"));
    StatisticsEngine engine(*file);
    std::future<bool> writer;
    int asked = 0;
    // The check asked before the summary's second statement lets another
    // connection commit a case of the period, and waits a while for it.
    engine.setCancelCheck([&] {
        if (++asked == 2) {
            writer = commitCaseFromAnotherConnection(file->databaseFilePath(), QDate(2023, 10, 1));
            writer.wait_for(std::chrono::milliseconds(500));
        }
        return false;
    });
    const auto summary = engine.summary(FiscalR5);
    REQUIRE(summary.ok());
    REQUIRE(writer.valid());
    qint64 statusTotal = 0;
    for (const Count& c : summary->status) {
        statusTotal += c.count;
    }
    CHECK(statusTotal == summary->cases);
    CHECK(summary->cases == 77); // the state before the other commit, all of it
    // The other connection's commit waited for the summary, then landed.
    CHECK(writer.get());
    engine.setCancelCheck({});
    const auto after = engine.summary(FiscalR5);
    REQUIRE(after.ok());
    CHECK(after->cases == 78);
}

TEST_CASE("a report reads one snapshot from its first figure to its last", "[statistics][snapshot][report]")
{
    ScratchDir dir;
    auto file = importFixture(dir, QStringLiteral("seed-fy-r5/fy-r5-cases.csv"));
    StatisticsEngine engine(*file);
    std::future<bool> writer;
    int asked = 0;
    // After the month's summary and contacts (a few checks in), a case of
    // that month is committed from another connection.
    engine.setCancelCheck([&] {
        if (++asked == 5) {
            writer = commitCaseFromAnotherConnection(file->databaseFilePath(), QDate(2024, 3, 15));
            writer.wait_for(std::chrono::milliseconds(500));
        }
        return false;
    });
    const auto report = ReportData::monthly(engine, file->info(), QDate(2024, 3, 1));
    REQUIRE(report.ok());
    REQUIRE(writer.valid());
    const qsizetype march = report->series.months.indexOf(QDate(2024, 3, 1));
    REQUIRE(march >= 0);
    CHECK(report->series.cases.at(march) == report->periodSummary.cases);
    qint64 yearToDate = 0;
    for (qint64 n : report->series.cases) {
        yearToDate += n;
    }
    CHECK(yearToDate == report->cumulativeSummary.cases);
    CHECK(writer.get());
}

TEST_CASE("延べ件数 of a period is one figure: the case list's, the report's and an independent count",
          "[statistics][contacts][contact-count]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    // A case of the year before, still worked on; two of the year; one of
    // the year in another region.
    QList<CaseRecord> cases{caseOn(QDate(2022, 10, 1), QStringLiteral("142051"), {QStringLiteral("respite")}),
                            caseOn(QDate(2023, 6, 1), QStringLiteral("142051"), {QStringLiteral("respite")}),
                            caseOn(QDate(2023, 7, 1), QStringLiteral("142051"), {QStringLiteral("nursery")}),
                            caseOn(QDate(2023, 8, 1), QStringLiteral("142018"), {QStringLiteral("respite")})};
    REQUIRE(CaseRepository(*file).addAll(cases).ok());
    ContactRepository repository(*file);
    QList<ContactRecord> contacts;
    const auto contact = [&](int caseIndex, QDate day) {
        ContactRecord c{
            0,        cases.at(caseIndex).id, day, QStringLiteral("connect"), QStringLiteral("phone"), 15,
            QString()};
        REQUIRE(repository.add(c).ok());
        contacts.append(c);
    };
    contact(0, QDate(2022, 10, 1));
    contact(0, QDate(2023, 3, 31)); // the day before the year
    contact(0, QDate(2023, 4, 1));  // its first day
    contact(0, QDate(2023, 9, 9));
    contact(0, QDate(2023, 11, 11));
    contact(1, QDate(2023, 6, 1));
    contact(1, QDate(2024, 3, 31)); // its last day
    contact(1, QDate(2024, 4, 1));  // the day after
    contact(2, QDate(2023, 7, 1));
    contact(2, QDate(2023, 12, 24));
    contact(3, QDate(2023, 8, 1));
    contact(3, QDate(2024, 5, 1));

    // Independently: the contacts dated in the period, of the cases the
    // other criteria choose, whenever they were received.
    const auto independent = [&](const Period& period, const QString& municipality) {
        qint64 n = 0;
        for (const ContactRecord& c : contacts) {
            const auto owner = std::find_if(cases.cbegin(), cases.cend(),
                                            [&](const CaseRecord& r) { return r.id == c.caseId; });
            if (c.contactedOn >= period.from && c.contactedOn <= period.to &&
                (municipality.isEmpty() || owner->municipalityCode == municipality)) {
                ++n;
            }
        }
        return n;
    };
    REQUIRE(independent(FiscalR5, QString()) == 8);

    StatisticsEngine engine(*file);
    const auto report = ReportData::annual(engine, file->info(), 2023);
    REQUIRE(report.ok());
    CHECK(report->periodContacts.total == independent(FiscalR5, QString()));

    CaseQuery list(file->database(), file->masterData());
    CaseFilter filter;
    filter.fiscalYear = 2023;
    list.setFilter(filter);
    CHECK(list.count().value() == 3);
    CHECK(list.contactCount().value() == report->periodContacts.total);

    // A month of it, in the list and in the monthly report.
    filter.month = 3;
    list.setFilter(filter);
    const auto march = ReportData::monthly(engine, file->info(), QDate(2024, 3, 1));
    REQUIRE(march.ok());
    CHECK(list.contactCount().value() == independent({QDate(2024, 3, 1), QDate(2024, 3, 31)}, QString()));
    CHECK(list.contactCount().value() == march->periodContacts.total);

    // With a criterion about the case: the contacts of those cases only.
    filter.month.reset();
    filter.regionCode = QStringLiteral("shonan-east");
    list.setFilter(filter);
    CHECK(list.contactCount().value() == independent(FiscalR5, QStringLiteral("142051")));

    // A month of any year (no fiscal year chosen): the contacts dated in
    // that month of any year, 2023-03-31 and 2024-03-31.
    CaseFilter anyMarch;
    anyMarch.month = 3;
    list.setFilter(anyMarch);
    CHECK(list.contactCount().value() == 2);

    // No period: every contact of the cases.
    list.setFilter(CaseFilter{});
    CHECK(list.contactCount().value() == contacts.size());
}

// Issue 11 #15: the file kept only each case's current coordinator, so the
// workload of a past day credited whoever is in charge today.
TEST_CASE("the workload of a past day credits the coordinator in charge on that day",
          "[statistics][workload]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CoordinatorRepository coordinators(*file);
    Coordinator before{0,   QStringLiteral("鈴木 一郎"), QStringLiteral("coordinator"), QString(), {}, {},
                       true};
    Coordinator after{0, QStringLiteral("高橋 二郎"), QStringLiteral("coordinator"), QString(), {}, {}, true};
    REQUIRE(coordinators.add(before).ok());
    REQUIRE(coordinators.add(after).ok());
    CaseRecord record = caseOn(QDate(2024, 4, 1), QStringLiteral("142051"), {QStringLiteral("respite")});
    record.coordinatorId = before.id;
    REQUIRE(CaseRepository(*file).add(record).ok());
    // Handed over today (a save that gives no date for it).
    record.coordinatorId = after.id;
    REQUIRE(CaseRepository(*file).update(record).ok());

    const auto may = StatisticsEngine(*file).workload(QDate(2024, 5, 1));
    REQUIRE(may.ok());
    REQUIRE(may->size() == 1);
    CHECK(may->constFirst().coordinatorId == before.id);
}

TEST_CASE("the workload of any day matches an independent count of who was in charge",
          "[statistics][workload][coordinator]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CoordinatorRepository coordinators(*file);
    QList<std::optional<qint64>> people{std::nullopt};
    for (const QString& name :
         {QStringLiteral("鈴木 一郎"), QStringLiteral("高橋 二郎"), QStringLiteral("田中 三郎")}) {
        Coordinator c{0, name, QStringLiteral("coordinator"), QString(), {}, {}, true};
        REQUIRE(coordinators.add(c).ok());
        people.append(c.id);
    }
    QRandomGenerator random(11);
    const auto anyone = [&] {
        return people.at(random.bounded(int(people.size())));
    };

    // Cases with their status histories, stored in one batch.
    QList<CaseRecord> batch;
    for (int i = 0; i < 120; ++i) {
        CaseRecord record = sampleCase(QDate(2023, 4, 1).addDays(random.bounded(365)));
        if (random.bounded(3) == 0) {
            record.setStatus(QStringLiteral("observation"),
                             record.receivedOn.addDays(1 + random.bounded(60)));
        }
        if (random.bounded(2) == 0) {
            record.setStatus(QStringLiteral("completed"),
                             record.receivedOn.addDays(61 + random.bounded(300)));
        }
        record.coordinatorId = anyone();
        batch.append(record);
    }
    REQUIRE(CaseRepository(*file).addAll(batch).ok());

    // Who was in charge when, kept here by hand: handovers on later and later
    // days, each to someone else.
    const QDate today = QDate::currentDate();
    QHash<qint64, QList<CoordinatorChange>> inCharge;
    CaseRepository cases(*file);
    for (CaseRecord& record : batch) {
        QList<CoordinatorChange>& history = inCharge[record.id];
        history.append({record.coordinatorId, record.receivedOn});
        QDate day = record.receivedOn;
        for (int n = int(random.bounded(4)); n > 0; --n) {
            day = day.addDays(1 + random.bounded(120));
            std::optional<qint64> next = anyone();
            while (next == record.coordinatorId) {
                next = anyone();
            }
            record.coordinatorId = next;
            record.coordinatorSince = day;
            REQUIRE(cases.update(record).ok());
            history.append({next, day});
        }
    }
    // A handover today without a date, and one made and taken back today.
    batch[0].coordinatorId = batch[0].coordinatorId == people[1] ? people[2] : people[1];
    batch[0].coordinatorSince.reset();
    REQUIRE(cases.update(batch[0]).ok());
    inCharge[batch[0].id].append({batch[0].coordinatorId, today});
    const std::optional<qint64> kept = batch[1].coordinatorId;
    batch[1].coordinatorSince.reset();
    batch[1].coordinatorId = kept == people[3] ? people[1] : people[3];
    REQUIRE(cases.update(batch[1]).ok());
    batch[1].coordinatorId = kept;
    REQUIRE(cases.update(batch[1]).ok());

    const auto expected = [&](QDate day) {
        QMap<qint64, qint64> counts;
        for (const CaseRecord& record : std::as_const(batch)) {
            if (record.receivedOn > day || record.statusOn(day) == QLatin1String("completed")) {
                continue;
            }
            std::optional<qint64> who;
            for (const CoordinatorChange& change : inCharge.value(record.id)) {
                if (change.since <= day) {
                    who = change.coordinatorId;
                }
            }
            ++counts[who.value_or(0)];
        }
        return counts;
    };
    StatisticsEngine engine(*file);
    int handedOverSince = 0;
    for (const QDate day :
         {QDate(2023, 3, 31), QDate(2023, 6, 30), QDate(2023, 10, 15), QDate(2024, 1, 31), QDate(2024, 3, 31),
          QDate(2024, 8, 1), QDate(2025, 1, 1), today.addDays(-1), today}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        const auto loads = engine.workload(day);
        REQUIRE(loads.ok());
        QMap<qint64, qint64> counted;
        for (const CoordinatorLoad& load : loads.value()) {
            counted.insert(load.coordinatorId, load.openCases);
        }
        CHECK(counted == expected(day));
        if (day == QDate(2023, 10, 15)) {
            // The day is worth testing: some cases open on it changed hands after.
            for (const CaseRecord& record : std::as_const(batch)) {
                const auto& history = inCharge.value(record.id);
                handedOverSince += record.receivedOn <= day && history.constLast().since > day ? 1 : 0;
            }
        }
    }
    CHECK(handedOverSince > 10);
    // Today's figures are the coordinators view's.
    QMap<qint64, qint64> todays = expected(today);
    todays.remove(0);
    const auto view = coordinators.openCaseCounts();
    REQUIRE(view.ok());
    QMap<qint64, qint64> shown;
    for (auto it = view->cbegin(); it != view->cend(); ++it) {
        shown.insert(it.key(), it.value());
    }
    CHECK(shown == todays);
}
