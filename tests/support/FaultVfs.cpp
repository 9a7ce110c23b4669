// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultVfs.h"

#include <atomic>
#include <cstring>
#include <mutex>
#include <sqlite3.h>

namespace tsunagu::test {

namespace {

struct State
{
    std::atomic<qint64> calls{0};
    std::atomic<qint64> failAt{0}; ///< 0: no fault planned
    std::atomic<bool> persistent{false};
    std::atomic<bool> fired{false};
    std::atomic<FaultVfs::Failure> failure{FaultVfs::Failure::IoError};
};

State g_state;
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;

/// Counts one call; true when it must fail.
bool shouldFail()
{
    const qint64 number = ++g_state.calls;
    const qint64 planned = g_state.failAt.load();
    if (planned <= 0) {
        return false;
    }
    if (number == planned || (g_state.persistent && number > planned)) {
        g_state.fired = true;
        return true;
    }
    return false;
}

int errorFor(int ioErrorCode, bool isWrite = false)
{
    if (isWrite && g_state.failure.load() == FaultVfs::Failure::DiskFull) {
        return SQLITE_FULL;
    }
    return ioErrorCode;
}

struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real; ///< allocated right after this struct
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

int faultClose(sqlite3_file* file)
{
    // Never fails: a close that fails would leak the real file's handle.
    sqlite3_file* r = real(file);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}

int faultRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail()) {
        return errorFor(SQLITE_IOERR_READ);
    }
    sqlite3_file* r = real(file);
    return r->pMethods->xRead(r, buffer, amount, offset);
}

int faultWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail()) {
        return errorFor(SQLITE_IOERR_WRITE, true);
    }
    sqlite3_file* r = real(file);
    return r->pMethods->xWrite(r, buffer, amount, offset);
}

int faultTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    if (shouldFail()) {
        return errorFor(SQLITE_IOERR_TRUNCATE);
    }
    sqlite3_file* r = real(file);
    return r->pMethods->xTruncate(r, size);
}

int faultSync(sqlite3_file* file, int flags)
{
    if (shouldFail()) {
        return errorFor(SQLITE_IOERR_FSYNC);
    }
    sqlite3_file* r = real(file);
    return r->pMethods->xSync(r, flags);
}

int faultFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    if (shouldFail()) {
        return errorFor(SQLITE_IOERR_FSTAT);
    }
    sqlite3_file* r = real(file);
    return r->pMethods->xFileSize(r, size);
}

int faultLock(sqlite3_file* file, int level)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xLock(r, level);
}

int faultUnlock(sqlite3_file* file, int level)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xUnlock(r, level);
}

int faultCheckReservedLock(sqlite3_file* file, int* result)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xCheckReservedLock(r, result);
}

int faultFileControl(sqlite3_file* file, int op, void* argument)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xFileControl(r, op, argument);
}

int faultSectorSize(sqlite3_file* file)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xSectorSize(r);
}

int faultDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xDeviceCharacteristics(r);
}

// Version 1: no shared memory (no WAL, which Tsunagu never uses) and no
// memory mapping, so every page goes through xRead/xWrite and is counted.
const sqlite3_io_methods g_methods = {
    1,
    faultClose,
    faultRead,
    faultWrite,
    faultTruncate,
    faultSync,
    faultFileSize,
    faultLock,
    faultUnlock,
    faultCheckReservedLock,
    faultFileControl,
    faultSectorSize,
    faultDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

int faultOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<FaultFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    std::memset(wrapper->real, 0, static_cast<size_t>(g_real->szOsFile));
    wrapper->base.pMethods = nullptr;
    if (shouldFail()) {
        return SQLITE_CANTOPEN;
    }
    const int rc = g_real->xOpen(g_real, name, wrapper->real, flags, outFlags);
    if (wrapper->real->pMethods) {
        // Set even on failure when the real file has methods: SQLite then
        // calls xClose, which must reach the real file.
        wrapper->base.pMethods = &g_methods;
    }
    return rc;
}

int faultDelete(sqlite3_vfs*, const char* name, int syncDirectory)
{
    if (shouldFail()) {
        return errorFor(SQLITE_IOERR_DELETE);
    }
    return g_real->xDelete(g_real, name, syncDirectory);
}

int faultAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return g_real->xAccess(g_real, name, flags, result);
}

int faultFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void* faultDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}

void faultDlError(sqlite3_vfs*, int size, char* out)
{
    g_real->xDlError(g_real, size, out);
}

void (*faultDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void faultDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}

int faultRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_real->xRandomness(g_real, size, out);
}

int faultSleep(sqlite3_vfs*, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}

int faultCurrentTime(sqlite3_vfs*, double* now)
{
    return g_real->xCurrentTime(g_real, now);
}

int faultGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}

int faultCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    return g_real->xCurrentTimeInt64(g_real, now);
}

std::mutex g_installMutex;

} // namespace

FaultVfs::Scope::Scope()
{
    const std::lock_guard<std::mutex> lock(g_installMutex);
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "tsunagu-fault";
    g_vfs.xOpen = faultOpen;
    g_vfs.xDelete = faultDelete;
    g_vfs.xAccess = faultAccess;
    g_vfs.xFullPathname = faultFullPathname;
    g_vfs.xDlOpen = faultDlOpen;
    g_vfs.xDlError = faultDlError;
    g_vfs.xDlSym = faultDlSym;
    g_vfs.xDlClose = faultDlClose;
    g_vfs.xRandomness = faultRandomness;
    g_vfs.xSleep = faultSleep;
    g_vfs.xCurrentTime = faultCurrentTime;
    g_vfs.xGetLastError = faultGetLastError;
    g_vfs.xCurrentTimeInt64 = faultCurrentTimeInt64;
    reset();
    sqlite3_vfs_register(&g_vfs, 1);
}

FaultVfs::Scope::~Scope()
{
    const std::lock_guard<std::mutex> lock(g_installMutex);
    reset();
    sqlite3_vfs_unregister(&g_vfs);
    // The real VFS was the default before; make it so again.
    sqlite3_vfs_register(g_real, 1);
}

void FaultVfs::reset()
{
    g_state.failAt = 0;
    g_state.persistent = false;
    g_state.fired = false;
    g_state.calls = 0;
}

qint64 FaultVfs::calls()
{
    return g_state.calls.load();
}

void FaultVfs::failAt(qint64 call, Failure failure, bool persistent)
{
    g_state.failure = failure;
    g_state.persistent = persistent;
    g_state.fired = false;
    g_state.failAt = call;
}

bool FaultVfs::fired()
{
    return g_state.fired.load();
}

} // namespace tsunagu::test
