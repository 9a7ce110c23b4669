// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The bad-input catalogue: every malformed CSV of tests/data/csv/bad/ (see
// make_fixtures.py there) is refused whole, with a message that says what is
// wrong and where, and leaves the branch file's bytes as they were.
#include "TestSupport.h"
#include "cases/CaseRepository.h"
#include "exchange/CaseCsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <catch2/catch.hpp>

#include <utility>

using namespace tsunagu;
using namespace tsunagu::exchange;
using namespace tsunagu::test;

namespace {

/// A branch file holding 2022-0001 and A-1, as the fixtures expect.
std::unique_ptr<BranchFile> branchWithCases(const QString& path)
{
    auto file = createBranch(path);
    CaseRecord first = sampleCase(QDate(2022, 4, 1));
    first.caseNo = QStringLiteral("2022-0001");
    CaseRecord second = sampleCase(QDate(2024, 4, 1));
    second.caseNo = QStringLiteral("A-1");
    QList<CaseRecord> cases{first, second};
    REQUIRE(CaseRepository(*file).addAll(cases).ok());
    return file;
}

/// The fixtures and their expected message, from expected.tsv.
QList<std::pair<QString, QString>> catalogue()
{
    QList<std::pair<QString, QString>> entries;
    const QString manifest = QString::fromUtf8(readAll(dataPath(QStringLiteral("csv/bad/expected.tsv"))));
    for (const QString& line : manifest.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList parts = line.split(QLatin1Char('\t'));
        REQUIRE(parts.size() == 2);
        entries.append({parts.at(0), parts.at(1)});
    }
    return entries;
}

/// Imports \a bytes into \a file, which must refuse them with a message
/// containing \a expected and stay byte for byte as it was.
void checkRefused(BranchFile& file, const QByteArray& bytes, const QString& expected)
{
    const QByteArray before = fileHash(file.path());
    const auto result = CaseCsv::import(file, bytes, Encoding::Auto);
    INFO("message: " << result.message().toStdString());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Invalid);
    CHECK(result.message().contains(expected));
    CHECK(fileHash(file.path()) == before);
    CHECK_FALSE(QFileInfo::exists(file.path() + QStringLiteral("-journal")));
    CHECK(CaseRepository(file).count().value() == 2);
}

} // namespace

TEST_CASE("every malformed CSV of the catalogue is refused whole, said where, and changes nothing",
          "[csv-import][bad-input]")
{
    ScratchDir dir;
    auto file = branchWithCases(dir.path(QStringLiteral("b.tsunagu")));
    const auto entries = catalogue();
    CHECK(entries.size() >= 40);
    QStringList listed;
    for (const auto& [name, expected] : entries) {
        INFO("fixture: " << name.toStdString() << "\nexpected: " << expected.toStdString());
        listed.append(name);
        checkRefused(*file, readAll(dataPath(QStringLiteral("csv/bad/") + name)), expected);
    }
    // Every fixture in the folder is in the manifest.
    QDir folder(dataPath(QStringLiteral("csv/bad")));
    for (const QString& name : folder.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        INFO(name.toStdString());
        CHECK(listed.contains(name));
    }
}

TEST_CASE("a field of ten megabytes is refused with its size and the likely cause", "[csv-import][bad-input]")
{
    ScratchDir dir;
    auto file = branchWithCases(dir.path(QStringLiteral("b.tsunagu")));
    QByteArray bytes = "case_no,received_on,municipality,method,consulter,topics,status,note\r\n"
                       "B-1,2024-04-01,142051,phone,parent,respite,ongoing,\"";
    bytes.append(QByteArray(10 * 1024 * 1024, 'x'));
    bytes.append("\"\r\n");
    checkRefused(
        *file, bytes,
        QStringLiteral("row 2, column note: 10485760 characters, more than the 100000 a field may hold "
                       "(is a quote not closed where it should be?)"));
}

TEST_CASE("a header after a second BOM reads as the names it shows", "[csv-import]")
{
    ScratchDir dir;
    auto file = branchWithCases(dir.path(QStringLiteral("b.tsunagu")));
    const QByteArray bytes = "\xEF\xBB\xBF\xEF\xBB\xBF"
                             "case_no,received_on,municipality,method,consulter,topics,status\r\n"
                             "B-1,2024-04-01,142051,phone,parent,respite,ongoing\r\n";
    const auto result = CaseCsv::import(*file, bytes, Encoding::Auto);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    CHECK(result->imported == 1);
}
