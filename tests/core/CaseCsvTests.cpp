// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "cases/CaseRepository.h"
#include "common/SaveFile.h"
#include "coordinators/CoordinatorRepository.h"
#include "exchange/CaseCsv.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/TextCodec.h"
#include "storage/ReadConnection.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <functional>

using namespace tsunagu;
using namespace tsunagu::exchange;
using namespace tsunagu::test;

namespace {

const QByteArray Header = "case_no,received_on,municipality,method,consulter,topics,status,status_since\n";

QByteArray csv(const QByteArray& rows)
{
    return Header + rows;
}

QString importError(const QByteArray& bytes, Encoding encoding = Encoding::Auto)
{
    const auto read = CaseCsv::read(bytes, encoding, MasterData::kanagawa(), nullptr, QDate(2024, 12, 31));
    REQUIRE_FALSE(read.ok());
    return read.message();
}

} // namespace

TEST_CASE("a CSV row becomes a case with its codes, dates and status history", "[csv-import]")
{
    const QByteArray bytes =
        "\xEF\xBB\xBF"
        "相談番号,受付日,市町村,相談方法,相談者,相談内容,状況,状況変更日,年齢,医療的ケア,備考\r\n"
        "A-1,R6.4.1,藤沢市,電話,親・親族,レスパイト；入園に関すること（保育園・幼稚園）,完了,"
        "2024/5/10,３,吸引;気管切開,\"複数行の\r\n備考, 引用\"\"あり\"\"\"\r\n";
    Encoding detected = Encoding::Cp932;
    const auto read =
        CaseCsv::read(bytes, Encoding::Auto, MasterData::kanagawa(), &detected, QDate(2024, 12, 31));
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    CHECK(detected == Encoding::Utf8);
    REQUIRE(read->size() == 1);
    const ImportedCase& c = read->constFirst();
    CHECK(c.row == 2);
    CHECK(c.record.caseNo == QStringLiteral("A-1"));
    CHECK(c.record.receivedOn == QDate(2024, 4, 1));
    CHECK(c.record.municipalityCode == QStringLiteral("142051"));
    CHECK(c.record.method == QStringLiteral("phone"));
    CHECK(c.record.consulter == QStringLiteral("parent"));
    CHECK(c.record.topics == QStringList{QStringLiteral("respite"), QStringLiteral("nursery")});
    CHECK(c.record.careNeeds == QStringList{QStringLiteral("tracheostomy"), QStringLiteral("suction")});
    CHECK(c.record.childAge == 3);
    CHECK(c.record.note == QStringLiteral("複数行の\n備考, 引用\"あり\""));
    CHECK(c.record.statusHistory == QList<StatusChange>{{QStringLiteral("ongoing"), QDate(2024, 4, 1)},
                                                        {QStringLiteral("completed"), QDate(2024, 5, 10)}});
    CHECK(c.record.statusOn(QDate(2024, 5, 9)) == QStringLiteral("ongoing"));
}

TEST_CASE("every bad row is named with its spreadsheet row and column", "[csv-import]")
{
    const QByteArray bytes = csv("A-1,2024-04-01,142051,phone,parent,respite,ongoing,\n"
                                 "A-2,2024-02-30,142051,pigeon,parent,respite,ongoing,\n"
                                 "\"A-3\",2024-04-02,\"藤沢市\",phone,parent,\"respite\n"
                                 "\",ongoing,\n"
                                 "A-1,2024-04-03,東京都,phone,,respite;magic,done,2024-03-01\n"
                                 "A-5,2024-04-03,outside,phone,parent,respite,completed,2024-03-01\n"
                                 "A-6,2024-04-03,outside,phone,parent,respite\n");
    const QString message = importError(bytes);
    const QStringList lines = message.split(QLatin1Char('\n'));
    CHECK(lines ==
          QStringList{
              QStringLiteral("Nothing was imported: 9 problem(s) in the file."),
              QStringLiteral("row 3, column received_on: \"2024-02-30\": 2024-02 has no day 30"),
              QStringLiteral("row 3, column method: \"pigeon\" is not a known code or label"),
              QStringLiteral("row 5, column municipality: \"東京都\" is not a municipality code or name"),
              QStringLiteral("row 5, column consulter: a value is required"),
              QStringLiteral("row 5, column topics: \"magic\" is not a known code or label"),
              QStringLiteral("row 5, column status: \"done\" is not a known code or label"),
              QStringLiteral("row 5, column case_no: case number A-1 repeats row 2"),
              QStringLiteral("row 6, column status_since: 2024-03-01 is before the date received "
                             "(2024-04-03)"),
              QStringLiteral("row 7: 6 fields, but the header has 8"),
          });
}

