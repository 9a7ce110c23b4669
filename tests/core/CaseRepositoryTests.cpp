// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "cases/CaseRepository.h"
#include "codes/Codes.h"
#include "coordinators/CoordinatorRepository.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

qint64 rowCount(BranchFile& file, const QString& table)
{
    QSqlQuery query(file.database());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("a case is stored whole and read back equal", "[cases]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CaseRepository cases(*file);
    CaseRecord record = sampleCase(QDate(2024, 5, 10));
    record.setStatus(QStringLiteral("observation"), QDate(2024, 6, 1));
    record.setStatus(QStringLiteral("completed"), QDate(2024, 9, 30));
    const auto id = cases.add(record);
    REQUIRE(id.ok());
    CHECK(record.id == id.value());
    CHECK(record.caseNo == QStringLiteral("2024-0001"));

    const auto loaded = cases.load(record.id);
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == record);
    CHECK(loaded->currentStatus() == QStringLiteral("completed"));
    CHECK(loaded->statusOn(QDate(2024, 5, 31)) == QStringLiteral("ongoing"));
    CHECK(loaded->statusOn(QDate(2024, 6, 1)) == QStringLiteral("observation"));
    CHECK(loaded->statusOn(QDate(2024, 9, 29)) == QStringLiteral("observation"));
    CHECK(loaded->statusOn(QDate(2025, 3, 31)) == QStringLiteral("completed"));
    CHECK(loaded->currentStatusSince() == QDate(2024, 9, 30));
}

TEST_CASE("case numbers follow the fiscal year of the received date", "[cases]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CaseRepository cases(*file);
    QList<CaseRecord> batch{sampleCase(QDate(2024, 3, 31)), sampleCase(QDate(2024, 4, 1)),
                            sampleCase(QDate(2024, 4, 2)), sampleCase(QDate(2025, 3, 31))};
    batch[2].caseNo = QStringLiteral("2024-0002"); // a number given by the user is kept
    REQUIRE(cases.addAll(batch).ok());
    CHECK(batch[0].caseNo == QStringLiteral("2023-0001"));
    CHECK(batch[1].caseNo == QStringLiteral("2024-0001"));
    CHECK(batch[2].caseNo == QStringLiteral("2024-0002"));
    CHECK(batch[3].caseNo == QStringLiteral("2024-0003"));
    CHECK(cases.nextCaseNo(QDate(2024, 12, 1)).value() == QStringLiteral("2024-0004"));
    CHECK(cases.nextCaseNo(QDate(2026, 4, 1)).value() == QStringLiteral("2026-0001"));
}

TEST_CASE("a batch with one bad case stores nothing and leaves the caller's records alone", "[cases]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CaseRepository cases(*file);
    CaseRecord existing = sampleCase();
    existing.caseNo = QStringLiteral("A-1");
    REQUIRE(cases.add(existing).ok());

    QList<CaseRecord> batch{sampleCase(), sampleCase(), sampleCase()};
    batch[2].caseNo = QStringLiteral("A-1"); // taken: fails at the database, after two inserts
    const auto result = cases.addAll(batch);
    REQUIRE_FALSE(result.ok());
    CHECK(result.message() == QStringLiteral("Case number A-1 is already in use."));
    CHECK(cases.count().value() == 1);
    CHECK(rowCount(*file, QStringLiteral("case_topic")) == 2);
    CHECK(batch[0].id == 0);
    CHECK(batch[0].caseNo.isEmpty());
}

