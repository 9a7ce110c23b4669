// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the GUI test suites.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <catch2/catch.hpp>

namespace tsunagu::test {

/// Holds a branch file's write lock through a connection of its own: a
/// worker reading the file waits at its next query until release() (for
/// less than the readers' five-second busy timeout).
class WriteLock
{
public:
    explicit WriteLock(const QString& path)
        : m_name(QStringLiteral("test-write-lock-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE")));
    }
    ~WriteLock() { release(); }
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;

    void release()
    {
        if (m_name.isEmpty()) {
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

private:
    QString m_name;
};

} // namespace tsunagu::test