TEST_CASE("the header must name known columns and every required one", "[csv-import]")
{
    CHECK(importError("case_no,received_on,municipality,method,consulter,topics,status,notes\n"
                      "A-1,2024-04-01,142051,phone,parent,respite,ongoing,x\n") ==
          QStringLiteral(
              "Nothing was imported: 1 problem(s) in the file.\nrow 1, column notes: unknown column"));
    CHECK(importError("受付日,市町村,相談方法,相談者,状況\n2024-04-01,142051,phone,parent,ongoing\n") ==
          QStringLiteral("Nothing was imported: 1 problem(s) in the file.\n"
                         "row 1: the required column 相談内容 (topics) is missing"));
    CHECK(importError("受付日,received_on,市町村,相談方法,相談者,相談内容,状況\n") ==
          QStringLiteral("Nothing was imported: 1 problem(s) in the file.\n"
                         "row 1, column received_on: the column appears twice"));
    CHECK(importError(Header) ==
          QStringLiteral("Nothing was imported: the file has no cases below its header."));
    CHECK(importError("") == QStringLiteral("Nothing was imported: the file is empty."));
}

TEST_CASE("trailing empty rows from Excel are ignored", "[csv-import]")
{
    const auto read = CaseCsv::read(csv("A-1,2024-04-01,142051,phone,parent,respite,ongoing,\n,,,,,,,\n\n\n"),
                                    Encoding::Auto, MasterData::kanagawa(), nullptr, QDate(2024, 12, 31));
    REQUIRE(read.ok());
    CHECK(read->size() == 1);
}

TEST_CASE("a rejected import leaves the stored cases exactly as they were", "[csv-import]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("b.tsunagu"));
    auto file = createBranch(path);
    REQUIRE(
        CaseCsv::import(*file, csv("A-1,2024-04-01,142051,phone,parent,respite,ongoing,\n"), Encoding::Auto)
            .ok());
    const QByteArray exportedBefore = CaseCsv::exportCases(*file, {true, false}).value();

    SECTION("bad rows among good ones")
    {
        const auto result = CaseCsv::import(*file,
                                            csv("B-1,2024-04-02,142051,phone,parent,respite,ongoing,\n"
                                                "B-2,2024-04-02,142051,phone,parent,nothing,ongoing,\n"
                                                "B-3,2024-04-02,142051,phone,parent,respite,ongoing,\n"),
                                            Encoding::Auto);
        REQUIRE_FALSE(result.ok());
        CHECK(result.message().contains(
            QStringLiteral("row 3, column topics: \"nothing\" is not a known code")));
    }
    SECTION("a case number the branch already holds")
    {
        const auto result = CaseCsv::import(*file,
                                            csv("B-1,2024-04-02,142051,phone,parent,respite,ongoing,\n"
                                                "A-1,2024-04-02,142051,phone,parent,respite,ongoing,\n"),
                                            Encoding::Auto);
        REQUIRE_FALSE(result.ok());
        CHECK(result.message().endsWith(
            QStringLiteral("row 3, column case_no: case number A-1 is already in the branch file")));
    }
    CHECK(CaseRepository(*file).count().value() == 1);
    CHECK(CaseCsv::exportCases(*file, {true, false}).value() == exportedBefore);
}

TEST_CASE("importing names coordinators and numbers cases without a number", "[csv-import]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    const QByteArray bytes = "received_on,municipality,method,consulter,topics,status,coordinator\n"
                             "2024-04-01,142051,phone,parent,respite,ongoing,鈴木 一郎\n"
                             "2024-04-02,142051,line,supporter,respite,ongoing,山田 花子\n"
                             "2024-04-03,142051,email,supporter,respite,ongoing,鈴木 一郎\n";
    const auto report = CaseCsv::import(*file, bytes, Encoding::Utf8);
    REQUIRE(report.ok());
    CHECK(report->imported == 3);
    CHECK(report->coordinatorsCreated == 1); // 山田 花子 is the chief already
    CoordinatorRepository coordinators(*file);
    const auto suzuki = coordinators.findByName(QStringLiteral("鈴木 一郎")).value();
    REQUIRE(suzuki.has_value());
    CHECK(coordinators.openCaseCounts().value().value(suzuki->id) == 2);
    CaseRepository cases(*file);
    CHECK(cases.idForCaseNo(QStringLiteral("2024-0003")).value().has_value());
}

TEST_CASE("export leaves personal data out unless asked, and can speak Japanese", "[csv-export]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    CaseRecord record = sampleCase(QDate(2024, 4, 1));
    record.caseNo = QStringLiteral("A-1");
    record.setStatus(QStringLiteral("completed"), QDate(2024, 5, 1));
    REQUIRE(CaseRepository(*file).add(record).ok());

    const QByteArray plain = CaseCsv::exportCases(*file, {}).value();
    CHECK(plain == QByteArray("\xEF\xBB\xBF"
                              "case_no,received_on,municipality,method,consulter,topics,status,status_since,"
                              "coordinator,child_age,care_needs,note\r\n"
                              "A-1,2024-04-01,142051,phone,parent,respite;nursery,completed,2024-05-01,,3,"
                              "tracheostomy;suction,\"保育園入園の相談。\n看護師配置を確認。\"\r\n"));
    const QByteArray japanese = CaseCsv::exportCases(*file, {true, true}).value();
    CHECK(japanese ==
          QByteArray("\xEF\xBB\xBF"
                     "相談番号,受付日,市町村,相談方法,相談者,相談内容,状況,状況変更日,"
                     "担当コーディネーター,年齢,医療的ケア,児童氏名,相談者氏名,連絡先,備考\r\n"
                     "A-1,2024-04-01,藤沢市,電話,親・親族,レスパイト;入園に関すること（保育園・幼稚園）,"
                     "完了,2024-05-01,,3,気管切開;吸引,佐藤 陽翔,佐藤 保護者,090-0000-0000,"
                     "\"保育園入園の相談。\n看護師配置を確認。\"\r\n"));
}

