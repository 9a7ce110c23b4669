// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "cases/CaseRepository.h"
#include "storage/BranchFile.h"
#include "storage/BranchLock.h"
#include "storage/ReadConnection.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

QVariant pragma(BranchFile& file, const QString& name)
{
    QSqlQuery query(file.database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA %1").arg(name)));
    REQUIRE(query.next());
    return query.value(0);
}

/// Runs \a statements on a plain SQLite connection to \a path (not through BranchFile).
void rawSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Opening \a path must fail with \a kind and a message containing \a text,
/// and leave the file's bytes, and the folder, exactly as they were.
void requireRefusal(const QString& path, Error::Kind kind, const QString& text)
{
    const QByteArray before = fileHash(path);
    const QStringList folderBefore = QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden);
    for (auto access : {BranchFile::Access::ReadWrite, BranchFile::Access::ReadOnly}) {
        const auto opened = BranchFile::open(path, access);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == kind);
        INFO(opened.message().toStdString());
        CHECK(opened.message().contains(text));
        CHECK(opened.message().contains(QFileInfo(path).fileName()));
    }
    CHECK(fileHash(path) == before);
    CHECK(QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden) == folderBefore);
}

} // namespace

TEST_CASE("a new branch file is identified, configured and holds its branch details", "[storage]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("shonan.tsunagu"));
    {
        auto file = createBranch(path);
        CHECK_FALSE(file->isReadOnly());
        CHECK(pragma(*file, QStringLiteral("application_id")).toInt() == storage::ApplicationId);
        CHECK(pragma(*file, QStringLiteral("user_version")).toInt() == storage::CurrentSchemaVersion);
        CHECK(pragma(*file, QStringLiteral("journal_mode")).toString() == QStringLiteral("delete"));
        CHECK(pragma(*file, QStringLiteral("synchronous")).toInt() == 2); // FULL
        CHECK(pragma(*file, QStringLiteral("foreign_keys")).toInt() == 1);
        CHECK(file->info().name == QStringLiteral("湘南東部圏域ブランチ"));
        CHECK(file->info().createdAt.isValid());
        CHECK(QFileInfo::exists(storage::BranchLock::lockPathFor(file->path())));
    }
    // Closing releases the lock and leaves no temporary files behind.
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("shonan.tsunagu")});

    auto reopened = BranchFile::open(path);
    REQUIRE(reopened.ok());
    const BranchInfo& info = reopened.value()->info();
    CHECK(info.name == QStringLiteral("湘南東部圏域ブランチ"));
    CHECK(info.regionCode == QStringLiteral("shonan-east"));
    CHECK(info.chiefCoordinatorName == QStringLiteral("山田 花子"));
    CHECK(reopened.value()->masterData().municipalities().size() == 35);
    CHECK(reopened.value()->masterData().municipality(QStringLiteral("142051"))->nameJa ==
          QStringLiteral("藤沢市"));
}

TEST_CASE("branch details can be changed and survive reopening", "[storage]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("b.tsunagu"));
    {
        auto file = createBranch(path);
        BranchInfo info = file->info();
        info.name = QStringLiteral("県央圏域ブランチ");
        info.regionCode = QStringLiteral("kenoh");
        info.chiefCoordinatorName = QStringLiteral("鈴木 一郎");
        REQUIRE(file->setInfo(info).ok());
        info.regionCode = QStringLiteral("atlantis");
        const auto refused = file->setInfo(info);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message() == QStringLiteral("\"atlantis\" is not a region of the master data."));
    }
    auto file = BranchFile::open(path);
    REQUIRE(file.ok());
    CHECK(file.value()->info().name == QStringLiteral("県央圏域ブランチ"));
    CHECK(file.value()->info().regionCode == QStringLiteral("kenoh"));
    CHECK(file.value()->info().chiefCoordinatorName == QStringLiteral("鈴木 一郎"));
}

TEST_CASE("creating refuses an existing path and bad details without leaving files", "[storage]")
{
    ScratchDir dir;
    const QString existing = dir.path(QStringLiteral("existing.tsunagu"));
    writeAll(existing, "precious");
    BranchInfo info{QStringLiteral("x"), QStringLiteral("kenoh"), QString(), {}};
    const auto refused = BranchFile::create(existing, info);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().endsWith(QStringLiteral("existing.tsunagu already exists.")));
    CHECK(readAll(existing) == "precious");

    info.regionCode = QStringLiteral("nowhere");
    const auto badRegion = BranchFile::create(dir.path(QStringLiteral("new.tsunagu")), info);
    REQUIRE_FALSE(badRegion.ok());
    CHECK(badRegion.message() == QStringLiteral("\"nowhere\" is not a region of the master data."));
    info.regionCode = QStringLiteral("kenoh");
    info.name = QStringLiteral("  ");
    CHECK(BranchFile::create(dir.path(QStringLiteral("new.tsunagu")), info).message() ==
          QStringLiteral("The branch needs a name."));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("existing.tsunagu")});
}

