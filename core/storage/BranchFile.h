// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "master/MasterData.h"
#include "storage/BranchInfo.h"
#include "storage/LockWait.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tsunagu::storage {
class BranchLock;
}

namespace tsunagu {

/// A branch file (`.tsunagu`): one SQLite database per branch holding its
/// cases, coordinators, master data and metadata.
///
/// Opening is careful: the file is identified from its header (SQLite magic,
/// `application_id`, `user_version`) and checked with `quick_check` over a
/// read-only connection before anything may write to it, so a file that is
/// refused is left byte for byte as it was. The check reads the whole file; for
/// a large file the desktop app defers it (IntegrityCheck::Deferred): the file
/// opens at once for reading and becomes writable when the check, run on a
/// worker thread, has passed. Writable files use a rollback
/// journal with `synchronous=FULL` (WAL does not work on network shares) and a
/// lock file against a second writer.
class BranchFile
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::BranchFile)

public:
    static constexpr QLatin1StringView Extension{"tsunagu"};

    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    /// Why an open file is read-only.
    enum class ReadOnlyReason
    {
        None,
        Requested,       ///< opened read-only on purpose (e.g. locked elsewhere, user chose)
        FileNotWritable, ///< the file or its folder cannot be written (read-only share)
        Checking,        ///< writable once its deferred integrity check has passed
    };

    /// When open() runs the integrity check (`PRAGMA quick_check`).
    enum class IntegrityCheck
    {
        BeforeOpening, ///< always, before the file is opened
        /// Files from DeferredCheckSize up open at once; a writable one stays
        /// read-only (ReadOnlyReason::Checking) until the caller has run
        /// checkIntegrity() and called integrityConfirmed(). Smaller files, and
        /// files that need a migration, are checked before opening as usual.
        /// Commands that only read (summary, export, report) open read-only
        /// with Deferred and skip the whole-file check: SQLite still refuses
        /// any damaged page they read.
        Deferred,
    };
    /// Below this size the check takes well under a tenth of a second.
    static constexpr qint64 DeferredCheckSize = 64 * 1024 * 1024;

    ~BranchFile();
    BranchFile(const BranchFile&) = delete;
    BranchFile& operator=(const BranchFile&) = delete;

    /// Creates a new branch file at \a path (which must not exist) with the
    /// given metadata and master data.
    static Result<std::unique_ptr<BranchFile>> create(const QString& path, const BranchInfo& info,
                                                      const MasterData& masterData = MasterData::kanagawa());

    /// Opens an existing branch file. With Access::ReadWrite, a file already
    /// open for writing elsewhere fails with Error::Kind::Locked (the message
    /// names the holder) so the caller can offer Access::ReadOnly; a file that
    /// cannot be written is opened read-only (see readOnlyReason()). Older
    /// schema versions are migrated in one transaction. While the lock of a
    /// holder elsewhere is watched to see whether it was left behind,
    /// \a lockWait is told (storage::BranchLock::acquire()).
    static Result<std::unique_ptr<BranchFile>> open(const QString& path, Access access = Access::ReadWrite,
                                                    IntegrityCheck check = IntegrityCheck::BeforeOpening,
                                                    const storage::LockWaitObserver& lockWait = {});

    /// Runs `PRAGMA quick_check` over a read-only connection of its own to
    /// \a databasePath (databaseFilePath()); safe on any thread. Fails with
    /// Error::Kind::Damaged, naming what is wrong.
    static Result<void> checkIntegrity(const QString& databasePath);

    /// After a deferred check has passed: a file waiting for it
    /// (ReadOnlyReason::Checking) becomes writable.
    Result<void> integrityConfirmed();
    /// False while a deferred integrity check has not been confirmed.
    bool isIntegrityConfirmed() const { return m_integrityConfirmed; }

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    /// The connection, for repositories. Valid for the lifetime of this object
    /// and only in the thread that opened it.
    QSqlDatabase database() const;
    const QString& connectionName() const { return m_connectionName; }
    /// The SQLite database the connection reads: path(), or for an older file
    /// opened read-only its private upgraded copy, in memory (a "file:" URI
    /// of shared cache; nothing with personal data is written to a temporary
    /// folder). For storage::ReadConnection.
    QString databaseFilePath() const { return m_databasePath.isEmpty() ? m_path : m_databasePath; }
    const MasterData& masterData() const { return m_masterData; }
    const BranchInfo& info() const { return m_info; }
    Result<void> setInfo(const BranchInfo& info);
    int schemaVersion() const;

    /// Whether opening undid a save that had been interrupted (a crash, a
    /// power cut, a share that went away), found as a journal beside the file.
    /// The caller tells the user: interruptedSaveNotice().
    bool recoveredInterruptedSave() const { return m_recoveredInterruptedSave; }
    /// "The last save to … was interrupted and has been undone …"
    QString interruptedSaveNotice() const;

    /// Whether the lock is still held (its heartbeat runs on a thread of its
    /// own); cheap, call it every few seconds. On failure the lock was lost
    /// (taken over elsewhere): the file has become read-only.
    Result<void> checkLock();

    /// Writes a consistent copy of the whole file to \a targetPath (which is
    /// replaced atomically), e.g. for a backup or to hand the file on.
    Result<void> saveCopy(const QString& targetPath) const;

    /// What a worker thread needs to write to this file through a connection
    /// of its own (a long import): taken on the owner's thread.
    struct WorkerAccess
    {
        QString path;
        QString databasePath;
        BranchInfo info;
        MasterData masterData;
    };
    WorkerAccess workerAccess() const;
    /// Opens, on the calling (worker) thread, a second connection to the file
    /// described by \a access, writable and without a lock of its own: the
    /// owner keeps the lock and must stay open and writable meanwhile.
    /// Transactions of the two connections exclude each other as SQLite's do.
    static Result<std::unique_ptr<BranchFile>> openForWorker(const WorkerAccess& access);

    /// Fails with Error::Kind::ReadOnly when the file is read-only; write
    /// paths call it first.
    Result<void> ensureWritable() const;

private:
    BranchFile() = default;
    Result<void> configureConnection(bool readOnly);
    Result<void> configureForWriting();
    Result<void> loadMetadata();
    Result<void> switchToUpgradedCopy();
    bool isUpgradedCopy() const { return !m_databasePath.isEmpty(); }
    Result<void> recoverWithLock();

    QString m_path;
    QString m_databasePath; ///< what the connection opened, when not m_path
    QString m_connectionName;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    bool m_integrityConfirmed = false;
    bool m_recoveredInterruptedSave = false;
    std::unique_ptr<storage::BranchLock> m_lock;
    MasterData m_masterData;
    BranchInfo m_info;
};

} // namespace tsunagu