TEST_CASE("dates, ages and codes read the same in every accepted form", "[csv-import]")
{
    const QByteArray bytes =
        "received_on,status_since,municipality,method,consulter,topics,status,child_age,care_needs\n"
        "2024-04-01,2024/5/1,142051,phone,parent,respite,completed,3,\n"
        "2024/4/1,2024-05-01,１４２０５１,電話,親・親族,レスパイト,完了,03,\n"
        "2024-4-1,2024/05/01, 藤沢 ,\" phone \",parent,\" respite ; \",completed,３,\n"
        "\" 2024-04-01 \",R6.5.1,Fujisawa,phone,parent,respite,completed,\" 3 \",\n"
        "２０２４－０４－０１,令和6年5月1日,fujisawa,phone,parent,respite；,completed,+3,\n";
    const auto read =
        CaseCsv::read(bytes, Encoding::Auto, MasterData::kanagawa(), nullptr, QDate(2024, 12, 31));
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->size() == 5);
    for (const ImportedCase& c : read.value()) {
        INFO(c.row);
        CHECK(c.record.receivedOn == QDate(2024, 4, 1));
        CHECK(c.record.currentStatusSince() == QDate(2024, 5, 1));
        CHECK(c.record.municipalityCode == QStringLiteral("142051"));
        CHECK(c.record.method == QStringLiteral("phone"));
        CHECK(c.record.topics == QStringList{QStringLiteral("respite")});
        CHECK(c.record.childAge == 3);
    }
}

TEST_CASE("dates and ages that only look right are refused with the reason", "[csv-import]")
{
    const QByteArray header = "received_on,municipality,method,consulter,topics,status,child_age\n";
    CHECK(importError(header + "2024/04-01,142051,phone,parent,respite,ongoing,\n")
              .endsWith(QStringLiteral("row 2, column received_on: \"2024/04-01\" is not a date (expected "
                                       "YYYY-MM-DD)")));
    CHECK(importError(header + "0000-01-01,142051,phone,parent,respite,ongoing,\n")
              .endsWith(QStringLiteral("row 2, column received_on: \"0000-01-01\" is not a date (expected "
                                       "YYYY-MM-DD)")));
    CHECK(importError(header + "2023-02-29,142051,phone,parent,respite,ongoing,\n")
              .endsWith(QStringLiteral("row 2, column received_on: \"2023-02-29\": 2023-02 has no day 29")));
    CHECK(importError(header + "2024-13-01,142051,phone,parent,respite,ongoing,\n")
              .endsWith(QStringLiteral("row 2, column received_on: \"2024-13-01\": there is no month 13")));
    CHECK(importError(header + "2024-04-001,142051,phone,parent,respite,ongoing,\n")
              .contains(u"is not a date"));
    CHECK(importError(header + "2024-04-01,142051,phone,parent,respite,ongoing,1.5\n")
              .endsWith(QStringLiteral("row 2, column child_age: \"1.5\" is not a whole number of years")));
    CHECK(importError(header + "2024-04-01,142051,phone,parent,respite,ongoing,30\n")
              .endsWith(QStringLiteral("row 2, column child_age: the age must be between 0 and 29")));
    CHECK(importError(header + "2024-04-01,142051,phone,parent,respite,ongoing,9999999999\n")
              .endsWith(
                  QStringLiteral("row 2, column child_age: \"9999999999\" is not a whole number of years")));
}

TEST_CASE("care needs given twice are reported with their row and column", "[csv-import]")
{
    CHECK(importError("received_on,municipality,method,consulter,topics,status,医療的ケア\n"
                      "2024-04-01,142051,phone,parent,respite,ongoing,吸引;oxygen;suction\n") ==
          QStringLiteral("Nothing was imported: 1 problem(s) in the file.\n"
                         "row 2, column 医療的ケア: \"suction\" is given twice"));
}

TEST_CASE("a malformed CSV is reported alone, even after problems in rows above it", "[csv-import]")
{
    CHECK(importError(csv("A-1,2024-04-01,142051,pigeon,parent,respite,ongoing,\n"
                          "A-2,2024-04-01,142051,phone,parent,\"respite,ongoing,\n")) ==
          QStringLiteral("Nothing was imported: row 3: a quoted field is not closed"));
    CHECK(importError("case_no,nonsense\n1,2\n3,x\"y\n") ==
          QStringLiteral("Nothing was imported: row 3, column 2: a quote inside an unquoted field"));
    CHECK(importError("\n\r\n\n") == QStringLiteral("Nothing was imported: the file is empty."));
}

TEST_CASE("readEach sees every case without keeping them", "[csv-import]")
{
    QStringList seen;
    const auto count = CaseCsv::readEach(
        csv("A-1,2024-04-01,142051,phone,parent,respite,ongoing,\n"
            ",,,,,,,\n"
            "A-2,2024-04-02,outside,line,supporter,other,completed,2024-04-03\n"),
        Encoding::Auto, MasterData::kanagawa(), [&](const ImportedCase& c) { seen.append(c.record.caseNo); });
    REQUIRE(count.ok());
    CHECK(count.value() == 2);
    CHECK(seen == QStringList{QStringLiteral("A-1"), QStringLiteral("A-2")});
}

