// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchFile.h"

#include "codes/Codes.h"
#include "storage/BranchLock.h"
#include "storage/FileGuard.h"
#include "storage/Schema.h"
#include "storage/SqliteApi.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QtEndian>

#include <atomic>
#include <filesystem>
#include <optional>
#include <system_error>

namespace tsunagu {

using storage::WriteTransaction;

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tsunagu-branch-%1").arg(++counter);
}

/// What the first 100 bytes of a file say about it, read without SQLite so
/// that identifying a file can never modify it.
struct FileHeader
{
    qint32 applicationId = 0;
    qint32 userVersion = 0;
};

Result<FileHeader> readHeader(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists()) {
        return Error(Error::Kind::NotFound, BranchFile::tr("%1 does not exist.").arg(native(path)));
    }
    if (!info.isFile()) {
        return Error(Error::Kind::NotSqlite, BranchFile::tr("%1 is not a file.").arg(native(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::Io,
                     BranchFile::tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return Error(Error::Kind::NotSqlite,
                     BranchFile::tr("%1 is not a Tsunagu branch file: it is not an SQLite database.")
                         .arg(native(path)));
    }
    FileHeader result;
    // SQLite header: user_version at offset 60, application_id at 68, big-endian.
    result.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    result.applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    return result;
}

constexpr int SqliteCorrupt = 11;      ///< SQLITE_CORRUPT
constexpr int SqliteNotADatabase = 26; ///< SQLITE_NOTADB

/// The header of \a path, refused unless it is a Tsunagu branch file this
/// version can read.
Result<FileHeader> identify(const QString& path)
{
    auto header = readHeader(path);
    if (!header.ok()) {
        return header.error();
    }
    if (header->applicationId != storage::ApplicationId) {
        return Error(
            Error::Kind::NotTsunagu,
            BranchFile::tr("%1 is an SQLite database, but not a Tsunagu branch file.").arg(native(path)));
    }
    if (header->userVersion > storage::CurrentSchemaVersion) {
        return Error(
            Error::Kind::NewerVersion,
            BranchFile::tr(
                "%1 was saved by a newer version of Tsunagu (file format %2; this version reads up to "
                "%3). Update Tsunagu to open it.")
                .arg(native(path))
                .arg(header->userVersion)
                .arg(storage::CurrentSchemaVersion));
    }
    return header;
}

Error damagedError(const QString& path, const QString& problem)
{
    return Error(Error::Kind::Damaged,
                 BranchFile::tr("%1 is damaged and cannot be opened (%2). The file was not changed; "
                                "open a backup copy instead.")
                     .arg(native(path), problem));
}

/// What a failure to read \a path while opening it means for the user: four
/// different situations with four different things to do.
Error fileError(const QString& path, const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Busy:
        return Error(
            Error::Kind::Busy,
            BranchFile::tr("%1 is busy: another program is saving to it right now. Try again when it "
                           "has finished; nothing was changed.")
                .arg(native(path)));
    case Error::Kind::Damaged:
        return error; // made by damagedError() already
    case Error::Kind::Io:
    case Error::Kind::DiskFull:
        return Error(error.kind, BranchFile::tr("%1 could not be read: %2").arg(native(path), error.message));
    default:
        return error;
    }
}

QString journalPathFor(const QString& path)
{
    return path + QStringLiteral("-journal");
}

/// A rollback journal left beside the file: a save that was interrupted (or
/// one under way in another program).
bool hasJournal(const QString& path)
{
    const QFileInfo journal(journalPathFor(path));
    return journal.exists() && journal.size() > 0;
}

/// Undoes an interrupted save: a writable connection that reads the file
/// makes SQLite play the journal back. Only ever called while holding the
/// branch lock, so it can never roll back the live save of another Tsunagu.
/// True when a journal was played back.
Result<bool> recoverInterruptedSave(const QString& path)
{
    if (!hasJournal(path)) {
        return false;
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tsunagu-recover-%1").arg(++counter);
    std::optional<Error> failure;
    bool stale = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery query(db);
        if (!db.open()) {
            failure = storage::databaseError(BranchFile::tr("Undoing the interrupted save"), db.lastError());
        } else if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next()) {
            failure =
                storage::databaseError(BranchFile::tr("Undoing the interrupted save"), query.lastError());
        } else if (hasJournal(path)) {
            // SQLite did not play it back. Either another program (not a
            // Tsunagu, which would hold the branch lock) is saving right now,
            // or the journal was never completed: its save had not touched
            // the file yet, and the next save overwrites it.
            if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                query.exec(QStringLiteral("ROLLBACK"));
                stale = true;
            } else {
                failure = Error(Error::Kind::Busy, QString());
            }
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (failure) {
        return fileError(path, *failure);
    }
    return !stale;
}

/// A temporary file that Tsunagu builds a branch file or a copy in (made
/// beside the target, renamed into place when complete) is left behind only
/// when the process died on the way. One older than this is such a leftover;
/// a younger one may still be being written by another PC.
constexpr qint64 LeftoverAgeSeconds = 60 * 60;

/// Removes the leftovers of a create or a "Save a copy" that a crash or a
/// power cut interrupted in \a folder: they hold names and contacts.
void removeLeftoverTemporaries(const QString& folder)
{
    const QDir dir(folder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList leftovers =
        dir.entryList({QStringLiteral(".*.creating"), QStringLiteral(".*.creating-journal"),
                       QStringLiteral(".*.copying"), QStringLiteral(".*.copying-journal")},
                      QDir::Files | QDir::Hidden);
    for (const QString& name : leftovers) {
        const QFileInfo info(dir.filePath(name));
        if (info.lastModified().toUTC().secsTo(now) > LeftoverAgeSeconds) {
            QFile::remove(info.absoluteFilePath());
        }
    }
}

Result<void> exec(QSqlDatabase& db, const QString& sql, const QString& action)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return storage::databaseError(action, query.lastError());
    }
    return {};
}

} // namespace

