// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadSnapshot.h"

#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace tsunagu::storage {

ReadSnapshot::ReadSnapshot(QSqlDatabase database)
    : m_database(std::move(database))
{}

ReadSnapshot::~ReadSnapshot()
{
    end();
}

Result<void> ReadSnapshot::begin()
{
    if (m_owned) {
        return {};
    }
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("BEGIN"))) {
            // Inside a transaction already: its owner ends it, and every
            // statement in it reads one state anyway. SQLite's own wording,
            // unchanged for decades, and the same with every SQLite a Qt
            // build may bundle (no need for sqlite3_get_autocommit here).
            if (query.lastError().databaseText().contains(QLatin1String("within a transaction"))) {
                return {};
            }
            return databaseError(QCoreApplication::translate("tsunagu::storage", "Starting to read"),
                                 query.lastError().text());
        }
    }
    m_owned = true;
    // A deferred BEGIN takes no lock: the first read does. Take it now, so
    // the snapshot is the state at begin(), not at some later statement.
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next()) {
        const QString text = query.lastError().text();
        query.finish();
        end();
        return databaseError(QCoreApplication::translate("tsunagu::storage", "Starting to read"), text);
    }
    return {};
}

void ReadSnapshot::end()
{
    if (!m_owned) {
        return;
    }
    m_owned = false;
    QSqlQuery query(m_database);
    // Nothing was written, so COMMIT and ROLLBACK both just end it; should
    // COMMIT fail (an interrupted statement may have ended the transaction
    // already), ROLLBACK makes sure no lock is kept.
    if (!query.exec(QStringLiteral("COMMIT"))) {
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

} // namespace tsunagu::storage
