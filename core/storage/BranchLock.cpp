// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#endif
#ifdef Q_OS_MACOS
#include <sys/sysctl.h>
#include <sys/types.h>
#endif

namespace tsunagu::storage {

namespace {

using namespace std::chrono_literals;
using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

constexpr int FormatVersion = 2;
/// The counter is written with a fixed width, so that each heartbeat rewrites
/// the file in place with the same length.
constexpr int BeatWidth = 12;
/// Lock files of Tsunagu before format 2 were refreshed once a minute.
constexpr milliseconds LegacyInterval{60'000};
/// A declared interval is clamped to this range: a garbled value neither
/// shortens the wait to nothing nor makes it endless.
constexpr milliseconds ShortestDeclared{20};
constexpr milliseconds LongestDeclared{60'000};
/// Claims of claims: each level needs a taker that crashed in the level below.
constexpr int MaxClaimDepth = 3;
constexpr int MaxAttempts = 8;

std::mutex defaultsMutex;
BranchLock::Options& defaults()
{
    static BranchLock::Options options;
    return options;
}

/// Everything a lock file says.
struct Record
{
    LockOwner owner;
    QString token;        ///< names this lock; empty in files of format 1
    QString machine;      ///< hash of the machine id
    QString boot;         ///< hash of the boot id
    QString processStart; ///< the holder's start time, against pid reuse
    milliseconds interval = LegacyInterval;
    quint64 beat = 0;
};

QString hashed(const QByteArray& id)
{
    if (id.isEmpty()) {
        return QString();
    }
    // The machine id is not for everyone on the share to read.
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(id + "tsunagu-lock"), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

const QString& thisMachine()
{
    static const QString id = hashed(QSysInfo::machineUniqueId());
    return id;
}

const QString& thisBoot()
{
    static const QString id = hashed(QSysInfo::bootUniqueId());
    return id;
}

bool isProcessRunning(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process) {
        return GetLastError() == ERROR_ACCESS_DENIED;
    }
    DWORD exitCode = 0;
    const bool running = GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

/// When process \a pid started, as an opaque text; empty when unknown.
QString processStartOf(qint64 pid)
{
    if (pid <= 0) {
        return QString();
    }
#if defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process) {
        return QString();
    }
    FILETIME creation{};
    FILETIME exit{};
    FILETIME kernel{};
    FILETIME user{};
    QString start;
    if (GetProcessTimes(process, &creation, &exit, &kernel, &user)) {
        start = QString::number((quint64(creation.dwHighDateTime) << 32) | creation.dwLowDateTime);
    }
    CloseHandle(process);
    return start;
#elif defined(Q_OS_MACOS)
    struct kinfo_proc info = {};
    size_t size = sizeof info;
    int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_PID, static_cast<int>(pid)};
    if (sysctl(mib, 4, &info, &size, nullptr, 0) != 0 || size != sizeof info) {
        return QString();
    }
    return QStringLiteral("%1.%2")
        .arg(qint64(info.kp_proc.p_starttime.tv_sec))
        .arg(qint64(info.kp_proc.p_starttime.tv_usec));
#elif defined(Q_OS_LINUX)
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return QString();
    }
    // Field 22, starttime; the command name (field 2) may hold spaces and
    // parentheses, so count from the last ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
#else
    return QString();
#endif
}

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user.isEmpty() ? QStringLiteral("?") : user;
}

Record currentProcessRecord(milliseconds interval)
{
    Record record;
    record.owner.user = currentUser();
    record.owner.host = QSysInfo::machineHostName();
    record.owner.pid = QCoreApplication::applicationPid();
    record.owner.since = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    record.machine = thisMachine();
    record.boot = thisBoot();
    static const QString start = processStartOf(QCoreApplication::applicationPid());
    record.processStart = start;
    record.interval = interval;
    return record;
}

QByteArray serialise(const Record& record)
{
    const QJsonObject object{
        {QStringLiteral("application"), QStringLiteral("tsunagu")},
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("user"), record.owner.user},
        {QStringLiteral("host"), record.owner.host},
        {QStringLiteral("pid"), record.owner.pid},
        {QStringLiteral("since"), record.owner.since.toString(Qt::ISODate)},
        {QStringLiteral("machine"), record.machine},
        {QStringLiteral("boot"), record.boot},
        {QStringLiteral("processStart"), record.processStart},
        {QStringLiteral("token"), record.token},
        {QStringLiteral("heartbeatIntervalMs"), qint64(record.interval.count())},
        {QStringLiteral("beat"), QStringLiteral("%1").arg(record.beat, BeatWidth, 10, QLatin1Char('0'))},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Record> parse(const QByteArray& content)
{
    const QJsonObject object = QJsonDocument::fromJson(content).object();
    if (object.value(QStringLiteral("application")).toString() != QLatin1String("tsunagu")) {
        return std::nullopt;
    }
    Record record;
    record.owner.user = object.value(QStringLiteral("user")).toString();
    record.owner.host = object.value(QStringLiteral("host")).toString();
    record.owner.pid = object.value(QStringLiteral("pid")).toInteger();
    record.owner.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    record.token = object.value(QStringLiteral("token")).toString();
    record.machine = object.value(QStringLiteral("machine")).toString();
    record.boot = object.value(QStringLiteral("boot")).toString();
    record.processStart = object.value(QStringLiteral("processStart")).toString();
    if (object.contains(QStringLiteral("heartbeatIntervalMs"))) {
        record.interval =
            std::clamp(milliseconds(object.value(QStringLiteral("heartbeatIntervalMs")).toInteger()),
                       ShortestDeclared, LongestDeclared);
    }
    record.beat = object.value(QStringLiteral("beat")).toString().toULongLong();
    return record;
}

/// One look at a lock file.
struct Snapshot
{
    enum class State
    {
        Missing,
        Read,
        Failed, ///< exists but could not be read just now
    };
    State state = State::Missing;
    QByteArray bytes;
    std::optional<Record> record;

    /// What names this lock for a takeover claim: its token, or its bytes
    /// when it has none (unreadable, or written by Tsunagu before format 2).
    QString identity() const
    {
        if (record && !record->token.isEmpty()) {
            return QStringLiteral("token:") + record->token;
        }
        return QStringLiteral("bytes:") +
               QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
};

Snapshot readSnapshot(const QString& path)
{
    Snapshot snapshot;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        snapshot.state = QFileInfo::exists(path) ? Snapshot::State::Failed : Snapshot::State::Missing;
        return snapshot;
    }
    snapshot.state = Snapshot::State::Read;
    snapshot.bytes = file.readAll();
    snapshot.record = parse(snapshot.bytes);
    return snapshot;
}

QString claimPathFor(const QString& path, const QString& identity)
{
    return path + QStringLiteral(".takeover-") +
           QString::fromLatin1(
               QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

enum class Placed
{
    Done,
    Exists,
    Unsupported, ///< the file system offers no rename that refuses to replace
    Failed,
};

/// Renames \a from to \a to unless \a to exists, atomically.
Placed renameNoReplace(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t*>(from.utf16()),
                    reinterpret_cast<const wchar_t*>(to.utf16()), MOVEFILE_WRITE_THROUGH)) {
        return Placed::Done;
    }
    const DWORD error = GetLastError();
    return error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS ? Placed::Exists : Placed::Failed;
#else
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0) {
        return Placed::Done;
    }
    if (errno == EEXIST) {
        return Placed::Exists;
    }
#elif defined(Q_OS_MACOS)
    if (::renamex_np(source.constData(), target.constData(), RENAME_EXCL) == 0) {
        return Placed::Done;
    }
    if (errno == EEXIST) {
        return Placed::Exists;
    }
#endif
    // A hard link is created only where no file is: the classic NFS-safe way.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return Placed::Done;
    }
    if (errno == EEXIST) {
        return Placed::Exists;
    }
    return errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == ENOSYS ? Placed::Unsupported
                                                                                        : Placed::Failed;
#endif
}