TEST_CASE("validation names the field and what is wrong", "[cases]")
{
    const MasterData& master = MasterData::kanagawa();
    const QDate today(2024, 6, 30);
    CHECK(CaseRepository::validate(sampleCase(), master, today).isEmpty());

    CaseRecord record = sampleCase();
    record.receivedOn = QDate(2024, 7, 1);
    record.municipalityCode = QStringLiteral("999999");
    record.method = QStringLiteral("pigeon");
    record.consulter.clear();
    record.topics = {QStringLiteral("respite"), QStringLiteral("respite")};
    record.careNeeds = {QStringLiteral("magic")};
    record.childAge = 30;
    record.caseNo = QStringLiteral("A 1");
    record.statusHistory = {{QStringLiteral("ongoing"), QDate(2024, 7, 1)},
                            {QStringLiteral("done"), QDate(2024, 6, 1)}};
    const QList<FieldProblem> expected{
        {QStringLiteral("case_no"), QStringLiteral("a case number has no spaces or line breaks")},
        {QStringLiteral("received_on"), QStringLiteral("2024-07-01 lies in the future")},
        {QStringLiteral("municipality"),
         QStringLiteral("\"999999\" is not a municipality of the master data")},
        {QStringLiteral("method"), QStringLiteral("\"pigeon\" is not a known code")},
        {QStringLiteral("consulter"), QStringLiteral("the consulter is required")},
        {QStringLiteral("topics"), QStringLiteral("\"respite\" is given twice")},
        {QStringLiteral("care_needs"), QStringLiteral("\"magic\" is not a known code")},
        {QStringLiteral("status_since"), QStringLiteral("2024-07-01 lies in the future")},
        {QStringLiteral("status"), QStringLiteral("\"done\" is not a known code")},
        {QStringLiteral("status_since"),
         QStringLiteral("2024-06-01 is before the date received (2024-07-01)")},
        {QStringLiteral("child_age"), QStringLiteral("the age must be between 0 and 29")},
    };
    CHECK(CaseRepository::validate(record, master, today) == expected);

    CaseRecord noTopics = sampleCase();
    noTopics.topics.clear();
    CHECK(CaseRepository::validate(noTopics, master, today) ==
          QList<FieldProblem>{{QStringLiteral("topics"), QStringLiteral("choose at least one topic")}});
}