namespace {

/// A CSV of \a rows cases (with the header), case numbers from \a numbers.
QByteArray manyRows(int rows, const std::function<QString(int)>& numbers)
{
    QByteArray bytes = "相談番号,受付日,市町村,相談方法,相談者,相談内容,状況,状況変更日,担当コーディネーター,"
                       "年齢,医療的ケア,児童氏名,備考\r\n";
    const QStringList cities{QStringLiteral("藤沢市"), QStringLiteral("141003"), QStringLiteral("茅ヶ崎市"),
                             QStringLiteral("outside")};
    const QStringList topics{QStringLiteral("レスパイト"), QStringLiteral("respite;nursery"),
                             QStringLiteral("other；system"), QStringLiteral("home-life")};
    for (int i = 0; i < rows; ++i) {
        const QDate received = QDate(2023, 4, 1).addDays(i % 700);
        const QString row =
            QStringLiteral("%1,%2,%3,%4,parent,%5,%6,%7,%8,%9,%10,%11,\"note %12, \"\"q\"\"\r\nline\"\r\n")
                .arg(numbers(i), received.toString(Qt::ISODate), cities.at(i % 4),
                     i % 3 ? QStringLiteral("phone") : QStringLiteral("メール"), topics.at(i % 4),
                     i % 2 ? QStringLiteral("completed") : QStringLiteral("継続"),
                     i % 2 ? received.addDays(7).toString(Qt::ISODate) : QString(),
                     i % 5 ? QStringLiteral("鈴木 一郎") : QStringLiteral("新人 %1").arg(i % 3),
                     QString::number(i % 20), i % 4 ? QString() : QStringLiteral("吸引;oxygen"),
                     i % 2 ? QStringLiteral("児童%1").arg(i) : QString())
                .arg(i);
        bytes += row.toUtf8();
    }
    return bytes;
}

/// A device every write to which fails.
class FullDisk : public QIODevice
{
public:
    FullDisk() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64) override
    {
        setErrorString(QStringLiteral("disk full"));
        return -1;
    }
};

} // namespace

TEST_CASE("a large import stores every row as a small one would, numbering the rest", "[csv-import]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    // Rows without a number among rows that give one, some given numbers
    // lying ahead of those still to be assigned.
    const QByteArray bytes = manyRows(500, [](int i) {
        return i % 7 == 0
                   ? QString()
                   : QStringLiteral("%1-%2").arg(i < 250 ? 2023 : 2024).arg(i, 4, 10, QLatin1Char('0'));
    });
    const auto report = CaseCsv::import(*file, bytes, Encoding::Auto);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    CHECK(report->imported == 500);
    CHECK(report->coordinatorsCreated == 4);
    CHECK(CaseRepository(*file).count().value() == 500);

    // The same cases, read and stored one at a time with the old, simple path.
    const auto read = CaseCsv::read(bytes, Encoding::Auto, file->masterData());
    REQUIRE(read.ok());
    ScratchDir otherDir;
    auto other = createBranch(otherDir.path(QStringLiteral("o.tsunagu")));
    CoordinatorRepository coordinators(*other);
    CaseRepository otherCases(*other);
    for (ImportedCase c : read.value()) {
        if (!c.coordinatorName.isEmpty()) {
            auto found = coordinators.findByName(c.coordinatorName).value();
            if (!found) {
                Coordinator added;
                added.name = c.coordinatorName;
                added.role = QStringLiteral("coordinator");
                REQUIRE(coordinators.add(added).ok());
                found = added;
            }
            c.record.coordinatorId = found->id;
        }
        if (c.record.caseNo.isEmpty()) {
            // Numbered as the import numbers it: after the highest number of
            // its year, skipping numbers that rows further down give.
            c.record.caseNo = CaseRepository(*file).load(c.row - 1).value().caseNo;
        }
        REQUIRE(otherCases.add(c.record).ok());
    }
    CHECK(CaseCsv::exportCases(*file, {true, false}).value() ==
          CaseCsv::exportCases(*other, {true, false}).value());
    // Row 2 (the first case) has no number: 2023-0001 to 0006 are given
    // further down, 2023-0007 is free. Row 373 is the first of fiscal 2024
    // without one: 2024-0370 is the highest stored so far.
    CaseRepository cases(*file);
    CHECK(cases.load(1).value().caseNo == QStringLiteral("2023-0007"));
    CHECK(cases.load(8).value().caseNo == QStringLiteral("2023-0014"));
    CHECK(cases.load(372).value().caseNo == QStringLiteral("2024-0371"));
    CHECK(cases.load(379).value().caseNo == QStringLiteral("2024-0378"));
}