/// Creates \a path holding \a bytes only if it does not exist. The bytes
/// appear with the name, never an empty or partial file: one is written
/// aside and renamed into place without replacing (O_EXCL creation is the
/// fallback where the file system cannot). Returns the file open for
/// writing, or null: with \a error empty when the file exists.
std::unique_ptr<QFile> createExclusively(const QString& path, const QByteArray& bytes, QString* error)
{
    const QString temporary = path + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::Id128);
    Placed placed = Placed::Failed;
    {
        QFile file(temporary);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.write(bytes) == bytes.size() &&
            file.flush()) {
            file.close();
            placed = renameNoReplace(temporary, path);
        } else {
            *error = file.errorString();
        }
    }
    QFile::remove(temporary); // left only when it was not renamed
    auto file = std::make_unique<QFile>(path);
    if (placed == Placed::Exists ||
        (placed == Placed::Failed && error->isEmpty() && QFileInfo::exists(path))) {
        return nullptr;
    }
    if (placed == Placed::Unsupported) {
        if (!file->open(QIODevice::ReadWrite | QIODevice::NewOnly)) {
            if (!QFileInfo::exists(path)) {
                *error = file->errorString();
            }
            return nullptr;
        }
        if (file->write(bytes) != bytes.size() || !file->flush()) {
            *error = file->errorString();
            file->close();
            QFile::remove(path);
            return nullptr;
        }
        return file;
    }
    if (placed == Placed::Failed) {
        if (error->isEmpty()) {
            *error = BranchLock::tr("the file could not be put in place");
        }
        return nullptr;
    }
    // Reopened by name (Windows cannot rename a file it holds open): the name
    // is ours until someone has watched it stand still, which it will not.
    if (!file->open(QIODevice::ReadWrite)) {
        *error = file->errorString();
        return nullptr;
    }
    return file;
}

