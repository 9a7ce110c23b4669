// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "cli/Cli.h"
#include "statistics/StatisticsEngine.h"
#include "storage/BranchFile.h"
#include "storage/BranchLock.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

struct CliRun
{
    int exitCode = 0;
    QByteArray bytes; ///< stdout as written
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    run.exitCode = cli::run(arguments, out, err);
    run.bytes = out.data();
    run.out = QString::fromUtf8(out.data());
    run.err = QString::fromUtf8(err.data());
    return run;
}

} // namespace

TEST_CASE("tsunagu-cli imports the seed's cases and prints the spec's summary", "[cli]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("fy-r5.tsunagu"));
    const auto imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                                  dataPath(QStringLiteral("seed-fy-r5/fy-r5-cases-cp932.csv"))});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.startsWith(QStringLiteral("Imported 77 case(s) from ")));
    CHECK(imported.out.contains(QStringLiteral("(cp932)")));

    const auto info = runCli({QStringLiteral("info"), QStringLiteral("--db"), db});
    CHECK(info.out.contains(QStringLiteral("(yokosuka-miura)"))); // the region most cases came from

    const auto json = runCli({QStringLiteral("summary"), QStringLiteral("--db"), db,
                              QStringLiteral("--fiscal-year"), QStringLiteral("2023")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.toStdString() ==
          readAll(dataPath(QStringLiteral("seed-fy-r5/fy-r5-summary-expected.json"))).toStdString());
    const auto range =
        runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                QStringLiteral("R5.4.1"), QStringLiteral("--to"), QStringLiteral("2024/3/31")});
    CHECK(range.out == json.out);

    const auto text =
        runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--fiscal-year"),
                QStringLiteral("2023"), QStringLiteral("--format"), QStringLiteral("text")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.startsWith(
        QStringLiteral("相談件数 77件（完了 36件、継続 36件、経過観察 5件（令和6年3月31日現在））")));

    const auto month =
        runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                QStringLiteral("2024-02"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(month.exitCode == 0);
    CHECK(month.bytes.startsWith("\xEF\xBB\xBF"
                                 "section,code,label,count\r\n"));
}

TEST_CASE("tsunagu-cli export writes the exchange CSV, personal data only when asked", "[cli]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("b.tsunagu"));
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                    dataPath(QStringLiteral("seed-fy-r5/fy-r5-cases.csv"))})
                .exitCode == 0);
    const QString out = dir.path(QStringLiteral("out.csv"));
    const auto exported =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--output"), out});
    REQUIRE(exported.exitCode == 0);
    const QByteArray plain = readAll(out);
    CHECK(plain.startsWith("\xEF\xBB\xBF"
                           "case_no,received_on,municipality,method,consulter,topics,status,"
                           "status_since,coordinator,child_age,care_needs,note\r\n"));
    CHECK_FALSE(plain.contains("テスト 太郎1"));
    const auto personal =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--include-personal")});
    CHECK(personal.out.contains(QStringLiteral("テスト 太郎1")));
}

TEST_CASE("tsunagu-cli refuses a bad CSV whole and says where", "[cli]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("b.tsunagu"));
    const QString csv = dir.path(QStringLiteral("bad.csv"));
    writeAll(csv, "received_on,municipality,method,consulter,topics,status\n"
                  "2024-04-01,142051,phone,parent,respite,ongoing\n"
                  "2024-04-31,142051,phone,parent,respite,ongoing\n");
    const auto run = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, csv});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("row 3, column received_on: \"2024-04-31\"")));
    CHECK_FALSE(QFileInfo::exists(db)); // a new branch file is not left behind

    // Into an existing file: it stays as it was.
    REQUIRE(runCli({QStringLiteral("create"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                    QStringLiteral("X"), QStringLiteral("--region"), QStringLiteral("kenoh")})
                .exitCode == 0);
    const QByteArray before = fileHash(db);
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, csv}).exitCode == 1);
    CHECK(fileHash(db) == before);
}

TEST_CASE("export --help says what a CSV does not carry, and what moves a branch whole", "[cli][csv-export]")
{
    const auto help = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    INFO(help.out.toStdString());
    // Only the current status: importing the file elsewhere changes past figures.
    CHECK(help.out.contains(QStringLiteral("status history")));
    CHECK(help.out.contains(QStringLiteral("contact log")));
    CHECK(help.out.contains(QStringLiteral("Save a Copy")));
}

