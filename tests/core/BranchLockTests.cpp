// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "storage/BranchLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace tsunagu;
using namespace tsunagu::storage;
using namespace tsunagu::test;
using namespace std::chrono_literals;

namespace {

/// Short intervals: a watch takes 3 × 20 ms instead of 3 × 5 s.
BranchLock::Options fast()
{
    BranchLock::Options options;
    options.heartbeatInterval = 20ms;
    return options;
}

QJsonObject lockRecord(const QString& host, qint64 pid, const QDateTime& since)
{
    return QJsonObject{
        {QStringLiteral("application"), QStringLiteral("tsunagu")},
        {QStringLiteral("format"), 2},
        {QStringLiteral("user"), QStringLiteral("tanaka")},
        {QStringLiteral("host"), host},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("since"), since.toString(Qt::ISODate)},
        {QStringLiteral("token"), QStringLiteral("token-of-%1-%2").arg(host).arg(pid)},
        {QStringLiteral("heartbeatIntervalMs"), 20},
        {QStringLiteral("beat"), QStringLiteral("000000000001")},
    };
}

void writeRecord(const QString& databasePath, const QJsonObject& record)
{
    writeAll(BranchLock::lockPathFor(databasePath), QJsonDocument(record).toJson());
}

void writeLock(const QString& databasePath, const QString& host, qint64 pid,
               const QDateTime& since = QDateTime::currentDateTimeUtc())
{
    writeRecord(databasePath, lockRecord(host, pid, since));
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

/// A process that runs until the test ends.
class Sleeper
{
public:
    Sleeper()
    {
        m_process.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        REQUIRE(m_process.waitForStarted());
    }
    ~Sleeper()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
};

/// Another computer's Tsunagu, alive: rewrites its lock file every 10 ms
/// with a counter that grows, as its heartbeat thread would.
class ForeignHolder
{
public:
    ForeignHolder(const QString& databasePath, const QDateTime& since)
        : m_path(BranchLock::lockPathFor(databasePath))
        , m_record(lockRecord(QStringLiteral("OFFICE-PC-3"), 4242, since))
    {
        write(0);
        m_thread = std::thread([this] {
            for (int beat = 1; !m_stop; ++beat) {
                std::this_thread::sleep_for(10ms);
                write(beat);
            }
        });
    }
    ~ForeignHolder()
    {
        m_stop = true;
        m_thread.join();
    }

private:
    void write(int beat)
    {
        m_record[QStringLiteral("beat")] = QStringLiteral("%1").arg(beat, 12, 10, QLatin1Char('0'));
        QFile file(m_path);
        if (file.open(QIODevice::ReadWrite)) {
            const QByteArray bytes = QJsonDocument(m_record).toJson();
            file.write(bytes);
            file.resize(bytes.size());
        }
    }

    QString m_path;
    QJsonObject m_record;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

/// Records what acquire() tells while it waits.
struct WaitLog
{
    std::vector<LockWait> waits;
    LockWaitObserver observer()
    {
        return [this](const LockWait& wait) {
            waits.push_back(wait);
            return true;
        };
    }
};

QString claimPathFor(const QString& lockPath, const QString& token)
{
    return lockPath + QStringLiteral(".takeover-") +
           QString::fromLatin1(QCryptographicHash::hash(QStringLiteral("token:%1").arg(token).toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(16));
}

QStringList filesIn(const ScratchDir& dir)
{
    return QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("the lock names its holder and keeps a second writer out", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    auto lock = BranchLock::acquire(db, {}, fast());
    REQUIRE(lock.ok());
    CHECK(lock.value()->lockPath() == db + QStringLiteral(".lock"));
    const auto owner = BranchLock::readOwner(db);
    REQUIRE(owner.has_value());
    CHECK(owner->host == QSysInfo::machineHostName());
    CHECK(owner->pid == QCoreApplication::applicationPid());
    // Readable JSON with a counter, not a time, as its heartbeat.
    const QJsonObject record = QJsonDocument::fromJson(readAll(BranchLock::lockPathFor(db))).object();
    CHECK(record.value(QStringLiteral("heartbeatIntervalMs")).toInt() == 20);
    CHECK_FALSE(record.value(QStringLiteral("token")).toString().isEmpty());
    CHECK(record.value(QStringLiteral("beat")).toString().size() == 12);

    // The same process counts as a second writer too, and is told at once.
    WaitLog log;
    const auto second = BranchLock::acquire(db, log.observer(), fast());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Locked);
    CHECK(second.message().contains(QSysInfo::machineHostName()));
    CHECK(log.waits.empty());

    lock.value().reset();
    CHECK(filesIn(dir).isEmpty());
    CHECK(BranchLock::acquire(db, {}, fast()).ok());
}

TEST_CASE("a live holder on another computer is never taken over, whatever its clock says", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    // Its clock is a day behind, then a day ahead of ours: neither matters.
    for (const QDateTime& since :
         {QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(1)}) {
        ForeignHolder holder(db, since);
        for (int i = 0; i < 5; ++i) {
            const auto refused = BranchLock::acquire(db, {}, fast());
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().kind == Error::Kind::Locked);
            CHECK(refused.message().startsWith(QStringLiteral(
                "The branch file is already open for editing by tanaka on OFFICE-PC-3 since ")));
        }
    }
}

TEST_CASE("a lock on another computer that stops changing is taken over after the watch, not before",
          "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    // Its clock says it beat a moment ago; what counts is that it does not beat now.
    writeLock(db, QStringLiteral("OFFICE-PC-3"), 4242, QDateTime::currentDateTimeUtc().addSecs(3600));
    WaitLog log;
    QElapsedTimer timer;
    timer.start();
    auto taken = BranchLock::acquire(db, log.observer(), fast());
    REQUIRE(taken.ok());
    CHECK(timer.elapsed() >= 60); // 3 beats of the holder's declared 20 ms
    CHECK(BranchLock::readOwner(db)->host == QSysInfo::machineHostName());
    REQUIRE_FALSE(log.waits.empty());
    CHECK(log.waits.front().reason == LockWait::Reason::OtherComputer);
    CHECK(log.waits.front().total == 60ms);
    CHECK(log.waits.back().remaining == 0ms);
    REQUIRE(log.waits.front().holder.has_value());
    CHECK(log.waits.front().explanation().contains(QStringLiteral("tanaka on OFFICE-PC-3")));
    // Nothing left beside the branch file but the new lock.
    CHECK(filesIn(dir) == QStringList{QStringLiteral("branch.tsunagu.lock")});
}

TEST_CASE("a running process on this computer is never taken over, however old its lock", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    Sleeper sleeper;
    // Written by Tsunagu before this format: a heartbeat time 11 minutes old.
    const QJsonObject legacy{
        {QStringLiteral("application"), QStringLiteral("tsunagu")},
        {QStringLiteral("user"), QStringLiteral("tanaka")},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("pid"), sleeper.pid()},
        {QStringLiteral("since"), QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate)},
        {QStringLiteral("heartbeat"), QDateTime::currentDateTimeUtc().addSecs(-660).toString(Qt::ISODate)},
    };
    writeRecord(db, legacy);
    WaitLog log;
    CHECK(BranchLock::acquire(db, log.observer(), fast()).error().kind == Error::Kind::Locked);
    writeLock(db, QSysInfo::machineHostName(), sleeper.pid(), QDateTime::currentDateTimeUtc().addDays(-3));
    CHECK(BranchLock::acquire(db, log.observer(), fast()).error().kind == Error::Kind::Locked);
    CHECK(log.waits.empty()); // known at once, no watching
}