Result<void> BranchFile::checkIntegrity(const QString& path)
{
    const QString name = newConnectionName();
    std::optional<QSqlError> failure;
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            failure = db.lastError();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                failure = query.lastError();
            } else {
                static const QRegularExpression pageError(
                    QStringLiteral("unable to get the page\\. error code=(\\d+)"));
                while (query.next()) {
                    // One line may hold several, after a "*** in database main ***".
                    for (const QString& line : query.value(0).toString().split(QLatin1Char('\n'))) {
                        if (line == QLatin1String("ok") || line.startsWith(QLatin1String("***"))) {
                            continue;
                        }
                        // A page the check could not read (an I/O error, a
                        // lock) says nothing about the file's content.
                        if (const auto match = pageError.match(line); match.hasMatch()) {
                            const QString code = match.captured(1);
                            if (storage::sqlite::primaryCode(code) != SqliteCorrupt) {
                                if (!failure) {
                                    failure = QSqlError(line, line, QSqlError::StatementError, code);
                                }
                                continue;
                            }
                        }
                        problems.append(line);
                    }
                }
                // A read that failed midway ends the rows early: that is an
                // I/O error or a busy file, not damage.
                if (query.lastError().isValid() && !failure) {
                    failure = query.lastError();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // A page that could not be read makes the rest of the check say nothing
    // (pages it did not reach look unused): it is an I/O error, not damage.
    if (failure) {
        const int code = storage::sqlite::primaryCode(failure->nativeErrorCode());
        if (code != SqliteCorrupt && code != SqliteNotADatabase) {
            return fileError(
                path, storage::databaseError(BranchFile::tr("Checking %1").arg(native(path)), *failure));
        }
        if (problems.isEmpty()) {
            return damagedError(path, failure->databaseText());
        }
    }
    if (problems.isEmpty()) {
        return {};
    }
    if (problems.size() > 3) {
        problems = problems.mid(0, 3) << QStringLiteral("…");
    }
    return damagedError(path, problems.join(QStringLiteral("; ")));
}

namespace {

bool isWritable(const QString& path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    // The rollback journal is created beside the file, so the folder counts too.
    return file.isWritable() && folder.isWritable();
}

const QString MetaBranchName = QStringLiteral("branch_name");
const QString MetaRegionCode = QStringLiteral("region_code");
const QString MetaChiefCoordinatorId = QStringLiteral("chief_coordinator_id");
const QString MetaCreatedAt = QStringLiteral("created_at");
const QString MetaCreatedBy = QStringLiteral("created_by");

Result<void> writeMeta(QSqlDatabase& db, const QString& key, const QString& value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO branch_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        return storage::databaseError(BranchFile::tr("Saving the branch details"), query.lastError());
    }
    return {};
}

Result<void> writeMasterData(QSqlDatabase& db, const MasterData& master)
{
    QSqlQuery region(db);
    region.prepare(QStringLiteral("INSERT INTO region (code, name_ja, name_en, designated_city, sort_order) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    int order = 0;
    for (const Region& r : master.regions()) {
        region.addBindValue(r.code);
        region.addBindValue(r.nameJa);
        region.addBindValue(r.nameEn);
        region.addBindValue(r.designatedCity ? 1 : 0);
        region.addBindValue(order++);
        if (!region.exec()) {
            return storage::databaseError(BranchFile::tr("Saving the regions"), region.lastError());
        }
    }
    QSqlQuery municipality(db);
    municipality.prepare(
        QStringLiteral("INSERT INTO municipality (code, region_code, name_ja, name_en, kind, "
                       "sort_order) VALUES (?, ?, ?, ?, ?, ?)"));
    order = 0;
    for (const Municipality& m : master.municipalities()) {
        municipality.addBindValue(m.code);
        municipality.addBindValue(m.regionCode);
        municipality.addBindValue(m.nameJa);
        municipality.addBindValue(m.nameEn);
        municipality.addBindValue(MasterData::kindToString(m.kind));
        municipality.addBindValue(order++);
        if (!municipality.exec()) {
            return storage::databaseError(BranchFile::tr("Saving the municipalities"),
                                          municipality.lastError());
        }
    }
    return {};
}

Result<qint64> upsertChiefCoordinator(QSqlDatabase& db, const QString& name, const QString& existingId)
{
    QSqlQuery query(db);
    if (!existingId.isEmpty()) {
        query.prepare(QStringLiteral("UPDATE coordinator SET name = ? WHERE id = ?"));
        query.addBindValue(name);
        query.addBindValue(existingId.toLongLong());
        if (!query.exec()) {
            return storage::databaseError(BranchFile::tr("Saving the chief coordinator"), query.lastError());
        }
        if (query.numRowsAffected() == 1) {
            return existingId.toLongLong();
        }
    }
    query.prepare(QStringLiteral("INSERT INTO coordinator (name, role) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(QString(codes::role::Chief));
    if (!query.exec()) {
        return storage::databaseError(BranchFile::tr("Saving the chief coordinator"), query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Result<void> writeInfo(QSqlDatabase& db, const BranchInfo& info, const QString& existingChiefId)
{
    if (auto r = writeMeta(db, MetaBranchName, info.name); !r.ok()) {
        return r;
    }
    if (auto r = writeMeta(db, MetaRegionCode, info.regionCode); !r.ok()) {
        return r;
    }
    if (!info.chiefCoordinatorName.trimmed().isEmpty()) {
        auto id = upsertChiefCoordinator(db, info.chiefCoordinatorName.trimmed(), existingChiefId);
        if (!id.ok()) {
            return id.error();
        }
        if (auto r = writeMeta(db, MetaChiefCoordinatorId, QString::number(id.value())); !r.ok()) {
            return r;
        }
    }
    return {};
}

Result<void> validateInfo(const BranchInfo& info, const MasterData& master)
{
    if (info.name.trimmed().isEmpty()) {
        return Error(Error::Kind::Invalid, BranchFile::tr("The branch needs a name."));
    }
    if (!master.region(info.regionCode)) {
        return Error(Error::Kind::Invalid,
                     BranchFile::tr("\"%1\" is not a region of the master data.").arg(info.regionCode));
    }
    return {};
}

} // namespace

BranchFile::~BranchFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) {
            db.close();
        }
    }
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    // m_lock is released after the connection is closed.
}

QSqlDatabase BranchFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> BranchFile::configureConnection(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databaseFilePath());
    // URIs: an older file opened read-only is shown as an upgraded copy in
    // memory, named by a "file:…?mode=memory" URI.
    db.setConnectOptions(
        readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000")
                 : QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error(Error::Kind::Io,
                     BranchFile::tr("Cannot open %1: %2").arg(native(m_path), db.lastError().text()));
    }
    // Set every pragma we rely on: Qt on some platforms bundles its own SQLite
    // with other defaults.
    if (auto r = exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), BranchFile::tr("Configuring the file"));
        !r.ok()) {
        return r;
    }
    // Sorts and statement journals stay in memory: no temporary file with
    // personal data beside the file or in the temp folder.
    if (auto r =
            exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"), BranchFile::tr("Configuring the file"));
        !r.ok()) {
        return r;
    }
    // A file waiting for its integrity check gets the settings for writing
    // when the check has passed: setting the journal mode may write. An
    // upgraded copy in memory has no journal.
    if (readOnly || m_readOnlyReason == ReadOnlyReason::Checking || isUpgradedCopy()) {
        return {};
    }
    return configureForWriting();
}

Result<void> BranchFile::configureForWriting()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
        return storage::databaseError(BranchFile::tr("Configuring the file"), query.lastError());
    }
    if (auto r =
            exec(db, QStringLiteral("PRAGMA synchronous = FULL"), BranchFile::tr("Configuring the file"));
        !r.ok()) {
        return r;
    }
    // Deleted names and notes are overwritten, not left in free pages.
    if (auto r =
            exec(db, QStringLiteral("PRAGMA secure_delete = ON"), BranchFile::tr("Configuring the file"));
        !r.ok()) {
        return r;
    }
    storage::sqlite::guardCommits(db);
    return {};
}

