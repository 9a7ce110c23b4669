// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a branch file promises after a crash and beside other programs: an
// interrupted save is undone on the next open (never called "damaged"), a
// busy file is called busy, and nothing is written outside a transaction.

#include "TestSupport.h"
#include "cases/CaseRepository.h"
#include "cli/Cli.h"
#include "common/SaveFile.h"
#include "storage/BranchFile.h"
#include "storage/BranchLock.h"
#include "storage/FileCheck.h"
#include "storage/ReadConnection.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/wait.h>
#include <tuple>
#include <unistd.h>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

qint64 caseCount(BranchFile& file)
{
    auto count = CaseRepository(file).count();
    REQUIRE(count.ok());
    return count.value();
}

/// A branch file with \a cases cases, closed.
void makeBranch(const QString& path, int cases)
{
    auto file = createBranch(path);
    QList<CaseRecord> records;
    for (int i = 0; i < cases; ++i) {
        records << sampleCase(QDate(2024, 4, 1).addDays(i % 300));
    }
    REQUIRE(CaseRepository(*file).addAll(records).ok());
}

/// Starts a save in a child process that dies in the middle of it (as a
/// kill -9 or a power cut would), after SQLite has written changed pages into
/// the file: the journal beside it is hot.
void dieMidSave(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            _exit(2);
        }
        // A tiny cache: the changes spill into the file before any commit.
        sqlite3_exec(db,
                     "PRAGMA cache_size = 1; BEGIN IMMEDIATE; DELETE FROM case_personal; "
                     "UPDATE case_record SET note = 'half-written'; DELETE FROM case_record WHERE id > 5;",
                     nullptr, nullptr, nullptr);
        _exit(0); // no rollback, no close: the process is gone
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
}

} // namespace

TEST_CASE("an interrupted save is undone on the next open, not called damaged", "[storage][recovery]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("b.tsunagu"));
    makeBranch(path, 200);
    dieMidSave(path);

    SECTION("opened for writing")
    {
        auto file = BranchFile::open(path, BranchFile::Access::ReadWrite);
        INFO(file.message().toStdString());
        REQUIRE(file.ok());
        CHECK(file.value()->recoveredInterruptedSave());
        CHECK(file.value()->interruptedSaveNotice().contains(QLatin1String("has been undone")));
        CHECK(caseCount(*file.value()) == 200);
    }
    SECTION("opened read-only, as info, summary and export do")
    {
        auto file =
            BranchFile::open(path, BranchFile::Access::ReadOnly, BranchFile::IntegrityCheck::Deferred);
        INFO(file.message().toStdString());
        REQUIRE(file.ok());
        CHECK(file.value()->recoveredInterruptedSave());
        CHECK(caseCount(*file.value()) == 200);
        // The lock taken to undo it is given back.
        CHECK_FALSE(QFileInfo::exists(storage::BranchLock::lockPathFor(path)));
    }
    SECTION("while another Tsunagu holds the lock, its journal is left alone")
    {
        auto holder = storage::BranchLock::acquire(QFileInfo(path).absoluteFilePath());
        REQUIRE(holder.ok());
        const QByteArray journal = readAll(path + QStringLiteral("-journal"));
        auto file = BranchFile::open(path, BranchFile::Access::ReadOnly);
        REQUIRE_FALSE(file.ok());
        CHECK(file.error().kind == Error::Kind::Busy);
        CHECK_FALSE(file.message().contains(QLatin1String("damaged")));
        CHECK(readAll(path + QStringLiteral("-journal")) == journal);
    }
}

TEST_CASE("a file another program is writing is busy, not damaged", "[storage][recovery]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("b.tsunagu"));
    makeBranch(path, 10);
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &other, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    auto file = BranchFile::open(path, BranchFile::Access::ReadOnly);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().kind == Error::Kind::Busy);
    CHECK(file.message().contains(QLatin1String("busy")));
    CHECK_FALSE(file.message().contains(QLatin1String("damaged")));
}

TEST_CASE("nothing is written to a branch file outside a transaction", "[storage]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("b.tsunagu"));
    makeBranch(path, 3);
    auto file = BranchFile::open(path);
    REQUIRE(file.ok());
    QSqlQuery query(file.value()->database());
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM case_personal")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE case_record SET note = 'outside'")));
    // Temporary tables (a search's hits) are not the file.
    CHECK(query.exec(QStringLiteral("CREATE TEMP TABLE hits (id INTEGER)")));
    CHECK(query.exec(QStringLiteral("INSERT INTO temp.hits VALUES (1)")));
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM case_personal")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 3);

    // After SQLite ends a transaction on an error, the commit says so instead
    // of committing what came after.
    storage::WriteTransaction transaction(file.value()->database());
    REQUIRE(transaction.begin().ok());
    REQUIRE(query.exec(QStringLiteral("ROLLBACK"))); // as SQLite does after an I/O error
    CHECK_FALSE(transaction.isStillOpen());
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM case_personal")));
    const auto committed = transaction.commit();
    REQUIRE_FALSE(committed.ok());
    CHECK(committed.message().contains(QLatin1String("undone")));
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM case_personal")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 3);
}