TEST_CASE("opening refuses files that are not Tsunagu branch files, changing nothing", "[storage][refusal]")
{
    ScratchDir dir;

    SECTION("a missing file")
    {
        const auto opened = BranchFile::open(dir.path(QStringLiteral("missing.tsunagu")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == Error::Kind::NotFound);
        CHECK(opened.message().endsWith(QStringLiteral("missing.tsunagu does not exist.")));
        CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("missing.tsunagu"))));
    }
    SECTION("a text file")
    {
        const QString path = dir.path(QStringLiteral("notes.tsunagu"));
        writeAll(path, QByteArray("相談番号,受付日\n2024-0001,2024-04-01\n").repeated(10));
        requireRefusal(path, Error::Kind::NotSqlite,
                       QStringLiteral("is not a Tsunagu branch file: it is not an SQLite database."));
    }
    SECTION("an empty file")
    {
        const QString path = dir.path(QStringLiteral("empty.tsunagu"));
        writeAll(path, QByteArray());
        requireRefusal(path, Error::Kind::NotSqlite, QStringLiteral("it is not an SQLite database."));
    }
    SECTION("an SQLite database of another program")
    {
        const QString path = dir.path(QStringLiteral("other.sqlite"));
        rawSql(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                      QStringLiteral("INSERT INTO contacts VALUES ('x')")});
        requireRefusal(path, Error::Kind::NotTsunagu,
                       QStringLiteral("is an SQLite database, but not a Tsunagu branch file."));
    }
    SECTION("a branch file from a newer version of Tsunagu")
    {
        const QString path = dir.path(QStringLiteral("future.tsunagu"));
        createBranch(path).reset();
        rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(storage::CurrentSchemaVersion + 1)});
        requireRefusal(
            path, Error::Kind::NewerVersion,
            QStringLiteral("was saved by a newer version of Tsunagu (file format %1; this version reads up "
                           "to %2). Update Tsunagu to open it.")
                .arg(storage::CurrentSchemaVersion + 1)
                .arg(storage::CurrentSchemaVersion));
    }
    SECTION("a damaged branch file")
    {
        const QString path = dir.path(QStringLiteral("damaged.tsunagu"));
        {
            auto file = createBranch(path);
            CaseRepository cases(*file);
            QList<CaseRecord> records;
            for (int i = 0; i < 200; ++i) {
                records.append(sampleCase(QDate(2024, 4, 1).addDays(i % 300)));
            }
            REQUIRE(cases.addAll(records).ok());
        }
        // Overwrite the middle of the file (b-tree pages, not the header).
        QByteArray bytes = readAll(path);
        REQUIRE(bytes.size() > 40000);
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i) {
            bytes[i] = static_cast<char>(0xA5 ^ (i & 0xFF));
        }
        writeAll(path, bytes);
        requireRefusal(path, Error::Kind::Damaged, QStringLiteral("is damaged and cannot be opened"));
    }
}

TEST_CASE("a file open for writing elsewhere is offered read-only, never opened twice for writing",
          "[storage][lock]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("shared.tsunagu"));
    auto first = createBranch(path);
    {
        CaseRecord record = sampleCase();
        REQUIRE(CaseRepository(*first).add(record).ok());
    }
    const QByteArray before = fileHash(path);

    const auto second = BranchFile::open(path, BranchFile::Access::ReadWrite);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Locked);
    CHECK(second.message().startsWith(QStringLiteral("The branch file is already open for editing by ")));
    CHECK(second.message().contains(QSysInfo::machineHostName()));

    auto readOnly = BranchFile::open(path, BranchFile::Access::ReadOnly);
    REQUIRE(readOnly.ok());
    CHECK(readOnly.value()->isReadOnly());
    CHECK(readOnly.value()->readOnlyReason() == BranchFile::ReadOnlyReason::Requested);
    CaseRepository cases(*readOnly.value());
    CHECK(cases.count().value() == 1);
    CaseRecord another = sampleCase();
    const auto refused = cases.add(another);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::ReadOnly);
    CHECK(refused.message().endsWith(QStringLiteral("is open read-only; changes cannot be saved.")));
    readOnly.value().reset();
    CHECK(fileHash(path) == before);

    // Once the writer closes, the file opens for writing again.
    first.reset();
    CHECK(BranchFile::open(path, BranchFile::Access::ReadWrite).ok());
}