TEST_CASE("tsunagu-cli explains usage mistakes with exit code 2", "[cli]")
{
    CHECK(runCli({}).exitCode == 2);
    const auto help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("summary")));
    const auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.startsWith(QStringLiteral("tsunagu-cli: unknown command \"frobnicate\".")));
    for (const QString& command :
         {QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("summary"),
          QStringLiteral("create"), QStringLiteral("info"), QStringLiteral("generate")}) {
        const auto commandHelp = runCli({command, QStringLiteral("--help")});
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out.contains(QStringLiteral("--db")));
    }
    const auto noPeriod =
        runCli({QStringLiteral("summary"), QStringLiteral("--db"), QStringLiteral("x.tsunagu")});
    CHECK(noPeriod.exitCode == 2);
    CHECK(noPeriod.err.contains(
        QStringLiteral("give the period as --from and --to, --month or --fiscal-year")));
    const auto badMonth =
        runCli({QStringLiteral("summary"), QStringLiteral("--db"), QStringLiteral("x.tsunagu"),
                QStringLiteral("--month"), QStringLiteral("2024-13")});
    CHECK(badMonth.exitCode == 2);
    const auto badEncoding =
        runCli({QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("x.tsunagu"),
                QStringLiteral("--encoding"), QStringLiteral("latin1"), QStringLiteral("a.csv")});
    CHECK(badEncoding.exitCode == 2);
    const auto missing =
        runCli({QStringLiteral("summary"), QStringLiteral("--db"), QStringLiteral("/nonexistent/x.tsunagu"),
                QStringLiteral("--fiscal-year"), QStringLiteral("2024")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("tsunagu-cli generate spreads the cases over the fiscal years asked for", "[cli][demo]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("history.tsunagu"));
    const auto generated =
        runCli({QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--cases"),
                QStringLiteral("500"), QStringLiteral("--years"), QStringLiteral("10"),
                QStringLiteral("--today"), QStringLiteral("2026-03-31")});
    REQUIRE(generated.exitCode == 0);
    auto file = BranchFile::open(db, BranchFile::Access::ReadOnly);
    REQUIRE(file.ok());
    const auto range = statistics::StatisticsEngine(*file.value()).receivedRange();
    REQUIRE(range.ok());
    REQUIRE(range->has_value());
    CHECK((*range)->from >= QDate(2016, 4, 1));
    CHECK((*range)->from < QDate(2016, 5, 1));
    CHECK((*range)->to <= QDate(2026, 3, 31));

    const auto bad =
        runCli({QStringLiteral("generate"), QStringLiteral("--db"), dir.path(QStringLiteral("x.tsunagu")),
                QStringLiteral("--years"), QStringLiteral("0")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--years")));
}

TEST_CASE("a long import keeps the lock's heartbeat going without an event loop", "[cli][lock]")
{
    ScratchDir dir;
    const QString source = dir.path(QStringLiteral("source.tsunagu"));
    const QString csv = dir.path(QStringLiteral("cases.csv"));
    const QString db = dir.path(QStringLiteral("target.tsunagu"));
    REQUIRE(runCli({QStringLiteral("generate"), QStringLiteral("--db"), source, QStringLiteral("--cases"),
                    QStringLiteral("20000"), QStringLiteral("--seed"), QStringLiteral("7")})
                .exitCode == 0);
    REQUIRE(
        runCli({QStringLiteral("export"), QStringLiteral("--db"), source, QStringLiteral("--output"), csv})
            .exitCode == 0);
    REQUIRE(createBranch(db));

    const storage::BranchLock::Options saved = storage::BranchLock::defaultOptions();
    storage::BranchLock::Options fast = saved;
    fast.heartbeatInterval = std::chrono::milliseconds(20);
    storage::BranchLock::setDefaultOptions(fast);
    // Watches the lock file as another computer would, noting each new beat.
    std::atomic_bool stop{false};
    QSet<QByteArray> beats;
    std::thread watcher([&] {
        while (!stop) {
            QFile file(storage::BranchLock::lockPathFor(db));
            if (file.open(QIODevice::ReadOnly)) {
                beats.insert(file.readAll());
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    QElapsedTimer timer;
    timer.start();
    const auto imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, csv});
    const qint64 elapsed = timer.elapsed();
    stop = true;
    watcher.join();
    storage::BranchLock::setDefaultOptions(saved);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.startsWith(QStringLiteral("Imported 20000 case(s)")));
    INFO("import took " << elapsed << " ms");
    CHECK(elapsed > 200);
    CHECK(beats.size() >= elapsed / 20 / 3); // most beats seen, however busy the importing thread
}

TEST_CASE("tsunagu-cli export onto a full disk says so and names the file", "[cli][disk-full]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("b.tsunagu"));
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                    dataPath(QStringLiteral("seed-fy-r5/fy-r5-cases.csv"))})
                .exitCode == 0);

#if defined(Q_OS_LINUX)
    SECTION("standard output on a full device")
    {
        QFile full(QStringLiteral("/dev/full"));
        REQUIRE(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QBuffer err;
        err.open(QIODevice::WriteOnly);
        CHECK(cli::run({QStringLiteral("export"), QStringLiteral("--db"), db}, full, err) == 1);
        CHECK(QString::fromUtf8(err.data()).toStdString() ==
              "Cannot write the output: the disk is full (No space left on device)\n");
    }
#endif
    SECTION("--output on a full disk")
    {
        SmallDisk disk(8); // the export is about 15 KB
        if (!disk.isMounted()) {
            WARN("SKIP: no small disk to fill: " << disk.whyNot().toStdString());
            return;
        }
        const QString out = disk.path(QStringLiteral("out.csv"));
        const auto run = runCli({QStringLiteral("export"), QStringLiteral("--db"), db,
                                 QStringLiteral("--include-personal"), QStringLiteral("--output"), out});
        CHECK(run.exitCode == 1);
        CHECK(run.err.toStdString() ==
              QStringLiteral("Cannot write %1: the disk is full (No space left on device)\n")
                  .arg(out)
                  .toStdString());
        CHECK_FALSE(QFileInfo::exists(out));
    }
}