Result<std::unique_ptr<BranchFile>> BranchFile::create(const QString& path, const BranchInfo& info,
                                                       const MasterData& masterData)
{
    if (QFileInfo::exists(path)) {
        return Error(Error::Kind::Invalid, BranchFile::tr("%1 already exists.").arg(native(path)));
    }
    if (auto r = validateInfo(info, masterData); !r.ok()) {
        return r.error();
    }
    // Build the file under a temporary name beside the target and rename it
    // into place when complete: a half-made branch file never appears.
    const QFileInfo target(path);
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.creating").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    {
        std::unique_ptr<BranchFile> building(new BranchFile);
        building->m_path = temporary;
        building->m_connectionName = newConnectionName();
        const auto fail = [&](const Error& error) -> Result<std::unique_ptr<BranchFile>> {
            building.reset();
            QFile::remove(temporary);
            QFile::remove(temporary + QStringLiteral("-journal"));
            return Error(error.kind, error.message);
        };
        if (auto r = building->configureConnection(false); !r.ok()) {
            return fail(r.error());
        }
        QSqlDatabase db = building->database();
        WriteTransaction transaction(db);
        if (auto r = transaction.begin(); !r.ok()) {
            return fail(r.error());
        }
        if (auto r = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(storage::ApplicationId),
                          BranchFile::tr("Creating the file"));
            !r.ok()) {
            return fail(r.error());
        }
        if (auto r = storage::migrate(db, 0); !r.ok()) {
            return fail(r.error());
        }
        if (auto r = writeMasterData(db, masterData); !r.ok()) {
            return fail(r.error());
        }
        const QString createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        if (auto r = writeMeta(db, MetaCreatedAt, createdAt); !r.ok()) {
            return fail(r.error());
        }
        if (auto r = writeMeta(db, MetaCreatedBy, QStringLiteral("Tsunagu " TSUNAGU_VERSION)); !r.ok()) {
            return fail(r.error());
        }
        if (auto r = writeInfo(db, info, QString()); !r.ok()) {
            return fail(r.error());
        }
        if (auto r = transaction.commit(); !r.ok()) {
            return fail(r.error());
        }
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error(Error::Kind::Io, BranchFile::tr("Cannot create %1.").arg(native(path)));
    }
    return open(path, Access::ReadWrite);
}