bool sameMachine(const Record& record)
{
    if (record.owner.host.compare(QSysInfo::machineHostName(), Qt::CaseInsensitive) != 0) {
        return false;
    }
    // Cloned PCs may share a host name; their machine ids tell them apart.
    return record.machine.isEmpty() || thisMachine().isEmpty() || record.machine == thisMachine();
}

/// For a holder on this computer: whether that very process still runs.
bool isHolderRunning(const Record& record)
{
    if (!record.boot.isEmpty() && !thisBoot().isEmpty() && record.boot != thisBoot()) {
        return false; // its computer has restarted since
    }
    if (!isProcessRunning(record.owner.pid)) {
        return false;
    }
    if (record.processStart.isEmpty()) {
        return true;
    }
    const QString start = processStartOf(record.owner.pid);
    return start.isEmpty() || start == record.processStart; // another start: the pid was reused
}

enum class Verdict
{
    Live,
    Stale,
    Gone, ///< the lock file went away meanwhile
    Cancelled,
};

/// Decides whether the lock seen in \a seen is stale, watching it if needs be.
Verdict judge(const QString& path, const Snapshot& seen, const BranchLock::Options& options,
              const LockWaitObserver& observer, LockWait::Reason reason)
{
    if (seen.record && sameMachine(*seen.record)) {
        return isHolderRunning(*seen.record) ? Verdict::Live : Verdict::Stale;
    }
    // Another computer, or a file that cannot be read: does it change while
    // we watch it for a few of its heartbeat intervals? No clocks compared.
    const milliseconds declared = seen.record ? seen.record->interval : options.heartbeatInterval;
    LockWait wait;
    wait.reason = seen.record ? reason : LockWait::Reason::Unreadable;
    if (seen.record) {
        wait.holder = seen.record->owner;
    }
    wait.total = declared * std::max(1, options.staleAfterBeats);
    const milliseconds step = std::clamp(declared / 4, milliseconds(5), milliseconds(250));
    const auto start = Clock::now();
    for (;;) {
        const auto elapsed = std::chrono::duration_cast<milliseconds>(Clock::now() - start);
        wait.remaining = std::max(wait.total - elapsed, milliseconds(0));
        if (observer && !observer(wait)) {
            return Verdict::Cancelled;
        }
        if (wait.remaining <= milliseconds(0)) {
            return Verdict::Stale;
        }
        std::this_thread::sleep_for(std::min(step, wait.remaining));
        const Snapshot now = readSnapshot(path);
        if (now.state == Snapshot::State::Missing) {
            return Verdict::Gone;
        }
        if (now.state == Snapshot::State::Read && now.bytes != seen.bytes) {
            return Verdict::Live;
        }
    }
}

Error lockedError(const QString& path)
{
    const Snapshot now = readSnapshot(path);
    const QString holder = now.record ? now.record->owner.describe() : BranchLock::tr("another program");
    return Error(Error::Kind::Locked,
                 BranchLock::tr("The branch file is already open for editing by %1.").arg(holder));
}

void step(const BranchLock::Options& options, const char* name)
{
    if (options.onStep) {
        options.onStep(name);
    }
}

struct Held
{
    std::unique_ptr<QFile> file;
    Record record;
    QByteArray bytes;
};