TEST_CASE("an import writes one coordinator entry a case, from the day it was received",
          "[csv-import][coordinator]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    const auto report = CaseCsv::import(*file, manyRows(1000, [](int) { return QString(); }), Encoding::Auto);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    REQUIRE(report->imported == 1000);
    QSqlQuery query(file->database());
    REQUIRE(query.exec(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM case_coordinator), (SELECT COUNT(DISTINCT case_id) FROM "
                       "case_coordinator), "
                       "(SELECT COUNT(*) FROM case_record c JOIN case_coordinator k ON k.case_id = c.id "
                       "  AND k.since = c.received_on AND k.coordinator_id IS c.coordinator_id "
                       "  AND c.handed_over_on IS NULL), "
                       "(SELECT COUNT(*) FROM case_record WHERE coordinator_id IS NOT NULL)")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1000);
    CHECK(query.value(1).toInt() == 1000);
    CHECK(query.value(2).toInt() == 1000);
    CHECK(query.value(3).toInt() == 1000); // every row names a coordinator
}

TEST_CASE("every case number a large import repeats from the branch file is reported", "[csv-import]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    REQUIRE(CaseCsv::import(*file,
                            csv("N-77,2024-04-01,142051,phone,parent,respite,ongoing,\n"
                                "N-301,2024-04-01,142051,phone,parent,respite,ongoing,\n"),
                            Encoding::Auto)
                .ok());
    const QByteArray before = CaseCsv::exportCases(*file, {true, false}).value();
    const auto result = CaseCsv::import(
        *file, manyRows(400, [](int i) { return QStringLiteral("N-%1").arg(i); }), Encoding::Auto);
    REQUIRE_FALSE(result.ok());
    CHECK(result.message() ==
          QStringLiteral("Nothing was imported: 2 problem(s) in the file.\n"
                         "row 79, column 相談番号: case number N-77 is already in the branch file\n"
                         "row 303, column 相談番号: case number N-301 is already in the branch file"));
    CHECK(CaseCsv::exportCases(*file, {true, false}).value() == before);
    CHECK(CoordinatorRepository(*file).all().value().size() == 1);
}

TEST_CASE("an export streams to a device exactly what it returns in memory", "[csv-export]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    REQUIRE(CaseCsv::import(*file, manyRows(3000, [](int i) { return QStringLiteral("S-%1").arg(i); }),
                            Encoding::Auto)
                .ok());
    for (const ExportOptions options : {ExportOptions{false, false}, ExportOptions{true, true}}) {
        const QByteArray inMemory = CaseCsv::exportCases(*file, options).value();
        CHECK(inMemory.size() > 200 * 1024); // several blocks of the writer
        QByteArray streamed;
        QBuffer buffer(&streamed);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(CaseCsv::exportCases(*file, options, buffer).ok());
        CHECK(streamed == inMemory);
        // And it reads back as the same cases.
        const auto read = CaseCsv::read(inMemory, Encoding::Auto, file->masterData());
        REQUIRE(read.ok());
        CHECK(read->size() == 3000);
    }

    FullDisk full;
    const auto failed = CaseCsv::exportCases(*file, {}, full);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == Error::Kind::Io);
    CHECK(failed.message().endsWith(QStringLiteral("disk full")));
}

TEST_CASE("the CSV reader walks records as views and the writer streams blocks", "[csv-stream]")
{
    const QString text = QStringLiteral("a,\"b \"\"q\"\"\",\"c\r\nd\"\r\n\r\n\"\",x\n");
    CsvReader reader(text);
    REQUIRE(reader.readRecord());
    CHECK(reader.row() == 1);
    REQUIRE(reader.fieldCount() == 3);
    CHECK(reader.field(0) == u"a");
    CHECK(reader.field(1) == u"b \"q\"");
    CHECK(reader.field(2) == u"c\nd");
    CHECK(reader.position() == text.indexOf(u"\r\n\r\n") + 2);
    REQUIRE(reader.readRecord());
    CHECK(reader.isEmptyLine());
    REQUIRE(reader.readRecord());
    CHECK(reader.row() == 3);
    CHECK(reader.record().fields == QStringList{QString(), QStringLiteral("x")});
    CHECK_FALSE(reader.readRecord());
    CHECK_FALSE(reader.error().has_value());

    CsvReader broken(u"a\n\"b\n");
    CHECK(broken.readRecord());
    CHECK_FALSE(broken.readRecord());
    REQUIRE(broken.error().has_value());
    CHECK(broken.error()->message == QStringLiteral("row 2: a quoted field is not closed"));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    QList<QStringList> rows;
    for (int i = 0; i < 20000; ++i) {
        rows.append({QStringLiteral("行%1").arg(i), QStringLiteral(" x,\"y\" "), QString()});
        writer.writeRow(rows.last());
    }
    rows.append({QString()});
    writer.writeRow(rows.last());
    rows.append(QStringList());
    writer.writeRow(rows.last());
    CHECK(bytes.size() > 0); // written as it goes, before the end
    REQUIRE(writer.flush());
    CHECK(bytes == CsvWriter::write(rows));
    CHECK(bytes.endsWith("\"\"\r\n\r\n"));
}

