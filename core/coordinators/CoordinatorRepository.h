// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "coordinators/Coordinator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace tsunagu {

class BranchFile;

/// Reads and writes the coordinators of a branch file.
class CoordinatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::CoordinatorRepository)

public:
    explicit CoordinatorRepository(BranchFile& file);

    /// Every coordinator, chief first, then by name.
    Result<QList<Coordinator>> all() const;
    Result<Coordinator> load(qint64 id) const;
    /// The coordinator called exactly \a name (after trimming), if any.
    Result<std::optional<Coordinator>> findByName(const QString& name) const;

    Result<qint64> add(Coordinator& coordinator);
    /// Stores a new coordinator inside the caller's WriteTransaction.
    Result<qint64> insertInTransaction(Coordinator& coordinator);
    Result<void> update(const Coordinator& coordinator);

    /// Open cases per coordinator id as of today, for workload views: the
    /// figures of StatisticsEngine::workload() for today.
    Result<QHash<qint64, qint64>> openCaseCounts() const;

    /// What keeps \a coordinator from being stored, as one sentence; empty when valid.
    QString validate(const Coordinator& coordinator) const;

private:
    BranchFile& m_file;
};

} // namespace tsunagu