/// Takes \a path for \a me (with a fresh token): the lock file itself at depth
/// 0, a takeover claim below.
Result<Held> acquireAt(const QString& path, Record me, const BranchLock::Options& options,
                       const LockWaitObserver& observer, int depth)
{
    const LockWait::Reason reason = depth == 0 ? LockWait::Reason::OtherComputer : LockWait::Reason::Takeover;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        me.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray bytes = serialise(me);
        QString error;
        if (auto file = createExclusively(path, bytes, &error)) {
            return Held{std::move(file), me, bytes};
        }
        if (!error.isEmpty()) {
            return Error(Error::Kind::Io, BranchLock::tr("Cannot create the lock file %1: %2")
                                              .arg(QDir::toNativeSeparators(path), error));
        }
        const Snapshot seen = readSnapshot(path);
        if (seen.state != Snapshot::State::Read) {
            if (seen.state == Snapshot::State::Failed) {
                std::this_thread::sleep_for(milliseconds(20));
            }
            continue;
        }
        switch (judge(path, seen, options, observer, reason)) {
        case Verdict::Cancelled:
            return Error(Error::Kind::Cancelled, BranchLock::tr("Waiting for the lock was cancelled."));
        case Verdict::Gone:
            continue;
        case Verdict::Live:
            return lockedError(path);
        case Verdict::Stale:
            break;
        }
        step(options, "judged");
        if (depth >= MaxClaimDepth) {
            return lockedError(path);
        }
        // Only the holder of this claim may remove the name of the lock judged
        // stale; everyone else looks again after it is done.
        const QString claimPath = claimPathFor(path, seen.identity());
        auto claim = acquireAt(claimPath, me, options, observer, depth + 1);
        if (!claim.ok()) {
            if (claim.error().kind != Error::Kind::Locked) {
                return claim.error();
            }
            std::this_thread::sleep_for(
                std::clamp(options.heartbeatInterval / 4, milliseconds(5), milliseconds(250)));
            continue;
        }
        step(options, "claimed");
        // Unchanged bytes: the name still refers to the file judged stale (it
        // can change only under this claim), so the rename removes that one.
        const Snapshot again = readSnapshot(path);
        if (again.state == Snapshot::State::Read && again.bytes == seen.bytes) {
            const QString aside =
                path + QStringLiteral(".stale-") + QUuid::createUuid().toString(QUuid::Id128);
            std::error_code code;
            std::filesystem::rename(path.toStdU16String(), aside.toStdU16String(), code);
            if (!code) {
                step(options, "renamed");
                std::filesystem::remove(aside.toStdU16String(), code);
            }
        }
        // The judged file is gone for good (or was alive after all): the
        // claim has no more to guard.
        claim.value().file.reset();
        QFile::remove(claimPath);
    }
    return lockedError(path);
}

} // namespace

QString LockOwner::describe() const
{
    const QString sinceText = since.isValid()
                                  ? since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : BranchLock::tr("an unknown time");
    return BranchLock::tr("%1 on %2 since %3")
        .arg(user.isEmpty() ? BranchLock::tr("an unknown user") : user,
             host.isEmpty() ? BranchLock::tr("an unknown computer") : host, sinceText);
}

QString LockWait::explanation() const
{
    const int seconds = int((total.count() + 999) / 1000);
    switch (reason) {
    case Reason::OtherComputer:
        return BranchLock::tr(
                   "The branch file is open for editing by %1 on another computer, or was left "
                   "open there. Tsunagu watches its lock: a program that is still running renews it "
                   "every few seconds. If it is not renewed within %n second(s), it was left behind "
                   "and Tsunagu takes over.",
                   nullptr, seconds)
            .arg(holder ? holder->describe() : BranchLock::tr("another program"));
    case Reason::Unreadable:
        return BranchLock::tr(
            "The lock file of the branch file cannot be read (it is empty or incomplete, "
            "perhaps left by a program that ended abruptly). Tsunagu watches it: if nothing "
            "renews it within %n second(s), it was left behind and Tsunagu takes over.",
            nullptr, seconds);
    case Reason::Takeover:
        return BranchLock::tr("Another program is taking over a lock left behind on the branch file. Tsunagu "
                              "waits for it to finish (at most %n second(s)).",
                              nullptr, seconds);
    }
    return QString();
}

BranchLock::Options BranchLock::defaultOptions()
{
    const std::lock_guard guard(defaultsMutex);
    return defaults();
}

void BranchLock::setDefaultOptions(const Options& options)
{
    const std::lock_guard guard(defaultsMutex);
    defaults() = options;
}

BranchLock::BranchLock(QString lockPath, LockOwner owner, QString token, std::unique_ptr<QFile> file,
                       QByteArray record, const Options& options)
    : m_lockPath(std::move(lockPath))
    , m_owner(std::move(owner))
    , m_token(std::move(token))
    , m_options(options)
    , m_file(std::move(file))
    , m_record(std::move(record))
{
    m_heartbeat = std::thread([this] { runHeartbeat(); });
}