TEST_CASE("an import leaves the connection's temporary tables and settings as it found them", "[csv-import]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    const auto pragma = [&](const QString& sql) {
        QSqlQuery query(file->database());
        REQUIRE(query.exec(sql));
        return query.next() ? query.value(0).toInt() : -1;
    };
    const int tempStore = pragma(QStringLiteral("PRAGMA temp_store"));
    REQUIRE(CaseCsv::import(*file, manyRows(100, [](int i) { return QStringLiteral("T-%1").arg(i); }),
                            Encoding::Auto)
                .ok());
    CHECK(pragma(QStringLiteral("PRAGMA temp_store")) == tempStore);

    // A search of the case list keeps its hits in a temporary table, which
    // must outlive an import.
    pragma(QStringLiteral("CREATE TEMP TABLE hits (case_id INTEGER PRIMARY KEY)"));
    pragma(QStringLiteral("INSERT INTO temp.hits VALUES (1)"));
    REQUIRE(CaseCsv::import(*file, manyRows(100, [](int i) { return QStringLiteral("U-%1").arg(i); }),
                            Encoding::Auto)
                .ok());
    CHECK(pragma(QStringLiteral("SELECT COUNT(*) FROM temp.hits")) == 1);
    CHECK(CaseRepository(*file).count().value() == 200);
}

TEST_CASE("an export on a connection of its own can be cancelled and leaves no file", "[csv][export]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("export.tsunagu")));
    QList<CaseRecord> cases;
    for (int i = 0; i < 2500; ++i) {
        cases.append(sampleCase(QDate(2024, 4, 1).addDays(i % 300)));
    }
    REQUIRE(CaseRepository(*file).addAll(cases).ok());
    auto connection = storage::ReadConnection::open(file->databaseFilePath());
    REQUIRE(connection.ok());

    // The same CSV as through the file's own connection.
    QByteArray own;
    {
        QBuffer buffer(&own);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(CaseCsv::exportCases(*file, ExportOptions{}, buffer).ok());
    }
    QByteArray other;
    {
        QBuffer buffer(&other);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(
            CaseCsv::exportCases(connection->database(), file->masterData(), ExportOptions{}, buffer).ok());
    }
    CHECK(other == own);

    int asked = 0;
    const QString path = dir.path(QStringLiteral("cancelled.csv"));
    const auto result = writeFileAtomically(path, [&](QIODevice& device) {
        return CaseCsv::exportCases(connection->database(), file->masterData(), ExportOptions{}, device,
                                    [&] { return ++asked >= 2; });
    });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Cancelled);
    CHECK(asked == 2); // asked every thousand cases
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a cancelled import stores nothing", "[csv][import]")
{
    ScratchDir dir;
    auto source = createBranch(dir.path(QStringLiteral("source.tsunagu")));
    QList<CaseRecord> cases;
    for (int i = 0; i < 3000; ++i) {
        cases.append(sampleCase(QDate(2024, 4, 1).addDays(i % 300)));
    }
    REQUIRE(CaseRepository(*source).addAll(cases).ok());
    const QByteArray csv = CaseCsv::exportCases(*source, ExportOptions{}).value();

    auto target = createBranch(dir.path(QStringLiteral("target.tsunagu")));
    // Through a second connection, as the main window's worker does.
    auto worker = BranchFile::openForWorker(target->workerAccess());
    REQUIRE(worker.ok());
    int asked = 0;
    const auto cancelled =
        CaseCsv::import(*worker.value(), csv, Encoding::Auto, [&] { return ++asked >= 2; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK(CaseRepository(*target).count().value() == 0);

    const auto imported = CaseCsv::import(*worker.value(), csv, Encoding::Auto, [] { return false; });
    REQUIRE(imported.ok());
    CHECK(imported->imported == 3000);
    CHECK(CaseRepository(*target).count().value() == 3000);
}

TEST_CASE("text a spreadsheet would take for a formula is exported guarded and imported back exactly",
          "[csv-export][formula]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("source.tsunagu")));
    Coordinator coordinator;
    coordinator.name = QStringLiteral("'quoted");
    coordinator.role = QStringLiteral("coordinator");
    REQUIRE(CoordinatorRepository(*file).add(coordinator).ok());
    CaseRecord record = sampleCase(QDate(2024, 4, 1));
    record.caseNo = QStringLiteral("-7");
    record.coordinatorId = coordinator.id;
    record.note = QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"click\")");
    record.personal =
        PersonalData{QStringLiteral("-x"), QStringLiteral("@a"), QStringLiteral("+81-90-0000-0000")};
    REQUIRE(CaseRepository(*file).add(record).ok());
    CaseRecord tabbed = sampleCase(QDate(2024, 4, 2));
    tabbed.caseNo = QStringLiteral("A-2");
    tabbed.note = QStringLiteral("\t=1+1\nsecond line");
    tabbed.personal = PersonalData{QStringLiteral("''"), QStringLiteral("'"), QStringLiteral("'abc")};
    REQUIRE(CaseRepository(*file).add(tabbed).ok());

    const QByteArray exported = CaseCsv::exportCases(*file, {true, false}).value();
    // The bytes carry the guard: no cell begins with a formula character.
    CHECK(exported.contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\"\r\n"));
    CHECK(exported.contains("\r\n'-7,2024-04-01,"));
    CHECK(exported.contains(",''quoted,"));
    CHECK(exported.contains(",'-x,'@a,'+81-90-0000-0000,"));
    CHECK(exported.contains(",''','',''abc,\"'\t=1+1\nsecond line\"\r\n"));
    const auto records = CsvReader::parse(decodeText(exported, Encoding::Auto).value().text).value();
    for (const CsvRecord& r : records) {
        for (const QString& field : r.fields) {
            INFO(field.toStdString());
            CHECK_FALSE((field.startsWith(u'=') || field.startsWith(u'+') || field.startsWith(u'-') ||
                         field.startsWith(u'@') || field.startsWith(u'\t') || field.startsWith(u'\r')));
        }
    }

    auto copy = createBranch(dir.path(QStringLiteral("copy.tsunagu")));
    const auto imported = CaseCsv::import(*copy, exported, Encoding::Auto);
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(CaseCsv::exportCases(*copy, {true, false}).value() == exported);
    CaseRepository cases(*copy);
    const CaseRecord back = cases.load(cases.idForCaseNo(QStringLiteral("-7")).value().value()).value();
    CHECK(back.note == record.note);
    CHECK(back.personal.childName == QStringLiteral("-x"));
    CHECK(back.personal.consulterName == QStringLiteral("@a"));
    CHECK(back.personal.contact == QStringLiteral("+81-90-0000-0000"));
    CHECK(CoordinatorRepository(*copy).load(back.coordinatorId.value()).value().name ==
          QStringLiteral("'quoted"));
    const CaseRecord back2 = cases.load(cases.idForCaseNo(QStringLiteral("A-2")).value().value()).value();
    CHECK(back2.note == tabbed.note);
    CHECK(back2.personal.childName == QStringLiteral("''"));
    CHECK(back2.personal.consulterName == QStringLiteral("'"));
    CHECK(back2.personal.contact == QStringLiteral("'abc"));
}

