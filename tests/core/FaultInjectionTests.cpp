// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every write path under injected I/O faults: an import, a case save and a
// migration run with a fault at each of their I/O calls in turn (SQLite's
// "I/O error testing"). After each, the next open must just work, the file
// must pass integrity_check and hold exactly the state before or after the
// operation, and a reported failure must say what happened, not call an
// intact file damaged.
//
// CI runs every Nth step (TSUNAGU_FAULT_STRIDE; by default every step of the
// save and every 3rd of a migration, every 31st of the import, so that a
// run takes seconds); TSUNAGU_FAULT_STRIDE=1 runs every step (see
// CONTRIBUTING.md).

#include "TestSupport.h"
#include "cases/CaseRepository.h"
#include "contacts/ContactRepository.h"
#include "coordinators/CoordinatorRepository.h"
#include "demo/DemoGenerator.h"
#include "exchange/CaseCsv.h"
#include "storage/BranchFile.h"
#include "storage/Transaction.h"
#include "support/FaultVfs.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace tsunagu;
using tsunagu::test::FaultVfs;

namespace {

/// The content of every table, hashed: two files with the same dump hold the
/// same data, whatever their pages look like.
struct Dump
{
    QByteArray hash;
    qint64 cases = -1;
    QString integrity;
};

Dump dumpOf(const QString& path)
{
    static int counter = 0;
    const QString name = QStringLiteral("fault-dump-%1").arg(++counter);
    Dump dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QStringList lines;
        while (query.next()) {
            lines << query.value(0).toString();
        }
        dump.integrity = lines.join(QLatin1Char(';'));
        QStringList tables;
        REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                          "LIKE 'sqlite_%' ORDER BY name")));
        while (query.next()) {
            tables << query.value(0).toString();
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& table : tables) {
            hash.addData(table.toUtf8());
            // Rows sorted as text: some tables have no rowid to order by.
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            QList<QByteArray> tableRows;
            while (rows.next()) {
                QByteArray line;
                const QSqlRecord record = rows.record();
                for (int i = 0; i < record.count(); ++i) {
                    // Time stamps (created_at, updated_at) differ between runs.
                    if (!record.fieldName(i).endsWith(QLatin1String("_at"))) {
                        line += rows.value(i).toString().toUtf8() + '\x1f';
                    }
                }
                tableRows.append(line);
            }
            std::sort(tableRows.begin(), tableRows.end());
            for (const QByteArray& line : std::as_const(tableRows)) {
                hash.addData(line);
                hash.addData(QByteArrayView("\x1e", 1));
            }
        }
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM case_record")));
        REQUIRE(query.next());
        dump.cases = query.value(0).toLongLong();
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        hash.addData(query.value(0).toString().toUtf8());
        dump.hash = hash.result().toHex();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

int strideFor(int defaultStride)
{
    const int stride = qEnvironmentVariableIntValue("TSUNAGU_FAULT_STRIDE");
    return stride > 0 ? stride : defaultStride;
}

struct Tally
{
    int steps = 0;
    int failed = 0;
    int endedBefore = 0;
    int endedAfter = 0;
};