TEST_CASE("an export never lands on the branch file, its journal or its lock", "[storage][cli]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("a.tsunagu"));
    makeBranch(path, 4);
    const QByteArray before = fileHash(path);
    QDir(dir.path(QString())).mkdir(QStringLiteral("sub"));
    REQUIRE(QFile::link(path, dir.path(QStringLiteral("link.csv"))));

    const QStringList targets{
        path,                                         // the file itself
        dir.path(QStringLiteral("sub/../a.tsunagu")), // through ..
        dir.path(QStringLiteral("link.csv")),         // through a link
        path + QStringLiteral("-journal"),            // its journal: SQLite would play it back
        storage::BranchLock::lockPathFor(path),       // its lock
    };
    for (const QString& target : targets) {
        INFO(target.toStdString());
        const auto written = writeFileAtomically(target, QByteArray("case_no,received_on\r\n"));
        REQUIRE_FALSE(written.ok());
        CHECK(written.message().contains(QLatin1String("would destroy it")));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    }
    // Save a copy: not onto itself by any name, and another name works.
    auto file = BranchFile::open(path);
    REQUIRE(file.ok());
    CHECK_FALSE(file.value()->saveCopy(dir.path(QStringLiteral("sub/../a.tsunagu"))).ok());
    CHECK_FALSE(file.value()->saveCopy(dir.path(QStringLiteral("link.csv"))).ok());
    CHECK(file.value()->saveCopy(dir.path(QStringLiteral("copy.tsunagu"))).ok());
    file = Error();
    CHECK(fileHash(path) == before);
}

TEST_CASE("a save that meets a reader waits for it, and Cancel saves nothing", "[storage]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("b.tsunagu"));
    makeBranch(path, 3);
    auto file = BranchFile::open(path);
    REQUIRE(file.ok());

    // A reader in the middle of a report: one read transaction.
    sqlite3* reader = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &reader, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    const auto startReading = [&] {
        REQUIRE(sqlite3_exec(reader, "BEGIN; SELECT COUNT(*) FROM case_record;", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
    };
    const auto saveNote = [&](const QString& note) {
        storage::WriteTransaction transaction(file.value()->database());
        REQUIRE(transaction.begin().ok());
        QSqlQuery query(file.value()->database());
        REQUIRE(query.exec(QStringLiteral("UPDATE case_record SET note = '%1'").arg(note)));
        return transaction.commit();
    };

    SECTION("the save waits until the reader is done")
    {
        startReading();
        int calls = 0;
        bool sawCommitWait = false;
        bool sawFinished = false;
        const auto previous = storage::setBusyWaitHandler([&](const storage::BusyWait& wait) {
            if (wait.finished) {
                sawFinished = true;
                return true;
            }
            sawCommitWait = sawCommitWait || wait.committing;
            if (++calls == 3) {
                sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr); // the report is done
            }
            return true;
        });
        const auto saved = saveNote(QStringLiteral("waited"));
        storage::setBusyWaitHandler(previous);
        INFO(saved.message().toStdString());
        CHECK(saved.ok());
        CHECK(sawCommitWait);
        CHECK(sawFinished);
        CHECK(calls >= 3);
    }
    SECTION("Cancel gives the save up and nothing is saved")
    {
        startReading();
        const auto previous = storage::setBusyWaitHandler([](const storage::BusyWait& wait) {
            return wait.finished || wait.waited < std::chrono::milliseconds(300);
        });
        const auto saved = saveNote(QStringLiteral("cancelled"));
        storage::setBusyWaitHandler(previous);
        sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().kind == Error::Kind::Busy);
        QSqlQuery query(file.value()->database());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM case_record WHERE note = 'cancelled'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
    }
    sqlite3_close(reader);
}

