// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A second (third…) process for the lock race test: waits until a start file
// appears, tries to take the lock of a branch file, prints "won", "locked" or
// "error: …", and holds what it won until its stdin closes.
//
//   tsunagu_lock_racer BRANCH_FILE START_FILE HEARTBEAT_MS

#include "storage/BranchLock.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace tsunagu;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: tsunagu_lock_racer BRANCH_FILE START_FILE HEARTBEAT_MS\n");
        return 2;
    }
    storage::BranchLock::Options options;
    options.heartbeatInterval = std::chrono::milliseconds(arguments.at(3).toInt());
    std::printf("ready\n");
    std::fflush(stdout);
    // Spin rather than sleep, so that the racers start within microseconds.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!QFileInfo::exists(arguments.at(2))) {
        if (std::chrono::steady_clock::now() > deadline) {
            std::printf("error: no start\n");
            return 1;
        }
        std::this_thread::yield();
    }
    auto lock = storage::BranchLock::acquire(arguments.at(1), {}, options);
    if (lock.ok()) {
        std::printf("won\n");
    } else if (lock.error().kind == Error::Kind::Locked) {
        std::printf("locked\n");
    } else {
        std::printf("error: %s\n", qPrintable(lock.error().message));
    }
    std::fflush(stdout);
    // Hold until told to go: a winner that let go at once would let a slow
    // racer win after it, which is no race.
    char buffer[64];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
    }
    if (lock.ok() && lock.value()->isLost()) {
        std::printf("lost\n");
    }
    return 0;
}
