// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/LockWait.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

class QFile;

namespace tsunagu::storage {

/// A lock file beside the branch file (`branch.tsunagu.lock`) that keeps a
/// second Tsunagu from opening the same file for writing, also across PCs on
/// an office network share. SQLite's own locks are not enough there: they are
/// held only during a transaction, and byte-range locks are unreliable on
/// SMB/NFS.
///
/// The file is JSON: who holds it (user, host, pid, since — shown in
/// messages), a random token naming this lock, the holder's heartbeat
/// interval and a heartbeat *counter*.
///
/// **Heartbeat.** A thread owned by the lock advances the counter every
/// heartbeatInterval, so a holder whose own thread is busy for minutes (a CLI
/// import of a million rows) stays fresh. It writes through the handle it
/// created the file with, never through the path: if the file was taken over
/// (renamed away) meanwhile, the write lands in the old file and cannot
/// overwrite the new holder's lock. Before each write it reads the path; a
/// missing file or another token means the lock was lost (isLost(), check()),
/// and the owner must stop writing.
///
/// **Staleness without clocks.** Times in the file are never compared with
/// the local clock (PCs on one share disagree). A lock is stale when
/// - its holder is provably dead: same computer (host name and machine id),
///   and either another boot, or the pid not running, or running with another
///   start time (a reused pid) — judged at once; a running holder on this
///   computer is never taken over, however old its heartbeat; or
/// - its bytes do not change while they are watched for staleAfterBeats of
///   the holder's declared heartbeat intervals (3 × 5 s by default). This is
///   the rule for other computers and for a lock file that cannot be read
///   (empty, half-written): no special case, no ten-minute wait. A live
///   holder is recognised at its next beat, so a "locked" answer comes within
///   about one interval.
///
/// **Atomic takeover.** Only one instance may remove the name of a judged
/// stale lock: it must first create `<lock>.takeover-<id>` exclusively
/// (O_EXCL), where id names the stale lock (its token, or a hash of its bytes
/// when it cannot be read). Holding that claim it re-reads the lock: unchanged
/// bytes mean the name still refers to the very file judged stale (the name
/// changes only under that same claim, or by exclusive creation when absent),
/// so renaming it away cannot remove a newer lock. It then deletes the claim
/// (harmless: that file is gone for good) and competes for the free name by
/// exclusive creation like anyone else; exactly one creator wins. A holder
/// releasing its lock takes the same claim, so a release and a takeover
/// cannot cross. Claims are themselves judged by the staleness rule, so a
/// taker that crashed mid-takeover blocks no one. The guarantee assumes what
/// any lease does: that a live instance does not stall for longer than the
/// watching period in the middle of a takeover.
class BranchLock
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::storage::BranchLock)

public:
    /// Intervals, injectable so that tests do not wait for seconds.
    struct Options
    {
        /// How often the holder's thread advances its heartbeat.
        std::chrono::milliseconds heartbeatInterval{5000};
        /// A lock whose bytes stay unchanged for this many of its holder's
        /// intervals is stale. Three leaves room for a slow share.
        int staleAfterBeats = 3;
        /// For tests of interleavings: called with "judged" (a lock was
        /// judged stale), "claimed" (the takeover claim is held) and
        /// "renamed" (the stale lock was renamed away).
        std::function<void(const char* step)> onStep;
    };
    /// What acquire() uses unless told otherwise.
    static Options defaultOptions();
    /// For in-process tests of callers (BranchFile, the CLI): replaces the
    /// defaults of this process.
    static void setDefaultOptions(const Options& options);

    ~BranchLock();
    BranchLock(const BranchLock&) = delete;
    BranchLock& operator=(const BranchLock&) = delete;

    static QString lockPathFor(const QString& databasePath);

    /// Takes the lock for \a databasePath, waiting (and telling \a observer)
    /// while a holder's heartbeat is watched, or fails with
    /// Error::Kind::Locked naming the holder, Error::Kind::Cancelled when the
    /// observer stopped the wait, or Error::Kind::Io.
    static Result<std::unique_ptr<BranchLock>> acquire(const QString& databasePath,
                                                       const LockWaitObserver& observer = {});
    static Result<std::unique_ptr<BranchLock>>
    acquire(const QString& databasePath, const LockWaitObserver& observer, const Options& options);

    /// The current holder of the lock for \a databasePath, if the lock file
    /// exists and can be read.
    static std::optional<LockOwner> readOwner(const QString& databasePath);

    /// Advances the heartbeat now (the lock's thread does this by itself).
    /// Fails with Error::Kind::Locked, writing nothing, when the lock was
    /// lost; with Error::Kind::Io when the file cannot be read or written
    /// just now (e.g. the share blipped), which is not yet a loss.
    Result<void> refresh();
    /// Cheap, any thread: fails with Error::Kind::Locked once the lock is lost.
    Result<void> check() const;
    bool isLost() const { return m_lost.load(); }
    /// Heartbeats written so far.
    quint64 beats() const { return m_beats.load(); }

    const QString& lockPath() const { return m_lockPath; }
    const LockOwner& owner() const { return m_owner; }

private:
    BranchLock(QString lockPath, LockOwner owner, QString token, std::unique_ptr<QFile> file,
               QByteArray record, const Options& options);
    void runHeartbeat();
    void markLost(const QString& message);

    QString m_lockPath;
    LockOwner m_owner;
    QString m_token;
    Options m_options;

    mutable std::mutex m_mutex; ///< guards m_file, m_record, m_lostMessage
    std::unique_ptr<QFile> m_file;
    QByteArray m_record; ///< the file's bytes as last written
    QString m_lostMessage;
    std::atomic_bool m_lost{false};
    std::atomic<quint64> m_beats{0};

    std::mutex m_stopMutex;
    std::condition_variable m_stopCondition;
    bool m_stop = false;
    std::thread m_heartbeat;
};

} // namespace tsunagu::storage