TEST_CASE("updating and removing a case", "[cases]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CaseRepository cases(*file);
    CaseRecord record = sampleCase();
    REQUIRE(cases.add(record).ok());

    record.topics = {QStringLiteral("school-entry")};
    record.careNeeds.clear();
    record.personal = {};
    record.note = QStringLiteral("就学相談");
    record.setStatus(QStringLiteral("completed"), QDate(2024, 5, 1));
    REQUIRE(cases.update(record).ok());
    CHECK(cases.load(record.id).value() == record);
    CHECK(rowCount(*file, QStringLiteral("case_personal")) == 0);

    CaseRecord stale = record;
    stale.id = 999;
    CHECK(cases.update(stale).error().kind == Error::Kind::NotFound);

    REQUIRE(cases.remove(record.id).ok());
    CHECK(cases.count().value() == 0);
    CHECK(rowCount(*file, QStringLiteral("case_topic")) == 0);
    CHECK(rowCount(*file, QStringLiteral("case_status")) == 0);
    CHECK(cases.remove(record.id).error().kind == Error::Kind::NotFound);
    CHECK(cases.load(record.id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("coordinators are stored, validated and counted by open cases", "[coordinators]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CoordinatorRepository coordinators(*file);
    auto all = coordinators.all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1); // the chief, from the branch details
    CHECK(all->constFirst().role == QStringLiteral("chief"));
    CHECK(all->constFirst().name == QStringLiteral("山田 花子"));

    Coordinator c{0,
                  QStringLiteral("鈴木 一郎"),
                  QStringLiteral("coordinator"),
                  QStringLiteral("藤沢市基幹相談支援センター"),
                  QStringLiteral("142051"),
                  1,
                  true};
    REQUIRE(coordinators.add(c).ok());
    CHECK(coordinators.load(c.id).value() == c);
    CHECK(coordinators.findByName(QStringLiteral(" 鈴木 一郎 ")).value()->id == c.id);
    CHECK_FALSE(coordinators.findByName(QStringLiteral("誰か")).value().has_value());

    Coordinator bad = c;
    bad.name = QStringLiteral(" ");
    CHECK(coordinators.add(bad).message() == QStringLiteral("A coordinator needs a name."));
    bad = c;
    bad.role = QStringLiteral("boss");
    CHECK(coordinators.update(bad).message() == QStringLiteral("\"boss\" is not a coordinator role."));

    CaseRepository cases(*file);
    QList<CaseRecord> batch{sampleCase(), sampleCase(), sampleCase()};
    for (CaseRecord& r : batch) {
        r.coordinatorId = c.id;
    }
    batch[1].coordinatorId.reset();
    batch[2].setStatus(QStringLiteral("completed"), QDate(2024, 4, 20));
    REQUIRE(cases.addAll(batch).ok());
    batch.append(sampleCase());
    batch.last().coordinatorId = c.id;
    REQUIRE(cases.add(batch.last()).ok());
    CHECK(coordinators.openCaseCounts().value() == QHash<qint64, qint64>{{c.id, 2}});

    // The same figures as the workload of today, from the same function.
    batch[1].coordinatorId = c.id;
    REQUIRE(cases.update(batch[1]).ok()); // handed over today
    CHECK(coordinators.openCaseCounts().value() == QHash<qint64, qint64>{{c.id, 3}});
}

namespace {

CoordinatorChange entry(std::optional<qint64> coordinator, QDate since)
{
    return CoordinatorChange{coordinator, since};
}

} // namespace

TEST_CASE("the coordinator history after a save: a handover on a day, from that day on",
          "[cases][coordinator]")
{
    const QDate received(2024, 4, 1);
    const QDate today(2024, 9, 30);
    CaseRecord record = sampleCase(received);
    record.coordinatorId = 1;
    const QList<CoordinatorChange> stored{entry(1, received), entry(2, QDate(2024, 6, 1))};

    SECTION("a new case: in charge from the day received, whatever date is given")
    {
        record.coordinatorSince = QDate(2024, 5, 1);
        CHECK(coordinatorHistoryAfterSaving({}, record, today) == QList{entry(1, received)});
    }
    SECTION("nothing changed: the history stays")
    {
        record.coordinatorId = 2;
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) == stored);
    }
    SECTION("a handover without a date is dated today")
    {
        record.coordinatorId = 3;
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) ==
              QList{entry(1, received), entry(2, QDate(2024, 6, 1)), entry(3, today)});
    }
    SECTION("to nobody: an entry without a coordinator")
    {
        record.coordinatorId.reset();
        record.coordinatorSince = QDate(2024, 7, 1);
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) ==
              QList{entry(1, received), entry(2, QDate(2024, 6, 1)), entry({}, QDate(2024, 7, 1))});
    }
    SECTION("a second handover the same day replaces that day's entry")
    {
        record.coordinatorId = 3;
        record.coordinatorSince = QDate(2024, 6, 1);
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) ==
              QList{entry(1, received), entry(3, QDate(2024, 6, 1))});
    }
    SECTION("handed back the same day: the history as it was before")
    {
        record.coordinatorId = 1;
        record.coordinatorSince = QDate(2024, 6, 1);
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) == QList{entry(1, received)});
    }
    SECTION("a handover dated before the last one: the new coordinator is in charge from then on")
    {
        record.coordinatorId = 3;
        record.coordinatorSince = QDate(2024, 5, 15);
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) ==
              QList{entry(1, received), entry(3, QDate(2024, 5, 15))});
    }
    SECTION("the same coordinator on another day corrects the day of the last handover")
    {
        record.coordinatorId = 2;
        record.coordinatorSince = QDate(2024, 6, 20);
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) ==
              QList{entry(1, received), entry(2, QDate(2024, 6, 20))});
        record.coordinatorSince = QDate(2024, 5, 2);
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) ==
              QList{entry(1, received), entry(2, QDate(2024, 5, 2))});
        // The first entry stays on the day received.
        record.coordinatorId = 1;
        CHECK(coordinatorHistoryAfterSaving({entry(1, received)}, record, today) ==
              QList{entry(1, received)});
    }
    SECTION("the first entry follows the date received")
    {
        record.coordinatorId = 2;
        record.receivedOn = QDate(2024, 3, 20);
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) ==
              QList{entry(1, QDate(2024, 3, 20)), entry(2, QDate(2024, 6, 1))});
        // Received after a handover: whoever was in charge on that day is in
        // charge from it.
        record.receivedOn = QDate(2024, 6, 10);
        CHECK(coordinatorHistoryAfterSaving(stored, record, today) == QList{entry(2, QDate(2024, 6, 10))});
    }
}