Result<std::unique_ptr<BranchFile>> BranchFile::open(const QString& path, Access access, IntegrityCheck check,
                                                     const storage::LockWaitObserver& lockWait)
{
    // 1. Identify the file from its header, without SQLite.
    auto header = identify(path);
    if (!header.ok()) {
        return header.error();
    }
    std::unique_ptr<BranchFile> file(new BranchFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    file->m_connectionName = newConnectionName();

    // 2. Decide how to open it: a read-only share, or a lock held elsewhere.
    //    The lock comes first: a file open for writing elsewhere is "locked",
    //    not busy, and only the lock's holder may undo an interrupted save.
    if (access == Access::ReadOnly) {
        file->m_readOnlyReason = ReadOnlyReason::Requested;
    } else if (!isWritable(file->m_path)) {
        file->m_readOnlyReason = ReadOnlyReason::FileNotWritable;
    } else {
        auto lock = storage::BranchLock::acquire(file->m_path, lockWait);
        if (!lock.ok()) {
            return lock.error();
        }
        file->m_lock = std::move(lock).value();
    }

    // 3. A save that was interrupted (a crash, a power cut, a share that went
    //    away) left its journal: undo it before anything reads the file, as
    //    SQLite would, but only while holding the branch lock.
    if (hasJournal(file->m_path)) {
        if (auto r = file->recoverWithLock(); !r.ok()) {
            return r.error();
        }
        // The header read above may be the interrupted save's (a migration
        // had already written its new version): read it again.
        if (file->m_recoveredInterruptedSave) {
            header = identify(path);
            if (!header.ok()) {
                return header.error();
            }
        }
    }

    // 4. Check its integrity over a read-only connection: now, or (for a large
    //    file whose caller defers it) later, with the file read-only meanwhile.
    //    A file about to be migrated is always checked before anything writes.
    const bool needsMigration = header->userVersion < storage::CurrentSchemaVersion;
    const bool checkNow = check == IntegrityCheck::BeforeOpening || needsMigration ||
                          QFileInfo(path).size() < DeferredCheckSize;
    if (checkNow) {
        if (auto r = checkIntegrity(file->m_path); !r.ok()) {
            return r.error();
        }
    } else if (file->m_lock) {
        file->m_readOnlyReason = ReadOnlyReason::Checking;
    }
    file->m_integrityConfirmed = checkNow;

    if (auto r = file->configureConnection(file->isReadOnly() &&
                                           file->m_readOnlyReason != ReadOnlyReason::Checking);
        !r.ok()) {
        return r.error();
    }

    // 5. Bring an older file up to date, all steps in one transaction, once
    //    it is known to hold what its version promises.
    if (needsMigration) {
        if (auto r = storage::verifyStructure(file->database(), header->userVersion); !r.ok()) {
            return r.error().kind == Error::Kind::Damaged ? damagedError(path, r.error().message)
                                                          : fileError(path, r.error());
        }
        if (file->isReadOnly()) {
            // Read-only: upgrade a private copy and show that; the file itself
            // stays exactly as it is (another PC may still use the old version).
            if (auto r = file->switchToUpgradedCopy(); !r.ok()) {
                return r.error();
            }
        }
        QSqlDatabase db = file->database();
        WriteTransaction transaction(db);
        if (auto r = transaction.begin(); !r.ok()) {
            return r.error();
        }
        if (auto r = storage::migrate(db, header->userVersion); !r.ok()) {
            return r.error();
        }
        // A cut-down file is refused before the upgrade is committed: the
        // transaction rolls back and the file stays as it was.
        if (auto r = storage::verifyStructure(db); !r.ok()) {
            return r.error().kind == Error::Kind::Damaged ? damagedError(path, r.error().message)
                                                          : fileError(path, r.error());
        }
        if (auto r = transaction.commit(); !r.ok()) {
            return r.error();
        }
    } else if (auto r = storage::verifyStructure(file->database()); !r.ok()) {
        return r.error().kind == Error::Kind::Damaged ? damagedError(path, r.error().message)
                                                      : fileError(path, r.error());
    }
    if (auto r = file->loadMetadata(); !r.ok()) {
        return r.error();
    }
    if (file->m_lock) {
        removeLeftoverTemporaries(QFileInfo(file->m_path).absolutePath());
    }
    return file;
}

Result<void> BranchFile::recoverWithLock()
{
    if (m_lock) {
        auto recovered = recoverInterruptedSave(m_path);
        if (!recovered.ok()) {
            return recovered.error();
        }
        m_recoveredInterruptedSave = recovered.value();
        return {};
    }
    if (m_readOnlyReason == ReadOnlyReason::FileNotWritable) {
        return Error(Error::Kind::NeedsRecovery,
                     tr("The last save to %1 was interrupted and must be undone before the file can be read. "
                        "This PC cannot write to its folder: open the file once on a PC that can (or ask for "
                        "write access). Nothing was changed; do not delete the file %2.")
                         .arg(native(m_path), native(journalPathFor(m_path))));
    }
    // Opened read-only on purpose: undo it under the lock if nobody holds
    // it; a holder is saving right now, and its journal is live.
    auto lock = storage::BranchLock::acquire(m_path);
    if (!lock.ok()) {
        if (lock.error().kind == Error::Kind::Locked) {
            const auto holder = storage::BranchLock::readOwner(m_path);
            return Error(Error::Kind::Busy,
                         tr("%1 is being saved by %2 right now. Try again in a moment; nothing was changed.")
                             .arg(native(m_path), holder ? holder->describe() : tr("another program")));
        }
        return lock.error();
    }
    auto recovered = recoverInterruptedSave(m_path);
    if (!recovered.ok()) {
        return recovered.error();
    }
    m_recoveredInterruptedSave = recovered.value();
    return {};
}

QString BranchFile::interruptedSaveNotice() const
{
    return tr("The last save to %1 was interrupted (the program was closed, the PC lost power or the disk "
              "went away) and has been undone: the file holds what was saved before it.")
        .arg(native(m_path));
}

Result<void> BranchFile::switchToUpgradedCopy()
{
    // The upgraded copy lives in memory only: it holds names and contacts,
    // which must not be left in a temporary folder (nor survive a crash).
    // Shared cache, so the worker threads' read connections see it too; it
    // lives as long as the main connection to it.
    const QString source = m_connectionName;
    m_connectionName = newConnectionName();
    m_databasePath = QStringLiteral("file:tsunagu-upgraded-%1?mode=memory&cache=shared")
                         .arg(QUuid::createUuid().toString(QUuid::Id128));
    if (auto r = configureConnection(false); !r.ok()) {
        return r;
    }
    {
        QSqlQuery query(QSqlDatabase::database(source, false));
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(m_databasePath);
        if (!query.exec()) {
            return storage::databaseError(tr("Reading %1").arg(native(m_path)), query.lastError());
        }
    }
    QSqlDatabase::database(source, false).close();
    QSqlDatabase::removeDatabase(source);
    return {};
}

Result<void> BranchFile::loadMetadata()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT code, name_ja, name_en, designated_city FROM region "
                                   "ORDER BY sort_order"))) {
        return storage::databaseError(BranchFile::tr("Reading the regions"), query.lastError());
    }
    QList<Region> regions;
    while (query.next()) {
        regions.append(Region{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toInt() != 0});
    }
    if (!query.exec(QStringLiteral("SELECT code, region_code, name_ja, name_en, kind FROM municipality "
                                   "ORDER BY sort_order"))) {
        return storage::databaseError(BranchFile::tr("Reading the municipalities"), query.lastError());
    }
    QList<Municipality> municipalities;
    while (query.next()) {
        const auto kind = MasterData::kindFromString(query.value(4).toString());
        municipalities.append(Municipality{query.value(0).toString(), query.value(1).toString(),
                                           query.value(2).toString(), query.value(3).toString(),
                                           kind.value_or(Municipality::Kind::City)});
    }
    m_masterData = MasterData::fromParts(std::move(regions), std::move(municipalities));

    if (!query.exec(QStringLiteral("SELECT key, value FROM branch_meta"))) {
        return storage::databaseError(BranchFile::tr("Reading the branch details"), query.lastError());
    }
    QHash<QString, QString> meta;
    while (query.next()) {
        meta.insert(query.value(0).toString(), query.value(1).toString());
    }
    m_info.name = meta.value(MetaBranchName);
    m_info.regionCode = meta.value(MetaRegionCode);
    m_info.createdAt = QDateTime::fromString(meta.value(MetaCreatedAt), Qt::ISODate);
    m_info.chiefCoordinatorName.clear();
    if (const QString chiefId = meta.value(MetaChiefCoordinatorId); !chiefId.isEmpty()) {
        QSqlQuery chief(db);
        chief.prepare(QStringLiteral("SELECT name FROM coordinator WHERE id = ?"));
        chief.addBindValue(chiefId.toLongLong());
        if (chief.exec() && chief.next()) {
            m_info.chiefCoordinatorName = chief.value(0).toString();
        }
    }
    return {};
}