TEST_CASE("a case number with invisible or full-width characters is the number it looks like",
          "[csv-import][lookalike]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    REQUIRE(CaseCsv::import(*file, csv("2022-0001,2022-04-01,142051,phone,parent,respite,ongoing,\n"),
                            Encoding::Auto)
                .ok());
    const QByteArray before = fileHash(file->path());

    SECTION("beside a stored case")
    {
        const QByteArray bytes =
            csv(QStringLiteral("2022\uFEFF-0001,2022-04-02,142051,phone,parent,respite,"
                               "ongoing,\n"
                               "2022-0001\u200B,2022-04-02,142051,phone,parent,respite,"
                               "ongoing,\n"
                               "\u2060２０２２－０００１,2022-04-02,142051,phone,parent,respite,"
                               "ongoing,\n")
                    .toUtf8());
        const auto result = CaseCsv::import(*file, bytes, Encoding::Auto);
        REQUIRE_FALSE(result.ok());
        CHECK(result.message().toStdString() == "Nothing was imported: 2 problem(s) in the file.\n"
                                                "row 3, column case_no: case number 2022-0001 repeats row 2\n"
                                                "row 4, column case_no: case number 2022-0001 repeats row 2");
        const auto alone = CaseCsv::import(
            *file,
            csv(QStringLiteral("2022-0001\u200C\u200D,2022-04-02,142051,phone,parent,respite,ongoing,\n")
                    .toUtf8()),
            Encoding::Auto);
        REQUIRE_FALSE(alone.ok());
        CHECK(alone.message().toStdString() ==
              "Nothing was imported: 1 problem(s) in the file.\n"
              "row 2, column case_no: case number 2022-0001 is already in the branch file");
    }
    SECTION("within one file")
    {
        const QByteArray bytes =
            csv(QStringLiteral("A-1,2022-04-02,142051,phone,parent,respite,ongoing,\n"
                               "Ａ－１,2022-04-02,142051,phone,parent,respite,ongoing,\n")
                    .toUtf8());
        CHECK(importError(bytes).endsWith(
            QStringLiteral("row 3, column case_no: case number A-1 repeats row 2")));
    }
    SECTION("other invisible characters are refused, not guessed at")
    {
        const QByteArray bytes =
            csv(QStringLiteral("2022-\u200E0009,2022-04-02,142051,phone,parent,respite,ongoing,\n").toUtf8());
        CHECK(importError(bytes).endsWith(
            QStringLiteral("row 2, column case_no: an invisible character (U+200E) at character 6 is not "
                           "allowed")));
    }
    CaseRepository cases(*file);
    CHECK(cases.count().value() == 1);
    CHECK(fileHash(file->path()) == before);
}