TEST_CASE("saving a case records its handovers; deleting it deletes them", "[cases][coordinator]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CoordinatorRepository coordinators(*file);
    Coordinator a{0, QStringLiteral("鈴木 一郎"), QStringLiteral("coordinator"), QString(), {}, {}, true};
    Coordinator b{0, QStringLiteral("高橋 二郎"), QStringLiteral("coordinator"), QString(), {}, {}, true};
    REQUIRE(coordinators.add(a).ok());
    REQUIRE(coordinators.add(b).ok());
    CaseRepository cases(*file);
    CaseRecord record = sampleCase(QDate(2024, 4, 1));
    record.coordinatorId = a.id;
    REQUIRE(cases.add(record).ok());
    CHECK(cases.coordinatorHistory(record.id).value() == QList{entry(a.id, QDate(2024, 4, 1))});

    // Loaded, handed over and saved: dated today, the day is not read back.
    CaseRecord loaded = cases.load(record.id).value();
    CHECK_FALSE(loaded.coordinatorSince.has_value());
    loaded.coordinatorId = b.id;
    REQUIRE(cases.update(loaded).ok());
    const QDate today = QDate::currentDate();
    CHECK(cases.coordinatorHistory(record.id).value() ==
          QList{entry(a.id, QDate(2024, 4, 1)), entry(b.id, today)});
    // And back the same day: as if nothing had happened.
    loaded.coordinatorId = a.id;
    REQUIRE(cases.update(loaded).ok());
    CHECK(cases.coordinatorHistory(record.id).value() == QList{entry(a.id, QDate(2024, 4, 1))});
    QSqlQuery handedOver(file->database());
    REQUIRE(handedOver.exec(QStringLiteral("SELECT handed_over_on IS NULL FROM case_record")));
    REQUIRE(handedOver.next());
    CHECK(handedOver.value(0).toBool());

    // Back and forth on given days.
    loaded.coordinatorId = b.id;
    loaded.coordinatorSince = QDate(2024, 6, 1);
    REQUIRE(cases.update(loaded).ok());
    loaded.coordinatorId = a.id;
    loaded.coordinatorSince = QDate(2024, 9, 1);
    REQUIRE(cases.update(loaded).ok());
    const QList<CoordinatorChange> history{entry(a.id, QDate(2024, 4, 1)), entry(b.id, QDate(2024, 6, 1)),
                                           entry(a.id, QDate(2024, 9, 1))};
    CHECK(cases.coordinatorHistory(record.id).value() == history);
    QSqlQuery row(file->database());
    REQUIRE(row.exec(QStringLiteral("SELECT coordinator_id, handed_over_on FROM case_record")));
    REQUIRE(row.next());
    CHECK(row.value(0).toLongLong() == a.id);
    CHECK(row.value(1).toString() == QStringLiteral("2024-09-01"));
    // A save that changes something else leaves the history alone.
    loaded.coordinatorSince.reset();
    loaded.note = QStringLiteral("訪問看護の調整");
    REQUIRE(cases.update(loaded).ok());
    CHECK(cases.coordinatorHistory(record.id).value() == history);

    // A handover before the case was received, or in the future, is refused
    // and changes nothing.
    loaded.coordinatorId = b.id;
    loaded.coordinatorSince = QDate(2024, 3, 31);
    const auto early = cases.update(loaded);
    CHECK(early.error().kind == Error::Kind::Invalid);
    CHECK(early.message().contains(QStringLiteral("coordinator_since")));
    loaded.coordinatorSince = today.addDays(1);
    CHECK(cases.update(loaded).message().contains(QStringLiteral("lies in the future")));
    CHECK(cases.coordinatorHistory(record.id).value() == history);

    REQUIRE(cases.remove(record.id).ok());
    CHECK(rowCount(*file, QStringLiteral("case_coordinator")) == 0);
    CHECK(cases.coordinatorHistory(record.id).value().isEmpty());
}

