// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace tsunagu::storage {

/// RAII guard for a write transaction. Begins with BEGIN IMMEDIATE, so the
/// write lock is taken up front and a second writer fails at once with
/// "busy" instead of half-way through; rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

/// The message for a failed SQL statement, naming what was being done.
Error databaseError(const QString& action, const QString& driverText);

} // namespace tsunagu::storage
