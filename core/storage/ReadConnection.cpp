// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadConnection.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <utility>

namespace tsunagu::storage {

Result<ReadConnection> ReadConnection::open(const QString& databasePath)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("tsunagu-read-%1").arg(++counter);
    ReadConnection connection(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error(
            Error::Kind::Io,
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(databasePath), db.lastError().text()));
    }
    return connection;
}

ReadConnection::ReadConnection(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

ReadConnection::ReadConnection(ReadConnection&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
{}

ReadConnection& ReadConnection::operator=(ReadConnection&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
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
}

} // namespace tsunagu::storage