BranchFile::WorkerAccess BranchFile::workerAccess() const
{
    return WorkerAccess{m_path, databaseFilePath(), m_info, m_masterData};
}

Result<std::unique_ptr<BranchFile>> BranchFile::openForWorker(const WorkerAccess& access)
{
    std::unique_ptr<BranchFile> file(new BranchFile);
    file->m_path = access.path;
    if (access.databasePath != access.path) {
        file->m_databasePath = access.databasePath;
    }
    file->m_connectionName = newConnectionName();
    file->m_info = access.info;
    file->m_masterData = access.masterData;
    file->m_integrityConfirmed = true;
    if (auto r = file->configureConnection(false); !r.ok()) {
        return r.error();
    }
    return file;
}

Result<void> BranchFile::integrityConfirmed()
{
    m_integrityConfirmed = true;
    if (m_readOnlyReason != ReadOnlyReason::Checking) {
        return {};
    }
    m_readOnlyReason = ReadOnlyReason::None;
    if (auto r = configureForWriting(); !r.ok()) {
        m_readOnlyReason = ReadOnlyReason::Requested;
        return r;
    }
    return {};
}

Result<void> BranchFile::ensureWritable() const
{
    if (!isReadOnly()) {
        // Lost to a takeover elsewhere: until checkLock() notices, say so.
        return m_lock ? m_lock->check() : Result<void>();
    }
    if (m_readOnlyReason == ReadOnlyReason::Checking) {
        return Error(
            Error::Kind::ReadOnly,
            BranchFile::tr("Tsunagu is still checking %1; changes can be saved when the check is done.")
                .arg(native(m_path)));
    }
    return Error(Error::Kind::ReadOnly,
                 BranchFile::tr("%1 is open read-only; changes cannot be saved.").arg(native(m_path)));
}

