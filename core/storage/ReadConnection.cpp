// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadConnection.h"

#include "storage/SqliteApi.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <utility>

namespace tsunagu::storage {

namespace {

/// SQLite virtual-machine steps between two calls of the cancel check: a
/// few microseconds of work each.
constexpr int CancelCheckSteps = 4000;

} // namespace

Result<ReadConnection> ReadConnection::open(const QString& databasePath)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tsunagu-read-%1").arg(++counter);
    ReadConnection connection(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error(
            Error::Kind::Io,
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(databasePath), db.lastError().text()));
    }
    // Temporary tables hold ids only (a search's hits, a sort's order): a
    // million of them are a few megabytes, quicker in memory than on disk.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    return connection;
}

ReadConnection::ReadConnection(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

ReadConnection::ReadConnection(ReadConnection&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_cancelCheck(std::move(other.m_cancelCheck))
{}

ReadConnection& ReadConnection::operator=(ReadConnection&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_cancelCheck = std::move(other.m_cancelCheck);
    }
    return *this;
}

ReadConnection::~ReadConnection()
{
    close();
}

QSqlDatabase ReadConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ReadConnection::canInterrupt()
{
    return sqlite::available();
}

void ReadConnection::setCancelCheck(std::function<bool()> isCancelled)
{
    if (!isCancelled) {
        sqlite::setProgressHandler(database(), 0, nullptr);
        m_cancelCheck.reset();
        return;
    }
    auto check = std::make_unique<std::function<bool()>>(std::move(isCancelled));
    if (sqlite::setProgressHandler(database(), CancelCheckSteps, check.get())) {
        m_cancelCheck = std::move(check); // the old one, if any, is no longer referenced
    }
}

void ReadConnection::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_cancelCheck.reset(); // after the handle that used it is gone
}

} // namespace tsunagu::storage