TEST_CASE("a file that cannot be written opens read-only", "[storage]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("readonly.tsunagu"));
    createBranch(path).reset();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (QFileInfo(path).isWritable()) {
        // Running as root: permission bits do not stop writing.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        WARN("skipped: the file stays writable for this user (root)");
        return;
    }
    auto file = BranchFile::open(path);
    REQUIRE(file.ok());
    CHECK(file.value()->readOnlyReason() == BranchFile::ReadOnlyReason::FileNotWritable);
    CHECK_FALSE(QFileInfo::exists(storage::BranchLock::lockPathFor(path)));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("every released schema version still opens and migrates", "[storage][migration]")
{
    // A fixture is made of the last released version before a schema change
    // (CONTRIBUTING.md), so every version below the current one has one.
    for (int version = 1; version < storage::CurrentSchemaVersion; ++version) {
        DYNAMIC_SECTION("schema version " << version)
        {
            ScratchDir dir;
            const QString fixture = dataPath(QStringLiteral("schema/v%1.tsunagu").arg(version));
            REQUIRE(QFileInfo::exists(fixture));
            const QString path = dir.path(QStringLiteral("copy.tsunagu"));
            REQUIRE(QFile::copy(fixture, path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

            // Read-only, an older file is shown upgraded, but not changed.
            const QByteArray before = fileHash(path);
            {
                auto readOnly = BranchFile::open(path, BranchFile::Access::ReadOnly);
                INFO(readOnly.message().toStdString());
                REQUIRE(readOnly.ok());
                CHECK(readOnly.value()->isReadOnly());
                CHECK(CaseRepository(*readOnly.value()).count().value() == 40);
            }
            CHECK(fileHash(path) == before);

            auto file = BranchFile::open(path);
            INFO(file.message().toStdString());
            REQUIRE(file.ok());
            CHECK(file.value()->schemaVersion() == storage::CurrentSchemaVersion);
            CHECK(file.value()->info().name == QStringLiteral("湘南東部圏域ブランチ（デモ）"));
            CaseRepository cases(*file.value());
            CHECK(cases.count().value() == 40);
            const auto id = cases.idForCaseNo(QStringLiteral("2023-0001"));
            REQUIRE(id.ok());
            REQUIRE(id->has_value());
            const auto record = cases.load(**id);
            REQUIRE(record.ok());
            CHECK(record->receivedOn == QDate(2023, 4, 3));
            CHECK_FALSE(record->topics.isEmpty());

            // Schema 4: one coordinator entry a case, its coordinator from
            // the day it was received.
            QSqlQuery history(file.value()->database());
            REQUIRE(history.exec(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM case_coordinator), "
                "(SELECT COUNT(*) FROM case_record c JOIN case_coordinator k ON k.case_id = c.id "
                "  AND k.since = c.received_on AND k.coordinator_id IS c.coordinator_id "
                "  AND c.handed_over_on IS NULL), "
                "(SELECT COUNT(*) FROM case_record WHERE coordinator_id IS NOT NULL)")));
            REQUIRE(history.next());
            CHECK(history.value(0).toInt() == 40);
            CHECK(history.value(1).toInt() == 40);
            CHECK(history.value(2).toInt() > 0); // the fixture has assigned cases
            CHECK(cases.coordinatorHistory(**id).value() ==
                  QList{CoordinatorChange{record->coordinatorId, record->receivedOn}});
        }
    }
}

TEST_CASE("the migration ladder lands whole or not at all", "[storage][migration]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("ladder.sqlite"));
    const QString name = QStringLiteral("ladder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        const QList<storage::Migration> ladder{
            {1, QStringLiteral("first"),
             [](QSqlDatabase& d) {
                 return storage::executeScript(d, QStringLiteral("CREATE TABLE one (x)"));
             }},
            {2, QStringLiteral("second, broken"),
             [](QSqlDatabase& d) {
                 return storage::executeScript(d, QStringLiteral("CREATE TABLE one (y)"));
             }},
        };
        {
            storage::WriteTransaction transaction(db);
            REQUIRE(transaction.begin().ok());
            const auto result = storage::migrate(db, 0, ladder);
            REQUIRE_FALSE(result.ok());
            CHECK(result.message().startsWith(
                QStringLiteral("Upgrading to schema version 2 (second, broken): ")));
        } // rolled back
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'one'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);

        const QList<storage::Migration> gap{{2, QStringLiteral("skips one"), [](QSqlDatabase&) {
                                                 return Result<void>();
                                             }}};
        CHECK(storage::migrate(db, 0, gap).message() ==
              QStringLiteral("No migration from schema version 0 to 2"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("a copy of the branch file is complete and unlocked", "[storage]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("main.tsunagu"));
    const QString copy = dir.path(QStringLiteral("copy.tsunagu"));
    auto file = createBranch(path);
    CaseRecord record = sampleCase();
    REQUIRE(CaseRepository(*file).add(record).ok());
    writeAll(copy, "old content to be replaced");
    REQUIRE(file->saveCopy(copy).ok());
    CHECK(file->saveCopy(path).message().contains(QStringLiteral("Choose another file name.")));

    auto opened = BranchFile::open(copy);
    REQUIRE(opened.ok());
    CHECK(CaseRepository(*opened.value()).count().value() == 1);
    CHECK(opened.value()->info() == file->info());
}

TEST_CASE("a large file's integrity check can be deferred; it stays read-only until the check passes",
          "[storage][integrity]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("large.tsunagu"));
    {
        auto file = createBranch(path);
        CaseRecord record = sampleCase();
        REQUIRE(CaseRepository(*file).add(record).ok());
    }
    // Past the size from which the check may be deferred (as a million cases would be).
    rawSql(path,
           {QStringLiteral("CREATE TABLE padding (b BLOB)"),
            QStringLiteral("INSERT INTO padding VALUES (zeroblob(%1))").arg(BranchFile::DeferredCheckSize)});
    REQUIRE(QFileInfo(path).size() > BranchFile::DeferredCheckSize);

    SECTION("an intact file opens at once, read-only, and is writable after the check")
    {
        const QByteArray before = fileHash(path);
        auto opened =
            BranchFile::open(path, BranchFile::Access::ReadWrite, BranchFile::IntegrityCheck::Deferred);
        REQUIRE(opened.ok());
        BranchFile& file = *opened.value();
        CHECK(file.readOnlyReason() == BranchFile::ReadOnlyReason::Checking);
        CaseRecord record = sampleCase();
        const auto refused = CaseRepository(file).add(record);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("still checking")));
        CHECK(fileHash(path) == before);

        REQUIRE(BranchFile::checkIntegrity(file.databaseFilePath()).ok());
        REQUIRE(file.integrityConfirmed().ok());
        CHECK_FALSE(file.isReadOnly());
        CHECK(CaseRepository(file).add(record).ok());
    }
    SECTION("a damaged file is found by the check, and nothing was written to it")
    {
        // Damage the cases' pages (6 and 7, after the master data that opening
        // reads), not the padding.
        QByteArray bytes = readAll(path);
        for (qsizetype i = 5 * 4096; i < 7 * 4096; ++i) {
            bytes[i] = static_cast<char>(0xA5 ^ (i & 0xFF));
        }
        writeAll(path, bytes);
        const QByteArray before = fileHash(path);
        {
            auto opened =
                BranchFile::open(path, BranchFile::Access::ReadWrite, BranchFile::IntegrityCheck::Deferred);
            REQUIRE(opened.ok());
            CHECK(opened.value()->isReadOnly());
            const auto check = BranchFile::checkIntegrity(opened.value()->databaseFilePath());
            REQUIRE_FALSE(check.ok());
            CHECK(check.error().kind == Error::Kind::Damaged);
        }
        CHECK(fileHash(path) == before);
        // Opened the usual way, it is refused outright.
        requireRefusal(path, Error::Kind::Damaged, QStringLiteral("is damaged and cannot be opened"));
    }
}

TEST_CASE("a statement on a read connection stops once its work is cancelled", "[storage]")
{
    if (!storage::ReadConnection::canInterrupt()) {
        WARN("this build cancels between statements only");
        return;
    }
    ScratchDir dir;
    auto file = createBranch(dir.path(QStringLiteral("cancel.tsunagu")));
    auto connection = storage::ReadConnection::open(file->databaseFilePath());
    REQUIRE(connection.ok());
    int asked = 0;
    connection->setCancelCheck([&asked] { return ++asked > 3; });
    // Counting to ten million takes seconds; asked every few thousand steps.
    const QString slow = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                        "WHERE i < %1) SELECT COUNT(*) FROM n");
    QSqlQuery query(connection->database());
    CHECK_FALSE(query.exec(slow.arg(10000000)));
    CHECK(query.lastError().text().contains(QStringLiteral("interrupt")));
    CHECK(asked == 4);

    connection->setCancelCheck({});
    REQUIRE(query.exec(slow.arg(100000)));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 100000);
    CHECK(asked == 4);
}
