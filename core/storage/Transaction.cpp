// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace tsunagu::storage {

Error databaseError(const QString& action, const QString& driverText)
{
    return Error(Error::Kind::Database,
                 QCoreApplication::translate("tsunagu::storage", "%1 failed: %2").arg(action, driverText));
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
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QString text = query.lastError().databaseText();
        if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"))) {
            return Error(Error::Kind::Locked,
                         QCoreApplication::translate("tsunagu::storage",
                                                     "The branch file is busy: another program is writing to "
                                                     "it. Try again in a moment."));
        }
        return databaseError(QCoreApplication::translate("tsunagu::storage", "Starting a transaction"), text);
    }
    m_active = true;
    return {};
}

Result<void> WriteTransaction::commit()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString text = query.lastError().databaseText();
        rollback();
        return databaseError(QCoreApplication::translate("tsunagu::storage", "Saving"), text);
    }
    m_active = false;
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
}

} // namespace tsunagu::storage