TEST_CASE("a batch larger than one statement is stored whole, in order and with every row", "[cases]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CaseRepository cases(*file);
    CaseRecord first = sampleCase(QDate(2024, 4, 1));
    REQUIRE(cases.add(first).ok());
    REQUIRE(cases.remove(first.id).ok()); // ids continue above the highest one stored
    CaseRecord kept = sampleCase(QDate(2024, 4, 1));
    REQUIRE(cases.add(kept).ok());

    // Enough cases, each with its own mix of rows, to fill several statements
    // of every table and leave some rows over.
    QList<CaseRecord> batch;
    for (int i = 0; i < 211; ++i) {
        CaseRecord record = sampleCase(QDate(2024, 4, 1).addDays(i % 300));
        const QStringList topics = codes::topics().codes();
        const QStringList needs = codes::careNeeds().codes();
        record.topics = topics.mid(i % 5, 1 + i % 4);
        record.careNeeds = needs.mid(i % 7, i % 4);
        if (i % 3 == 0) {
            record.setStatus(QStringLiteral("completed"), record.receivedOn.addDays(1 + i % 20));
        }
        if (i % 2 == 0) {
            record.personal = {};
        }
        record.childAge = i % 2 == 0 ? std::optional<int>() : std::optional<int>(i % 30);
        record.note = QStringLiteral("case %1, \"quoted\"\n").arg(i);
        if (i % 10 == 5) {
            record.caseNo = QStringLiteral("2024-%1").arg(9000 + i); // given numbers are skipped
        }
        batch.append(record);
    }
    batch[1].caseNo = QStringLiteral("2024-0003"); // given, above numbers still to be assigned
    REQUIRE(cases.addAll(batch).ok());
    CHECK(cases.count().value() == 212);
    CHECK(batch.constFirst().id == kept.id + 1);
    CHECK(batch.constLast().id == kept.id + 211);
    CHECK(batch[0].caseNo == QStringLiteral("2024-0002"));
    CHECK(batch[1].caseNo == QStringLiteral("2024-0003"));
    CHECK(batch[2].caseNo == QStringLiteral("2024-0004"));
    CHECK(batch[5].caseNo == QStringLiteral("2024-9005"));
    for (const CaseRecord& record : std::as_const(batch)) {
        INFO(record.caseNo.toStdString());
        const auto loaded = cases.load(record.id);
        REQUIRE(loaded.ok());
        CHECK(loaded.value() == record);
    }
    qint64 topicRows = 0;
    qint64 personalRows = 1; // the case stored first
    for (const CaseRecord& record : std::as_const(batch)) {
        topicRows += record.topics.size();
        personalRows += record.personal.isEmpty() ? 0 : 1;
    }
    CHECK(rowCount(*file, QStringLiteral("case_topic")) == topicRows + 2);
    CHECK(rowCount(*file, QStringLiteral("case_personal")) == personalRows);
    CHECK(rowCount(*file, QStringLiteral("case_search")) == 212);
    // One coordinator entry a case, from the day it was received.
    CHECK(rowCount(*file, QStringLiteral("case_coordinator")) == 212);
    QSqlQuery matching(file->database());
    REQUIRE(matching.exec(
        QStringLiteral("SELECT COUNT(*) FROM case_record c JOIN case_coordinator k ON k.case_id = c.id "
                       "AND k.since = c.received_on AND k.coordinator_id IS c.coordinator_id "
                       "AND c.handed_over_on IS NULL")));
    REQUIRE(matching.next());
    CHECK(matching.value(0).toLongLong() == 212);
}