TEST_CASE("a lock left by a crashed process on this computer is taken over at once", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    writeLock(db, QSysInfo::machineHostName(), finishedProcessId());
    WaitLog log;
    CHECK(BranchLock::acquire(db, log.observer(), fast()).ok());
    CHECK(log.waits.empty());
}

#ifdef Q_OS_LINUX
TEST_CASE("a reused pid or a restarted computer does not keep a dead holder's lock", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    Sleeper sleeper; // runs under the pid the dead holder had

    QJsonObject reused =
        lockRecord(QSysInfo::machineHostName(), sleeper.pid(), QDateTime::currentDateTimeUtc());
    reused[QStringLiteral("processStart")] = QStringLiteral("1"); // the holder started long before
    writeRecord(db, reused);
    WaitLog log;
    auto taken = BranchLock::acquire(db, log.observer(), fast());
    CHECK(taken.ok());
    taken.value().reset();

    if (!QSysInfo::bootUniqueId().isEmpty()) {
        QJsonObject restarted =
            lockRecord(QSysInfo::machineHostName(), sleeper.pid(), QDateTime::currentDateTimeUtc());
        restarted[QStringLiteral("boot")] = QStringLiteral("an-earlier-boot");
        writeRecord(db, restarted);
        CHECK(BranchLock::acquire(db, log.observer(), fast()).ok());
    }
    CHECK(log.waits.empty());
}
#endif

