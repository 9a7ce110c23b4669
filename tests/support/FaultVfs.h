// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace tsunagu::test {

/// An SQLite VFS for the tests that fails the Nth I/O call, the way SQLite's
/// own "I/O error" tests do (sqlite.org/testing.html). It wraps the default
/// VFS and becomes the default itself, so every connection the code under test
/// opens (through Qt's driver, which uses the same system SQLite) goes through
/// it. Every read, write, sync, truncate, size query, delete and open of a
/// database or journal file is counted; the call numbered failAt() fails with
/// the chosen error, once (a share that blips) or from then on (a disk that
/// went away: the rollback after it fails too and leaves a hot journal).
///
/// Only one test uses it at a time; FaultVfs::Scope installs it and takes it
/// away again.
class FaultVfs
{
public:
    enum class Failure
    {
        IoError,  ///< SQLITE_IOERR_* of the call's kind
        DiskFull, ///< writes fail with SQLITE_FULL, other calls with an I/O error
    };

    /// Installs the VFS as the default for the lifetime of the scope.
    class Scope
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
    };

    /// Starts counting from zero, with no fault planned.
    static void reset();
    /// I/O calls counted since reset().
    static qint64 calls();
    /// Makes call number \a call (1-based, counted from reset()) fail; with
    /// \a persistent every later call fails too, until reset().
    static void failAt(qint64 call, Failure failure = Failure::IoError, bool persistent = false);
    /// Whether the planned fault has happened.
    static bool fired();
};

} // namespace tsunagu::test
