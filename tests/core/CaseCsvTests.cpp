// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "cases/CaseRepository.h"
#include "coordinators/CoordinatorRepository.h"
#include "exchange/CaseCsv.h"
#include "exchange/TextCodec.h"

#include <catch2/catch.hpp>

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