/// Runs \a operation on a fresh copy made by \a prepare, once without faults
/// and then with a fault at every \a stride-th I/O call, checking the rules
/// above after each.
Tally runWithFaults(const QString& path, const std::function<void()>& prepare,
                    const std::function<Result<void>()>& operation, FaultVfs::Failure failure,
                    bool persistent, int stride)
{
    prepare();
    const Dump before = dumpOf(path);
    REQUIRE(before.integrity == QLatin1String("ok"));

    FaultVfs::reset();
    {
        const auto clean = operation();
        INFO(clean.message().toStdString());
        REQUIRE(clean.ok());
    }
    const qint64 total = FaultVfs::calls();
    const Dump after = dumpOf(path);
    REQUIRE(after.hash != before.hash);
    REQUIRE(total > 0);

    Tally tally;
    // Start at a different offset per failure mode so that strides cover
    // different calls.
    for (qint64 step = 1 + (persistent ? stride / 2 : 0); step <= total + 1; step += stride) {
        prepare();
        FaultVfs::reset();
        FaultVfs::failAt(step, failure, persistent);
        const auto result = operation();
        const bool fired = FaultVfs::fired();
        FaultVfs::reset();
        ++tally.steps;

        INFO("fault at I/O call " << step << " of " << total << (persistent ? " (persistent)" : " (once)")
                                  << ", result: " << (result.ok() ? "ok" : result.message().toStdString()));
        if (!result.ok()) {
            ++tally.failed;
            REQUIRE(fired);
            // Say what happened: an intact file is never called damaged, a
            // full disk is called full, and no SQL detail stands alone.
            CHECK_FALSE(result.message().contains(QLatin1String("damaged")));
            CHECK_FALSE(result.message().contains(QLatin1String("FOREIGN KEY")));
            CHECK_FALSE(result.message().contains(QLatin1String("no transaction is active")));
            CHECK_FALSE(result.message().contains(QLatin1String("Unknown error")));
            if (failure == FaultVfs::Failure::DiskFull &&
                result.message().contains(QLatin1String("write"), Qt::CaseInsensitive)) {
                CHECK(result.message().contains(QLatin1String("disk is full")));
            }
        }
        // The next open just works (recovering an interrupted save).
        {
            auto reopened = BranchFile::open(path, BranchFile::Access::ReadWrite);
            INFO("reopen: " << reopened.message().toStdString());
            REQUIRE(reopened.ok());
        }
        const Dump now = dumpOf(path);
        REQUIRE(now.integrity == QLatin1String("ok"));
        INFO("cases before " << before.cases << ", after " << after.cases << ", now " << now.cases);
        REQUIRE((now.hash == before.hash || now.hash == after.hash));
        if (result.ok()) {
            REQUIRE(now.hash == after.hash);
        }
        if (now.hash == before.hash) {
            ++tally.endedBefore;
        } else {
            ++tally.endedAfter;
        }
    }
    return tally;
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    QFile::remove(to + QStringLiteral("-journal"));
    QFile::remove(to + QStringLiteral(".lock"));
    REQUIRE(QFile::copy(from, to));
    REQUIRE(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
}

/// A CSV of \a cases generated cases: large enough that SQLite spills pages
/// to the file before the commit, so faults hit the middle of the import.
QByteArray generatedCsv(const test::ScratchDir& scratch, int cases)
{
    const QString source = scratch.path(QStringLiteral("source.tsunagu"));
    auto file = test::createBranch(source);
    DemoGenerator::Options options;
    options.cases = cases;
    options.seed = 11;
    options.today = QDate(2024, 11, 30);
    REQUIRE(DemoGenerator::populate(*file, options).ok());
    exchange::ExportOptions exportOptions;
    exportOptions.includePersonal = true;
    auto csv = exchange::CaseCsv::exportCases(*file, exportOptions);
    REQUIRE(csv.ok());
    return csv.value();
}

const char* modeName(FaultVfs::Failure failure, bool persistent)
{
    if (failure == FaultVfs::Failure::DiskFull) {
        return persistent ? "disk full, persistent" : "disk full, once";
    }
    return persistent ? "I/O error, persistent" : "I/O error, once";
}

} // namespace

TEST_CASE("fault injection: an import is all or nothing under I/O faults at every step", "[faults][import]")
{
    const test::ScratchDir scratch;
    const QByteArray csv = generatedCsv(scratch, 3000);
    const QString original = scratch.path(QStringLiteral("original.tsunagu"));
    {
        auto file = test::createBranch(original);
        QList<CaseRecord> existing;
        for (int i = 0; i < 20; ++i) {
            existing << test::sampleCase(QDate(2020, 4, 1).addDays(i * 7));
        }
        REQUIRE(CaseRepository(*file).addAll(existing).ok());
    }
    const QString path = scratch.path(QStringLiteral("branch.tsunagu"));
    const auto prepare = [&] {
        copyFile(original, path);
    };
    const auto import = [&]() -> Result<void> {
        auto file = BranchFile::open(path, BranchFile::Access::ReadWrite);
        if (!file.ok()) {
            return file.error();
        }
        auto report = exchange::CaseCsv::import(*file.value(), csv, exchange::Encoding::Auto);
        if (!report.ok()) {
            return report.error();
        }
        return {};
    };

    const FaultVfs::Scope faults;
    for (const bool persistent : {false, true}) {
        for (const auto failure : {FaultVfs::Failure::IoError, FaultVfs::Failure::DiskFull}) {
            SECTION(modeName(failure, persistent))
            {
                const Tally tally = runWithFaults(path, prepare, import, failure, persistent, strideFor(31));
                WARN("import: " << tally.steps << " faults, " << tally.failed << " reported, "
                                << tally.endedBefore << " old state, " << tally.endedAfter << " new state");
            }
        }
    }
}