TEST_CASE("an empty or half-written lock file is judged by the same rule as any other", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QString lockPath = BranchLock::lockPathFor(db);
    const QByteArray full =
        QJsonDocument(lockRecord(QStringLiteral("OFFICE-PC-3"), 4242, QDateTime::currentDateTimeUtc()))
            .toJson();
    for (const QByteArray& left :
         {QByteArray(), full.left(full.size() / 2), QByteArray("\x00\x01garbage", 9)}) {
        writeAll(lockPath, left);
        WaitLog log;
        QElapsedTimer timer;
        timer.start();
        auto taken = BranchLock::acquire(db, log.observer(), fast());
        REQUIRE(taken.ok());
        CHECK(timer.elapsed() >= 60);
        REQUIRE_FALSE(log.waits.empty());
        CHECK(log.waits.front().reason == LockWait::Reason::Unreadable);
        CHECK_FALSE(log.waits.front().holder.has_value());
        CHECK(BranchLock::readOwner(db)->pid == QCoreApplication::applicationPid());
    }

    // Half-written by a holder that is still writing it: it changes, so it is live.
    writeAll(lockPath, full.left(full.size() / 2));
    std::thread finish([&] {
        std::this_thread::sleep_for(25ms);
        writeAll(lockPath, full);
    });
    const auto refused = BranchLock::acquire(db, {}, fast());
    finish.join();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Locked);
    CHECK(refused.message().contains(QStringLiteral("tanaka on OFFICE-PC-3")));
}