TEST_CASE("an older file opened read-only is upgraded in memory, never in the temp folder",
          "[storage][migration]")
{
    ScratchDir dir;
    const QString temp = dir.path(QStringLiteral("tmp"));
    REQUIRE(QDir().mkpath(temp));
    const QByteArray oldTemp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(temp));
    const QString path = dir.path(QStringLiteral("old.tsunagu"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("schema/v1.tsunagu")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = fileHash(path);
    {
        auto file = BranchFile::open(path, BranchFile::Access::ReadOnly);
        INFO(file.message().toStdString());
        REQUIRE(file.ok());
        CHECK(file.value()->schemaVersion() == storage::CurrentSchemaVersion);
        CHECK(file.value()->databaseFilePath().startsWith(QLatin1String("file:")));
        CHECK(caseCount(*file.value()) > 0);
        // A worker thread's read connection sees the same upgraded copy.
        auto reader = storage::ReadConnection::open(file.value()->databaseFilePath());
        REQUIRE(reader.ok());
        QSqlQuery query(reader->database());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM case_record")));
        REQUIRE(query.next());
        CHECK(query.value(0).toLongLong() == caseCount(*file.value()));
        CHECK(QDir(temp).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
    qputenv("TMPDIR", oldTemp);
    CHECK(fileHash(path) == before);
    CHECK(QDir(dir.path(QString())).entryList({QStringLiteral("*.tsunagu*")}, QDir::Files) ==
          QStringList{QStringLiteral("old.tsunagu")});
}

TEST_CASE("a damaged index that quick_check misses stops the figures, and check --repair mends it",
          "[storage][cli]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("b.tsunagu"));
    const auto cli = [](const QStringList& arguments) {
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        const int exit = cli::run(arguments, out, err);
        return std::make_tuple(exit, QString::fromUtf8(out.data()), QString::fromUtf8(err.data()));
    };
    REQUIRE(
        std::get<0>(cli({QStringLiteral("generate"), QStringLiteral("--db"), path, QStringLiteral("--cases"),
                         QStringLiteral("700"), QStringLiteral("--seed"), QStringLiteral("3"),
                         QStringLiteral("--today"), QStringLiteral("2024-11-30")})) == 0);
    const QStringList summary{QStringLiteral("summary"), QStringLiteral("--db"), path,
                              QStringLiteral("--fiscal-year"), QStringLiteral("2023")};
    const auto [goodExit, goodFigures, goodErr] = cli(summary);
    REQUIRE(goodExit == 0);

    // One byte of a leaf page of the statistics index: a date moves ten
    // years back, as a flipped bit would. The table is untouched.
    qint64 page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("flip"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(
            query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'case_record_received_on' AND "
                                      "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 2")));
        REQUIRE(query.next());
        page = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("flip"));
    QByteArray bytes = readAll(path);
    const qint64 start = (page - 1) * 4096;
    const qint64 at = bytes.indexOf("2023-", start);
    REQUIRE((at > start && at < start + 4096));
    bytes[at + 2] = '1';
    writeAll(path, bytes);

    // quick_check passes: the file opens as before.
    CHECK(std::get<0>(cli({QStringLiteral("info"), QStringLiteral("--db"), path})) == 0);
    // But no figure comes from it.
    const auto [badExit, badFigures, badErr] = cli(summary);
    CHECK(badExit == 1);
    CHECK(badFigures.isEmpty());
    CHECK(badErr.contains(QLatin1String("failed its full check")));
    CHECK(badErr.contains(QLatin1String("Only its indexes are damaged")));
    CHECK(std::get<0>(cli({QStringLiteral("check"), QStringLiteral("--db"), path})) == 1);
    REQUIRE(storage::FileCheck::remembered(path).has_value());
    CHECK_FALSE(storage::FileCheck::remembered(path)->sound);

    const auto [repairExit, repairOut, repairErr] =
        cli({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--repair")});
    INFO(repairErr.toStdString());
    CHECK(repairExit == 0);
    CHECK(repairOut.contains(QLatin1String("rebuilt")));
    CHECK(storage::FileCheck::remembered(path)->sound);
    const auto [fixedExit, fixedFigures, fixedErr] = cli(summary);
    CHECK(fixedExit == 0);
    CHECK(fixedFigures == goodFigures);
}

TEST_CASE("what an interrupted create or copy left behind is removed the next time the folder's file opens",
          "[storage]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("b.tsunagu"));
    makeBranch(path, 2);
    const QString oldCopy = dir.path(QStringLiteral(".copy.tsunagu.0123.copying"));
    const QString oldCreate = dir.path(QStringLiteral(".new.tsunagu.4567.creating"));
    const QString freshCopy = dir.path(QStringLiteral(".other.tsunagu.89ab.copying"));
    for (const QString& leftover : {oldCopy, oldCreate, freshCopy}) {
        writeAll(leftover, QByteArray("SQLite format 3") + QByteArray(100, '\0'));
    }
    for (const QString& old : {oldCopy, oldCreate}) {
        QFile file(old);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2 * 60 * 60),
                                 QFileDevice::FileModificationTime));
    }
    auto file = BranchFile::open(path);
    REQUIRE(file.ok());
    CHECK_FALSE(QFileInfo::exists(oldCopy));
    CHECK_FALSE(QFileInfo::exists(oldCreate));
    CHECK(QFileInfo::exists(freshCopy)); // may still be being written by another PC
}
