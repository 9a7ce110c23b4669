// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTimeZone>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <signal.h>
#endif

namespace tsunagu::storage {

namespace {

QByteArray serialise(const LockOwner& owner)
{
    QJsonObject object{
        {QStringLiteral("application"), QStringLiteral("tsunagu")},
        {QStringLiteral("user"), owner.user},
        {QStringLiteral("host"), owner.host},
        {QStringLiteral("pid"), owner.pid},
        {QStringLiteral("since"), owner.since.toString(Qt::ISODate)},
        {QStringLiteral("heartbeat"), owner.heartbeat.toString(Qt::ISODate)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<LockOwner> parse(const QByteArray& content)
{
    const QJsonObject object = QJsonDocument::fromJson(content).object();
    if (object.value(QStringLiteral("application")).toString() != QLatin1String("tsunagu")) {
        return std::nullopt;
    }
    LockOwner owner;
    owner.user = object.value(QStringLiteral("user")).toString();
    owner.host = object.value(QStringLiteral("host")).toString();
    owner.pid = object.value(QStringLiteral("pid")).toInteger();
    owner.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    owner.heartbeat =
        QDateTime::fromString(object.value(QStringLiteral("heartbeat")).toString(), Qt::ISODate);
    return owner;
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

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user.isEmpty() ? QStringLiteral("?") : user;
}

/// Reads the lock file; a lock file that cannot be understood (half-written,
/// from something else) is reported as a holder with no heartbeat.
std::optional<LockOwner> readLockFile(const QString& lockPath, QByteArray* rawContent = nullptr)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    if (rawContent) {
        *rawContent = content;
    }
    if (auto owner = parse(content)) {
        return owner;
    }
    return LockOwner{};
}

bool createExclusively(const QString& lockPath, const LockOwner& owner)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return false;
    }
    const QByteArray content = serialise(owner);
    const bool written = file.write(content) == content.size() && file.flush();
    file.close();
    if (!written) {
        QFile::remove(lockPath);
    }
    return written;
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

BranchLock::BranchLock(QString lockPath, LockOwner owner)
    : m_lockPath(std::move(lockPath))
    , m_owner(std::move(owner))
{}

BranchLock::~BranchLock()
{
    // Remove the lock only while it is still ours: after a takeover the file
    // belongs to someone else.
    const auto holder = readLockFile(m_lockPath);
    if (holder && holder->host == m_owner.host && holder->pid == m_owner.pid &&
        holder->since == m_owner.since) {
        QFile::remove(m_lockPath);
    }
}

QString BranchLock::lockPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

LockOwner BranchLock::currentProcessOwner(const QDateTime& now)
{
    LockOwner owner;
    owner.user = currentUser();
    owner.host = QSysInfo::machineHostName();
    owner.pid = QCoreApplication::applicationPid();
    // Whole seconds: the ISO text in the file carries no milliseconds.
    const QDateTime stamp = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    owner.since = stamp;
    owner.heartbeat = stamp;
    return owner;
}

bool BranchLock::isStale(const LockOwner& owner, const QDateTime& now)
{
    if (!owner.heartbeat.isValid()) {
        return false; // unreadable: decided by the file's age instead
    }
    if (owner.host == QSysInfo::machineHostName() && owner.pid != QCoreApplication::applicationPid() &&
        !isProcessRunning(owner.pid)) {
        return true;
    }
    return owner.heartbeat.secsTo(now) > StaleAfter.count();
}

std::optional<LockOwner> BranchLock::readOwner(const QString& databasePath)
{
    return readLockFile(lockPathFor(databasePath));
}

Result<std::unique_ptr<BranchLock>> BranchLock::acquire(const QString& databasePath, const QDateTime& now)
{
    const QString lockPath = lockPathFor(databasePath);
    const LockOwner me = currentProcessOwner(now);
    // Two rounds: the second follows the removal of a stale lock. If another
    // instance takes the lock in between, NewOnly makes us lose cleanly.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (createExclusively(lockPath, me)) {
            return std::unique_ptr<BranchLock>(new BranchLock(lockPath, me));
        }
        QByteArray content;
        const auto holder = readLockFile(lockPath, &content);
        if (!holder) {
            if (!QFileInfo::exists(lockPath)) {
                continue; // released between our two calls
            }
            return Error(
                Error::Kind::Io,
                BranchLock::tr("Cannot create the lock file %1.").arg(QDir::toNativeSeparators(lockPath)));
        }
        bool stale = isStale(*holder, now);
        if (!holder->heartbeat.isValid()) {
            const QDateTime modified = QFileInfo(lockPath).lastModified().toUTC();
            stale = modified.isValid() && modified.secsTo(now) > StaleAfter.count();
        }
        if (!stale) {
            return Error(
                Error::Kind::Locked,
                BranchLock::tr("The branch file is already open for editing by %1.").arg(holder->describe()));
        }
        // Remove the stale lock only if it is still the one we judged.
        QByteArray again;
        readLockFile(lockPath, &again);
        if (again != content || !QFile::remove(lockPath)) {
            continue;
        }
    }
    const auto holder = readLockFile(lockPath);
    return Error(Error::Kind::Locked,
                 BranchLock::tr("The branch file is already open for editing by %1.")
                     .arg(holder ? holder->describe() : BranchLock::tr("another program")));
}

Result<void> BranchLock::refresh(const QDateTime& now)
{
    const auto holder = readLockFile(m_lockPath);
    if (!holder || holder->host != m_owner.host || holder->pid != m_owner.pid ||
        holder->since != m_owner.since) {
        return Error(Error::Kind::Locked,
                     BranchLock::tr(
                         "The lock on the branch file was taken over by %1; changes can no longer be saved.")
                         .arg(holder ? holder->describe() : BranchLock::tr("another program")));
    }
    m_owner.heartbeat = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    QFile file(m_lockPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error(Error::Kind::Io, BranchLock::tr("Cannot refresh the lock file %1: %2")
                                          .arg(QDir::toNativeSeparators(m_lockPath), file.errorString()));
    }
    const QByteArray content = serialise(m_owner);
    if (file.write(content) != content.size()) {
        return Error(Error::Kind::Io, BranchLock::tr("Cannot refresh the lock file %1: %2")
                                          .arg(QDir::toNativeSeparators(m_lockPath), file.errorString()));
    }
    return {};
}

} // namespace tsunagu::storage