TEST_CASE("a lock from an older Tsunagu is watched for its own interval, and the wait can be cancelled",
          "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QJsonObject legacy{
        {QStringLiteral("application"), QStringLiteral("tsunagu")},
        {QStringLiteral("user"), QStringLiteral("tanaka")},
        {QStringLiteral("host"), QStringLiteral("OFFICE-PC-3")},
        {QStringLiteral("pid"), 4242},
        {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("heartbeat"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    writeRecord(db, legacy);
    const QByteArray before = readAll(BranchLock::lockPathFor(db));
    std::vector<LockWait> waits;
    const auto cancelled = BranchLock::acquire(
        db,
        [&](const LockWait& wait) {
            waits.push_back(wait);
            return waits.size() < 3;
        },
        fast());
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    REQUIRE(waits.size() == 3);
    CHECK(waits.front().total == 180s); // it refreshed once a minute
    CHECK(waits.back().remaining < waits.front().remaining);
    CHECK(readAll(BranchLock::lockPathFor(db)) == before);
}

TEST_CASE("the heartbeat advances while the owner's thread is blocked", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    auto lock = BranchLock::acquire(db, {}, fast());
    REQUIRE(lock.ok());
    const QString before = QJsonDocument::fromJson(readAll(BranchLock::lockPathFor(db)))
                               .object()
                               .value(QStringLiteral("beat"))
                               .toString();
    std::this_thread::sleep_for(300ms); // a long import with no event loop
    const QString after = QJsonDocument::fromJson(readAll(BranchLock::lockPathFor(db)))
                              .object()
                              .value(QStringLiteral("beat"))
                              .toString();
    CHECK(after.toULongLong() >= before.toULongLong() + 5);
    CHECK(lock.value()->beats() >= 5);
    CHECK(lock.value()->check().ok());
}

TEST_CASE("after a takeover refresh fails, writes nothing, and the holder lets the new lock be", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QString lockPath = BranchLock::lockPathFor(db);
    BranchLock::Options slow;
    slow.heartbeatInterval = 60s; // only this test's refresh() beats
    auto lock = BranchLock::acquire(db, {}, slow);
    REQUIRE(lock.ok());
    CHECK(lock.value()->refresh().ok());

    // Another computer takes over as a taker does: renames the stale file
    // away and creates its own.
    const QString aside = dir.path(QStringLiteral("aside"));
    REQUIRE(QFile::rename(lockPath, aside));
    writeLock(db, QStringLiteral("OTHER-PC"), 77);
    const QByteArray theirs = readAll(lockPath);
    const QByteArray oldOne = readAll(aside);

    const auto refreshed = lock.value()->refresh();
    REQUIRE_FALSE(refreshed.ok());
    CHECK(refreshed.error().kind == Error::Kind::Locked);
    CHECK(refreshed.message().contains(QStringLiteral("tanaka on OTHER-PC")));
    CHECK(lock.value()->isLost());
    CHECK(lock.value()->check().error().kind == Error::Kind::Locked);
    CHECK(readAll(lockPath) == theirs);
    CHECK(readAll(aside) == oldOne); // not even the old file
    lock.value().reset();
    CHECK(readAll(lockPath) == theirs);
}

TEST_CASE("the heartbeat thread notices a takeover by itself", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QString lockPath = BranchLock::lockPathFor(db);
    auto lock = BranchLock::acquire(db, {}, fast());
    REQUIRE(lock.ok());
    REQUIRE(QFile::rename(lockPath, dir.path(QStringLiteral("aside"))));
    writeLock(db, QStringLiteral("OTHER-PC"), 77);
    const QByteArray theirs = readAll(lockPath);
    for (int i = 0; i < 100 && !lock.value()->isLost(); ++i) {
        std::this_thread::sleep_for(10ms);
    }
    CHECK(lock.value()->isLost());
    std::this_thread::sleep_for(60ms);
    CHECK(readAll(lockPath) == theirs);
}

TEST_CASE("a taker that judged a lock stale never removes the lock taken meanwhile", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));

    SECTION("another takes over between judging and claiming")
    {
        writeLock(db, QSysInfo::machineHostName(), finishedProcessId());
        std::unique_ptr<BranchLock> first;
        BranchLock::Options slowTaker = fast();
        slowTaker.onStep = [&](const char* step) {
            if (!first && QByteArray(step) == "judged") {
                auto taken = BranchLock::acquire(db, {}, fast());
                REQUIRE(taken.ok());
                first = std::move(taken).value();
            }
        };
        const auto second = BranchLock::acquire(db, {}, slowTaker);
        REQUIRE(first);
        CHECK_FALSE(second.ok());
        CHECK(second.error().kind == Error::Kind::Locked);
        CHECK(first->refresh().ok()); // still its file at the path
    }
    SECTION("another tries while the claim is held")
    {
        writeLock(db, QSysInfo::machineHostName(), finishedProcessId());
        bool tried = false;
        bool otherWon = false;
        BranchLock::Options claimant = fast();
        claimant.onStep = [&](const char* step) {
            if (!tried && QByteArray(step) == "claimed") {
                tried = true;
                otherWon = BranchLock::acquire(db, {}, fast()).ok();
            }
        };
        const auto taken = BranchLock::acquire(db, {}, claimant);
        CHECK(tried);
        CHECK_FALSE(otherWon);
        REQUIRE(taken.ok());
        CHECK(taken.value()->refresh().ok());
    }
}

