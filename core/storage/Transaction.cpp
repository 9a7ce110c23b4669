// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "storage/SqliteApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlQuery>

#include <utility>

namespace tsunagu::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tsunagu::storage", text);
}

/// The file the calling thread is writing, for messages that name it.
thread_local QString t_writingPath;
thread_local BusyWaitHandler t_busyWaitHandler;

constexpr int SQLITE_BUSY_CODE = 5;
constexpr int SQLITE_LOCKED_CODE = 6;
constexpr int SQLITE_READONLY_CODE = 8;
constexpr int SQLITE_IOERR_CODE = 10;
constexpr int SQLITE_CORRUPT_CODE = 11;
constexpr int SQLITE_FULL_CODE = 13;
constexpr int SQLITE_CANTOPEN_CODE = 14;
constexpr int SQLITE_NOTADB_CODE = 26;

bool isBusy(const QSqlError& error)
{
    const int code = sqlite::primaryCode(error.nativeErrorCode());
    return code == SQLITE_BUSY_CODE || code == SQLITE_LOCKED_CODE;
}

/// How long SQLite itself waits for a lock before a retry round asks the
/// handler again: short, so that Cancel answers at once.
constexpr int WaitSliceMs = 200;

/// Runs \a sql until it no longer fails because another connection holds a
/// lock, asking the busy handler between tries.
bool execWaiting(QSqlDatabase& db, const QString& sql, bool committing, QSqlError& error)
{
    // SQLite waits a short slice for the lock by itself; between slices the
    // handler is asked, so that a window can show the wait and Cancel it.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(WaitSliceMs));
    const auto restoreTimeout =
        qScopeGuard([&] { QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 5000")); });
    QSqlQuery query(db);
    if (query.exec(sql)) {
        return true;
    }
    error = query.lastError();
    if (!isBusy(error)) {
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    for (;;) {
        const BusyWait wait{QDir::toNativeSeparators(db.databaseName()),
                            std::chrono::milliseconds(timer.elapsed()), committing};
        const bool goOn = t_busyWaitHandler ? t_busyWaitHandler(wait) : wait.waited < DefaultBusyWait;
        if (!goOn) {
            break;
        }
        if (query.exec(sql)) {
            done = true;
            break;
        }
        error = query.lastError();
        if (!isBusy(error)) {
            break;
        }
    }
    if (t_busyWaitHandler) {
        t_busyWaitHandler(BusyWait{QDir::toNativeSeparators(db.databaseName()),
                                   std::chrono::milliseconds(timer.elapsed()), committing, true});
    }
    return done;
}

} // namespace

BusyWaitHandler setBusyWaitHandler(BusyWaitHandler handler)
{
    return std::exchange(t_busyWaitHandler, std::move(handler));
}

Error databaseError(const QString& action, const QString& driverText)
{
    return Error(Error::Kind::Database, tr("%1 failed: %2").arg(action, driverText));
}

Error databaseError(const QString& action, const QSqlError& error)
{
    // Inside a write transaction the whole change is undone on any error:
    // say so. A failed read has saved nothing to begin with.
    const bool writing = !t_writingPath.isEmpty();
    const QString where = writing ? t_writingPath : tr("the branch file");
    const QString undone = writing ? QLatin1Char(' ') + tr("Nothing was saved.") : QString();
    switch (sqlite::primaryCode(error.nativeErrorCode())) {
    case SQLITE_FULL_CODE:
        return Error(
            Error::Kind::DiskFull,
            tr("%1 failed: the disk is full. Free some space on the disk that holds %2 and try again.")
                    .arg(action, where) +
                undone);
    case SQLITE_IOERR_CODE:
        return Error(Error::Kind::Io,
                     tr("%1 failed: %2 could not be read or written (%3). The disk or the network share may "
                        "have gone away; check the connection and try again.")
                             .arg(action, where, error.databaseText()) +
                         undone);
    case SQLITE_CANTOPEN_CODE:
        return Error(Error::Kind::Io, tr("%1 failed: %2 or its journal could not be opened (%3).")
                                              .arg(action, where, error.databaseText()) +
                                          undone);
    case SQLITE_BUSY_CODE:
    case SQLITE_LOCKED_CODE:
        return Error(Error::Kind::Busy,
                     tr("%1 failed: another program is using %2 right now; try again in a moment.")
                             .arg(action, where) +
                         undone);
    case SQLITE_READONLY_CODE:
        return Error(Error::Kind::ReadOnly,
                     tr("%1 failed: %2 cannot be written (%3).").arg(action, where, error.databaseText()) +
                         undone);
    case SQLITE_CORRUPT_CODE:
    case SQLITE_NOTADB_CODE:
        return Error(Error::Kind::Damaged,
                     tr("%1 failed: %2 is damaged (%3).").arg(action, where, error.databaseText()) + undone);
    default:
        return Error(Error::Kind::Database, tr("%1 failed: %2").arg(action, error.text()) + undone);
    }
}

WriteTransaction::WriteTransaction(QSqlDatabase database)
    : m_database(std::move(database))
{}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Result<void> WriteTransaction::begin()
{
    QSqlError error;
    if (!execWaiting(m_database, QStringLiteral("BEGIN IMMEDIATE"), false, error)) {
        if (isBusy(error)) {
            return Error(Error::Kind::Busy, tr("The branch file is busy: another program is writing to it. "
                                               "Nothing was saved; try again in a moment."));
        }
        return databaseError(tr("Starting a transaction"), error);
    }
    m_active = true;
    t_writingPath = QDir::toNativeSeparators(m_database.databaseName());
    return {};
}

bool WriteTransaction::isStillOpen() const
{
    return m_active && sqlite::inTransaction(m_database);
}

Result<void> WriteTransaction::commit()
{
    if (!m_active) {
        return Error(Error::Kind::Database, tr("Saving failed: no change was begun."));
    }
    if (!sqlite::inTransaction(m_database)) {
        // SQLite ended it on an earlier error that a caller went past: what
        // the transaction did is undone, and so must the operation be.
        m_active = false;
        t_writingPath.clear();
        return Error(Error::Kind::Io, tr("Saving failed: the change was interrupted by an error and has been "
                                         "undone. Nothing was saved."));
    }
    QSqlError error;
    bool committed = false;
    {
        const sqlite::CommitPermit permit;
        committed = execWaiting(m_database, QStringLiteral("COMMIT"), true, error);
    }
    if (!committed) {
        Error failure =
            isBusy(error)
                ? Error(Error::Kind::Busy,
                        tr("Saving was cancelled while another program was reading the branch file. "
                           "Nothing was saved."))
                : databaseError(tr("Saving"), error);
        rollback();
        return failure;
    }
    m_active = false;
    t_writingPath.clear();
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active) {
        return;
    }
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
    t_writingPath.clear();
}

} // namespace tsunagu::storage