Result<void> BranchFile::setInfo(const BranchInfo& info)
{
    if (auto r = ensureWritable(); !r.ok()) {
        return r;
    }
    if (auto r = validateInfo(info, m_masterData); !r.ok()) {
        return r;
    }
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (auto r = transaction.begin(); !r.ok()) {
        return r;
    }
    QString chiefId;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT value FROM branch_meta WHERE key = ?"));
        query.addBindValue(MetaChiefCoordinatorId);
        if (query.exec() && query.next()) {
            chiefId = query.value(0).toString();
        }
    }
    if (auto r = writeInfo(db, info, chiefId); !r.ok()) {
        return r;
    }
    if (auto r = transaction.commit(); !r.ok()) {
        return r;
    }
    return loadMetadata();
}

int BranchFile::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

Result<void> BranchFile::checkLock()
{
    if (!m_lock) {
        return {};
    }
    auto result = m_lock->check();
    if (!result.ok() && result.error().kind == Error::Kind::Locked) {
        // Someone took the file over while we were away: stop writing. The
        // lock's destructor leaves a lock file that names another holder alone.
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_lock.reset();
        m_readOnlyReason = ReadOnlyReason::Requested;
        m_connectionName = newConnectionName();
        if (auto r = configureConnection(true); !r.ok()) {
            return r;
        }
    }
    return result;
}

Result<void> BranchFile::saveCopy(const QString& targetPath) const
{
    const QFileInfo target(targetPath);
    if (auto r = storage::refuseOwnFiles(targetPath, m_path); !r.ok()) {
        return r;
    }
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.copying").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    QSqlQuery query(database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return storage::databaseError(BranchFile::tr("Saving a copy to %1").arg(native(targetPath)),
                                      query.lastError());
    }
    std::error_code error;
    std::filesystem::rename(temporary.toStdU16String(), targetPath.toStdU16String(), error);
    if (error) {
        QFile::remove(temporary);
        return Error(Error::Kind::Io, BranchFile::tr("Cannot write %1: %2")
                                          .arg(native(targetPath), QString::fromStdString(error.message())));
    }
    return {};
}

} // namespace tsunagu