TEST_CASE("a takeover claim left by a crashed taker blocks no one", "[lock]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const qint64 dead = finishedProcessId();
    writeLock(db, QSysInfo::machineHostName(), dead);
    const QString token = QStringLiteral("token-of-%1-%2").arg(QSysInfo::machineHostName()).arg(dead);
    writeAll(claimPathFor(BranchLock::lockPathFor(db), token),
             QJsonDocument(lockRecord(QSysInfo::machineHostName(), dead, QDateTime::currentDateTimeUtc()))
                 .toJson());
    auto taken = BranchLock::acquire(db, {}, fast());
    REQUIRE(taken.ok());
    CHECK(filesIn(dir) == QStringList{QStringLiteral("branch.tsunagu.lock")});
}

TEST_CASE("threads racing to take over a stale lock: exactly one wins each round", "[lock][race]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const qint64 dead = finishedProcessId();
    for (int round = 0; round < 200; ++round) {
        writeLock(db, QSysInfo::machineHostName(), dead);
        std::atomic_bool go{false};
        std::vector<std::unique_ptr<BranchLock>> winners(4);
        std::vector<std::thread> threads;
        for (auto& winner : winners) {
            threads.emplace_back([&] {
                while (!go) {
                    std::this_thread::yield();
                }
                auto lock = BranchLock::acquire(db, {}, fast());
                if (lock.ok()) {
                    winner = std::move(lock).value();
                }
            });
        }
        go = true;
        for (auto& thread : threads) {
            thread.join();
        }
        INFO("round " << round);
        CHECK(std::count_if(winners.begin(), winners.end(), [](const auto& w) { return w != nullptr; }) == 1);
    }
}

TEST_CASE("processes racing to take over a stale lock: exactly one wins each round", "[lock][race]")
{
    ScratchDir dir;
    const QString db = dir.path(QStringLiteral("branch.tsunagu"));
    const QString lockPath = BranchLock::lockPathFor(db);
    const qint64 dead = finishedProcessId();
    const int rounds = qEnvironmentVariableIsSet("TSUNAGU_LOCK_RACE_ROUNDS")
                           ? qEnvironmentVariableIntValue("TSUNAGU_LOCK_RACE_ROUNDS")
                           : 100;
    constexpr int Racers = 3;
    for (int round = 0; round < rounds; ++round) {
        // Three kinds of stale lock: a dead process here (judged at once),
        // another computer that stopped beating, an empty file (both watched).
        switch (round % 3) {
        case 0:
            writeLock(db, QSysInfo::machineHostName(), dead);
            break;
        case 1:
            writeLock(db, QStringLiteral("OFFICE-PC-3"), 4242);
            break;
        default:
            writeAll(lockPath, QByteArray());
            break;
        }
        const QString start = dir.path(QStringLiteral("start-%1").arg(round));
        std::vector<std::unique_ptr<QProcess>> racers;
        for (int i = 0; i < Racers; ++i) {
            auto racer = std::make_unique<QProcess>();
            racer->start(QStringLiteral(TSUNAGU_LOCK_RACER), {db, start, QStringLiteral("20")});
            REQUIRE(racer->waitForStarted());
            racers.push_back(std::move(racer));
        }
        for (auto& racer : racers) {
            while (!racer->canReadLine()) {
                REQUIRE(racer->waitForReadyRead(10000));
            }
            REQUIRE(racer->readLine().trimmed() == "ready");
        }
        writeAll(start, QByteArray());
        QStringList results;
        for (auto& racer : racers) {
            while (!racer->canReadLine()) {
                REQUIRE(racer->waitForReadyRead(10000));
            }
            results << QString::fromUtf8(racer->readLine().trimmed());
        }
        INFO("round " << round << ": " << results.join(QStringLiteral(", ")).toStdString());
        CHECK(results.count(QStringLiteral("won")) == 1);
        CHECK(results.count(QStringLiteral("locked")) == Racers - 1);
        // The winner still holds it when all are done.
        for (auto& racer : racers) {
            racer->closeWriteChannel();
        }
        for (auto& racer : racers) {
            REQUIRE(racer->waitForFinished(10000));
            CHECK(racer->readAllStandardOutput().trimmed().isEmpty()); // not "lost"
        }
        CHECK_FALSE(QFileInfo::exists(lockPath)); // released by the winner
        QFile::remove(start);
        CHECK(filesIn(dir).isEmpty()); // no claims or stale copies left behind
    }
}