BranchLock::~BranchLock()
{
    {
        const std::lock_guard guard(m_stopMutex);
        m_stop = true;
    }
    m_stopCondition.notify_all();
    m_heartbeat.join();

    const std::lock_guard guard(m_mutex);
    if (m_lost) {
        return; // the name belongs to someone else now
    }
    // Remove the lock under the same claim a takeover takes, so that a
    // release and a takeover of this lock cannot cross. If the claim is
    // taken, someone is taking this lock over: leave it to them.
    const QString claimPath = claimPathFor(m_lockPath, QStringLiteral("token:") + m_token);
    QString error;
    auto claim = createExclusively(claimPath, m_record, &error);
    if (!claim) {
        return;
    }
    const Snapshot now = readSnapshot(m_lockPath);
    m_file.reset(); // closed before removing: Windows refuses to remove an open file
    if (now.state == Snapshot::State::Read && now.bytes == m_record) {
        QFile::remove(m_lockPath);
    }
    claim.reset();
    QFile::remove(claimPath);
}

QString BranchLock::lockPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

Result<std::unique_ptr<BranchLock>> BranchLock::acquire(const QString& databasePath,
                                                        const LockWaitObserver& observer)
{
    return acquire(databasePath, observer, defaultOptions());
}

Result<std::unique_ptr<BranchLock>>
BranchLock::acquire(const QString& databasePath, const LockWaitObserver& observer, const Options& options)
{
    // The interval is written into the file, where others read it clamped.
    Options effective = options;
    effective.heartbeatInterval = std::clamp(options.heartbeatInterval, ShortestDeclared, LongestDeclared);
    const QString lockPath = lockPathFor(databasePath);
    auto held =
        acquireAt(lockPath, currentProcessRecord(effective.heartbeatInterval), effective, observer, 0);
    if (!held.ok()) {
        return held.error();
    }
    Held& h = held.value();
    return std::unique_ptr<BranchLock>(
        new BranchLock(lockPath, h.record.owner, h.record.token, std::move(h.file), h.bytes, effective));
}

std::optional<LockOwner> BranchLock::readOwner(const QString& databasePath)
{
    const QString lockPath = lockPathFor(databasePath);
    Snapshot snapshot = readSnapshot(lockPath);
    if (snapshot.state == Snapshot::State::Read && !snapshot.record) {
        snapshot = readSnapshot(lockPath); // perhaps read while being written
    }
    if (!snapshot.record) {
        return std::nullopt;
    }
    return snapshot.record->owner;
}

void BranchLock::markLost(const QString& message)
{
    m_lostMessage = message;
    m_lost = true;
}

Result<void> BranchLock::refresh()
{
    {
        const std::lock_guard guard(m_mutex);
        if (!m_lost) {
            // Ours only while the path still shows what we last wrote: we are
            // the only writer of our file.
            const Snapshot now = readSnapshot(m_lockPath);
            if (now.state == Snapshot::State::Failed) {
                return Error(Error::Kind::Io,
                             tr("Cannot read the lock file %1.").arg(QDir::toNativeSeparators(m_lockPath)));
            }
            if (now.state == Snapshot::State::Missing) {
                markLost(tr("The lock file of the branch file was removed by another program; changes can no "
                            "longer be saved."));
            } else if (now.bytes != m_record) {
                markLost(
                    tr("The lock on the branch file was taken over by %1; changes can no longer be saved.")
                        .arg(now.record ? now.record->owner.describe() : tr("another program")));
            } else {
                // Through our own handle: after a takeover (a rename) this
                // writes into the old file, never into the new holder's.
                std::optional<Record> record = parse(m_record);
                record->beat += 1;
                const QByteArray bytes = serialise(*record);
                if (!m_file->seek(0) || m_file->write(bytes) != bytes.size() ||
                    !m_file->resize(bytes.size()) || !m_file->flush()) {
                    return Error(Error::Kind::Io,
                                 tr("Cannot refresh the lock file %1: %2")
                                     .arg(QDir::toNativeSeparators(m_lockPath), m_file->errorString()));
                }
                m_record = bytes;
                ++m_beats;
                return {};
            }
        }
    }
    return check();
}

Result<void> BranchLock::check() const
{
    if (!m_lost) {
        return {};
    }
    const std::lock_guard guard(m_mutex);
    return Error(Error::Kind::Locked, m_lostMessage);
}

void BranchLock::runHeartbeat()
{
    std::unique_lock lock(m_stopMutex);
    while (!m_stop) {
        if (m_stopCondition.wait_for(lock, m_options.heartbeatInterval, [this] { return m_stop; })) {
            break;
        }
        lock.unlock();
        // An I/O failure (a share that blips) is tried again at the next beat.
        const bool lost = !refresh().ok() && isLost();
        lock.lock();
        if (lost) {
            break;
        }
    }
}

} // namespace tsunagu::storage