TEST_CASE("names and notes lose only invisible characters; codes and dates read through them",
          "[csv-import][lookalike]")
{
    const QByteArray bytes =
        QStringLiteral(
            "case_no,received_on,municipality,method,consulter,topics,status,child_age,child_name,"
            "consulter_name,contact,coordinator,note\n"
            "\uFEFFA-1,2024-04-01\u200B,\u200B142051,ｐｈｏｎｅ,parent\u2060,respite;\u200Bnursery,"
            "ongoing,３\u200B,ｻﾄｳ　髙\u200B橋,佐藤\u200D,０９０-０００,鈴木\uFEFF 一郎,"
            "\"10時～12時\u200B\tＯＫ\r\n二行目\"\n")
            .toUtf8();
    const auto read =
        CaseCsv::read(bytes, Encoding::Auto, MasterData::kanagawa(), nullptr, QDate(2024, 12, 31));
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    const ImportedCase& c = read->constFirst();
    CHECK(c.record.caseNo == QStringLiteral("A-1"));
    CHECK(c.record.receivedOn == QDate(2024, 4, 1));
    CHECK(c.record.municipalityCode == QStringLiteral("142051"));
    CHECK(c.record.method == QStringLiteral("phone"));
    CHECK(c.record.consulter == QStringLiteral("parent"));
    CHECK(c.record.topics == QStringList{QStringLiteral("respite"), QStringLiteral("nursery")});
    CHECK(c.record.childAge == 3);
    // No NFKC for names and text: half-width kana, 髙, ～ and full-width
    // digits stay as they were written.
    CHECK(c.record.personal.childName.toStdString() == "ｻﾄｳ　髙橋");
    CHECK(c.record.personal.consulterName.toStdString() == "佐藤");
    CHECK(c.record.personal.contact.toStdString() == "０９０-０００");
    CHECK(c.coordinatorName.toStdString() == "鈴木 一郎");
    CHECK(c.record.note.toStdString() == "10時～12時\tＯＫ\n二行目");
}

TEST_CASE("control characters in text fields are refused with their row and column",
          "[csv-import][lookalike]")
{
    const QByteArray header = "case_no,received_on,municipality,method,consulter,topics,status,child_name,"
                              "consulter_name,contact,coordinator,note\n";
    const QByteArray bytes = header + QByteArray("A-1,2024-04-01,142051,phone,parent,respite,ongoing,ab") +
                             QByteArray(1, '\0') +
                             ",,,,\n"
                             "A-2,2024-04-01,142051,phone,parent,respite,ongoing,\"x\ny\",,,,\n"
                             "A-3,2024-04-01,142051,phone,parent,respite,ongoing,,\x01,\x7f,\x1b[0m,\n"
                             "A-4,2024-04-01,142051,phone,parent,respite,ongoing,,,,,\"ok\tso\r\nfar\x0c\"\n"
                             "A\x08-5,2024-04-01,142051,phone,parent,respite,ongoing,,,,,\n";
    CHECK(
        importError(bytes).toStdString() ==
        "Nothing was imported: 7 problem(s) in the file.\n"
        "row 2, column child_name: an invisible control character (U+0000) at character 3 is not allowed\n"
        "row 3, column child_name: a line break or tab (U+000A) at character 2 is not allowed in this field\n"
        "row 4, column coordinator: an invisible control character (U+001B) at character 1 is not allowed\n"
        "row 4, column consulter_name: an invisible control character (U+0001) at character 1 is not "
        "allowed\n"
        "row 4, column contact: an invisible control character (U+007F) at character 1 is not allowed\n"
        "row 5, column note: an invisible control character (U+000C) at character 10 is not allowed\n"
        "row 6, column case_no: an invisible control character (U+0008) at character 2 is not allowed");
}

TEST_CASE("an export onto a full disk says the disk is full and names the file", "[csv-export][disk-full]")
{
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("b.tsunagu")));
    QList<CaseRecord> cases;
    for (int i = 0; i < 2000; ++i) {
        cases.append(sampleCase(QDate(2024, 4, 1).addDays(i % 300)));
    }
    REQUIRE(CaseRepository(*file).addAll(cases).ok());

    SmallDisk disk(64);
    if (!disk.isMounted()) {
        WARN("SKIP: no small disk to fill: " << disk.whyNot().toStdString());
        return;
    }
    const QString path = disk.path(QStringLiteral("cases.csv"));
    // As the desktop export writes it: through writeFileAtomically.
    const auto result = writeFileAtomically(path, [&](QIODevice& device) {
        return CaseCsv::exportCases(*file, ExportOptions{true, true}, device);
    });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Io);
    CHECK(result.message().toStdString() ==
          QStringLiteral("Cannot write %1: the disk is full (No space left on device)")
              .arg(path)
              .toStdString());
    CHECK(QDir(disk.path(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary left

    // A small file still fits, and a file already there is kept when the new
    // one does not fit.
    REQUIRE(writeFileAtomically(path, QByteArray(1000, 'x')).ok());
    const auto big = writeFileAtomically(path, QByteArray(200 * 1024, 'y'));
    REQUIRE_FALSE(big.ok());
    CHECK(big.message().endsWith(QStringLiteral("the disk is full (No space left on device)")));
    CHECK(readAll(path) == QByteArray(1000, 'x'));
}

TEST_CASE("an import refuses dates in the future, naming the row, column and date", "[csv-import][dates]")
{
    // "Today" is 2024-12-31 for importError().
    CHECK(importError(csv("A-1,2025-01-01,142051,phone,parent,respite,ongoing,\n"
                          "A-2,2024-04-01,142051,phone,parent,respite,completed,2025-01-02\n")) ==
          QStringLiteral("Nothing was imported: 3 problem(s) in the file.\n"
                         "row 2, column received_on: 2025-01-01 lies in the future\n"
                         "row 2, column status_since: 2025-01-01 lies in the future\n"
                         "row 3, column status_since: 2025-01-02 lies in the future"));
}