TEST_CASE("an inserter reports every case number already in use, with the caller's tag", "[cases]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CaseRepository cases(*file);
    CaseRecord existing = sampleCase();
    existing.caseNo = QStringLiteral("A-50");
    REQUIRE(cases.add(existing).ok());

    storage::WriteTransaction transaction(file->database());
    REQUIRE(transaction.begin().ok());
    auto inserter = cases.inserter();
    REQUIRE(inserter.ok());
    for (int i = 0; i < 100; ++i) {
        CaseRecord record = sampleCase();
        record.caseNo = QStringLiteral("A-%1").arg(i == 70 ? 3 : i);
        REQUIRE(inserter->insert(record, 1000 + i).ok());
    }
    REQUIRE(inserter->finish().ok());
    const auto& duplicates = inserter->duplicates();
    REQUIRE(duplicates.size() == 2);
    CHECK(duplicates.at(0).tag == 1050);
    CHECK(duplicates.at(0).caseNo == QStringLiteral("A-50"));
    CHECK(duplicates.at(1).tag == 1070);
    CHECK(duplicates.at(1).caseNo == QStringLiteral("A-3"));
    transaction.rollback();
    CHECK(cases.count().value() == 1);
}

TEST_CASE("a batch that gives one number twice fails and stores nothing", "[cases]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CaseRepository cases(*file);
    QList<CaseRecord> batch;
    for (int i = 0; i < 40; ++i) {
        batch.append(sampleCase());
        batch.last().caseNo = QStringLiteral("B-%1").arg(i == 37 ? 2 : i);
    }
    const auto result = cases.addAll(batch);
    REQUIRE_FALSE(result.ok());
    CHECK(result.message() == QStringLiteral("Case number B-2 is already in use."));
    CHECK(cases.count().value() == 0);
    CHECK(rowCount(*file, QStringLiteral("case_topic")) == 0);
    CHECK(batch[0].id == 0);
}

TEST_CASE("care needs given twice are a problem of the case", "[cases]")
{
    CaseRecord record = sampleCase();
    record.careNeeds = {QStringLiteral("suction"), QStringLiteral("oxygen"), QStringLiteral("suction")};
    CHECK(CaseRepository::validate(record, MasterData::kanagawa(), QDate(2024, 6, 30)) ==
          QList<FieldProblem>{{QStringLiteral("care_needs"), QStringLiteral("\"suction\" is given twice")}});
}

TEST_CASE("validate refuses control characters in text and invisible ones in a case number",
          "[cases][lookalike]")
{
    const MasterData& master = MasterData::kanagawa();
    const QDate today(2024, 12, 31);
    CaseRecord record = sampleCase();
    record.caseNo = QStringLiteral("2024-\u202E0001");
    record.personal.childName = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    record.personal.consulterName = QStringLiteral("x\ty");
    record.personal.contact = QStringLiteral("090\u0085");
    record.note = QStringLiteral("tabs\tand\nline breaks are fine\r\nin a note, \x1b is not");
    const auto problems = CaseRepository::validate(record, master, today);
    QStringList lines;
    for (const FieldProblem& p : problems) {
        lines.append(p.field + QStringLiteral(": ") + p.message);
    }
    CHECK(lines.join(QLatin1Char('\n')).toStdString() ==
          "case_no: an invisible character (U+202E) at character 6 is not allowed\n"
          "child_name: an invisible control character (U+0000) at character 2 is not allowed\n"
          "consulter_name: a line break or tab (U+0009) at character 2 is not allowed in this field\n"
          "contact: an invisible control character (U+0085) at character 4 is not allowed\n"
          "note: an invisible control character (U+001B) at character 43 is not allowed");
    // The store refuses what validate refuses.
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CHECK_FALSE(CaseRepository(*file).add(record).ok());
    CHECK(CaseRepository(*file).count().value() == 0);
}