TEST_CASE("fault injection: saving a case with its contacts is all or nothing", "[faults][save]")
{
    const test::ScratchDir scratch;
    const QString original = scratch.path(QStringLiteral("original.tsunagu"));
    qint64 caseId = 0;
    qint64 coordinatorId = 0;
    {
        auto file = test::createBranch(original);
        Coordinator coordinator{
            0, QStringLiteral("鈴木 一郎"), QStringLiteral("coordinator"), QString(), {}, {}, true};
        REQUIRE(CoordinatorRepository(*file).add(coordinator).ok());
        coordinatorId = coordinator.id;
        CaseRecord record = test::sampleCase(QDate(2024, 5, 1));
        auto id = CaseRepository(*file).add(record);
        REQUIRE(id.ok());
        caseId = id.value();
    }
    const QString path = scratch.path(QStringLiteral("branch.tsunagu"));
    const auto prepare = [&] {
        copyFile(original, path);
    };
    const auto save = [&]() -> Result<void> {
        auto file = BranchFile::open(path, BranchFile::Access::ReadWrite);
        if (!file.ok()) {
            return file.error();
        }
        CaseRepository cases(*file.value());
        auto record = cases.load(caseId);
        if (!record.ok()) {
            return record.error();
        }
        record->topics = {QStringLiteral("school-entry")};
        record->note = QStringLiteral("就学相談へ切り替え。");
        record->statusHistory.append({QStringLiteral("observation"), QDate(2024, 6, 1)});
        // A handover: the case's coordinator history is written again.
        record->coordinatorId = coordinatorId;
        record->coordinatorSince = QDate(2024, 6, 1);
        // As the case editor saves: the case and its contact log together.
        storage::WriteTransaction transaction(file.value()->database());
        if (auto r = transaction.begin(); !r.ok()) {
            return r;
        }
        if (auto r = cases.updateInTransaction(record.value()); !r.ok()) {
            return r;
        }
        QList<ContactRecord> contacts;
        for (int i = 0; i < 3; ++i) {
            ContactRecord contact;
            contact.caseId = caseId;
            contact.contactedOn = QDate(2024, 6, 3 + i);
            contact.kind = QStringLiteral("connect");
            contact.method = QStringLiteral("phone");
            contact.note = QStringLiteral("訪問看護ステーションへ連絡 %1").arg(i);
            contacts << contact;
        }
        if (auto r = ContactRepository(*file.value()).replaceInTransaction(caseId, contacts); !r.ok()) {
            return r;
        }
        if (auto r = transaction.commit(); !r.ok()) {
            return r;
        }
        return {};
    };

    const FaultVfs::Scope faults;
    for (const bool persistent : {false, true}) {
        for (const auto failure : {FaultVfs::Failure::IoError, FaultVfs::Failure::DiskFull}) {
            SECTION(modeName(failure, persistent))
            {
                const Tally tally = runWithFaults(path, prepare, save, failure, persistent, strideFor(1));
                WARN("save: " << tally.steps << " faults, " << tally.failed << " reported");
            }
        }
    }
}

TEST_CASE("fault injection: a migration is all or nothing", "[faults][migration]")
{
    const test::ScratchDir scratch;
    const QString path = scratch.path(QStringLiteral("branch.tsunagu"));
    const auto migrate = [&]() -> Result<void> {
        auto file = BranchFile::open(path, BranchFile::Access::ReadWrite);
        if (!file.ok()) {
            return file.error();
        }
        return {};
    };
    const FaultVfs::Scope faults;
    for (const char* version : {"v1", "v2", "v3"}) {
        SECTION(version)
        {
            const QString fixture =
                test::dataPath(QStringLiteral("schema/%1.tsunagu").arg(QLatin1String(version)));
            const auto prepare = [&] {
                copyFile(fixture, path);
            };
            for (const bool persistent : {false, true}) {
                const Tally tally = runWithFaults(path, prepare, migrate, FaultVfs::Failure::IoError,
                                                  persistent, strideFor(3));
                WARN("migration from " << version << ": " << tally.steps << " faults, " << tally.failed
                                       << " reported");
            }
        }
    }
}
