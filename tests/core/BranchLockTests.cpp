// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "storage/BranchLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::storage;
using namespace tsunagu::test;

namespace {

void writeLock(const QString& databasePath, const QString& host, qint64 pid, const QDateTime& heartbeat)
{
    const QJsonObject object{
        {QStringLiteral("application"), QStringLiteral("tsunagu")},
        {QStringLiteral("user"), QStringLiteral("tanaka")},
        {QStringLiteral("host"), host},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("since"), heartbeat.toString(Qt::ISODate)},
        {QStringLiteral("heartbeat"), heartbeat.toString(Qt::ISODate)},
    };
    writeAll(BranchLock::lockPathFor(databasePath), QJsonDocument(object).toJson());
}

/// The pid of a process that has finished.
qint64 finishedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"), QStringList());
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

} // namespace

TEST_CASE("the lock names its holder and keeps a second writer out", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto lock = BranchLock::acquire(db, now);
    REQUIRE(lock.ok());
    CHECK(lock.value()->lockPath() == db + QStringLiteral(".lock"));
    const auto owner = BranchLock::readOwner(db);
    REQUIRE(owner.has_value());
    CHECK(owner->host == QSysInfo::machineHostName());
    CHECK(owner->pid == QCoreApplication::applicationPid());

    // The same process counts as a second writer too.
    const auto second = BranchLock::acquire(db, now.addSecs(5));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Locked);
    CHECK(second.message().contains(QSysInfo::machineHostName()));

    lock.value().reset();
    CHECK_FALSE(QFileInfo::exists(BranchLock::lockPathFor(db)));
    CHECK(BranchLock::acquire(db, now).ok());
}

TEST_CASE("a live lock of another computer is respected until its heartbeat is stale", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    writeLock(db, QStringLiteral("OFFICE-PC-3"), 4242, now.addSecs(-60));
    const auto refused = BranchLock::acquire(db, now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Locked);
    CHECK(refused.message().startsWith(
        QStringLiteral("The branch file is already open for editing by tanaka on OFFICE-PC-3 since ")));

    // Just inside the stale time: still held. Past it: taken over.
    writeLock(db, QStringLiteral("OFFICE-PC-3"), 4242, now.addSecs(-BranchLock::StaleAfter.count() + 30));
    CHECK_FALSE(BranchLock::acquire(db, now).ok());
    writeLock(db, QStringLiteral("OFFICE-PC-3"), 4242, now.addSecs(-BranchLock::StaleAfter.count() - 30));
    auto taken = BranchLock::acquire(db, now);
    REQUIRE(taken.ok());
    CHECK(BranchLock::readOwner(db)->host == QSysInfo::machineHostName());
}

TEST_CASE("a lock left by a crashed process on this computer is taken over at once", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    writeLock(db, QSysInfo::machineHostName(), finishedProcessId(), now.addSecs(-5));
    CHECK(BranchLock::acquire(db, now).ok());
}

TEST_CASE("an unreadable lock file is judged by its age", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QString lockPath = BranchLock::lockPathFor(db);
    writeAll(lockPath, "\x00\x01garbage");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(BranchLock::acquire(db, now).error().kind == Error::Kind::Locked);

    QFile file(lockPath);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(now.addSecs(-BranchLock::StaleAfter.count() - 60).toLocalTime(),
                             QFileDevice::FileModificationTime));
    file.close();
    CHECK(BranchLock::acquire(db, now).ok());
}

TEST_CASE("a holder whose lock was taken over learns it and leaves the new lock alone", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto lock = BranchLock::acquire(db, now);
    REQUIRE(lock.ok());
    CHECK(lock.value()->refresh(now.addSecs(60)).ok());
    CHECK(BranchLock::readOwner(db)->heartbeat.secsTo(now.addSecs(60)) == 0);

    // Another computer takes over (e.g. this laptop slept past the stale time).
    writeLock(db, QStringLiteral("OTHER-PC"), 77, now.addSecs(700));
    const auto refreshed = lock.value()->refresh(now.addSecs(720));
    REQUIRE_FALSE(refreshed.ok());
    CHECK(refreshed.error().kind == Error::Kind::Locked);
    CHECK(refreshed.message().contains(QStringLiteral("tanaka on OTHER-PC")));
    lock.value().reset();
    REQUIRE(BranchLock::readOwner(db).has_value());
    CHECK(BranchLock::readOwner(db)->host == QStringLiteral("OTHER-PC"));
}
