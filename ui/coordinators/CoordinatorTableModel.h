// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coordinators/Coordinator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tsunagu {
class MasterData;
}

namespace tsunagu::ui {

/// The coordinators of a branch with their open-case counts, one row each.
///
/// DisplayRole is the formatted text; SortRole the raw value to sort on (the
/// role's code-list order, the municipality's report order, numbers as
/// numbers), so the view sorts the way the data means, not the way it reads.
class CoordinatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Name,
        Role,
        Affiliation,
        Municipality,
        TrainingCohort,
        Active,
        OpenCases,
        Count
    };

    enum DataRole
    {
        SortRole = Qt::UserRole,
        IdRole,               ///< qint64 coordinator id, on every column
        ActiveRole,           ///< bool, on every column (for the inactive filter)
        WorkloadFractionRole, ///< OpenCases only: this row's open cases / the largest count, 0..1
    };

    explicit CoordinatorTableModel(QObject* parent = nullptr);

    /// Shows \a coordinators (in the order given) with their open cases per
    /// coordinator id; municipality names come from \a masterData.
    /// When the rows stay the same coordinators in the same order, only the
    /// rows that changed are reported (dataChanged); one added coordinator is
    /// reported as one inserted row; anything else resets the model.
    void setCoordinators(QList<Coordinator> coordinators, QHash<qint64, qint64> openCases,
                         const MasterData& masterData);
    void clear();

    /// The coordinator in \a row, which must be valid.
    const Coordinator& coordinatorAt(int row) const;
    /// The row of the coordinator with \a id, -1 if there is none.
    int rowOf(qint64 id) const;
    qint64 openCasesAt(int row) const;
    /// Open cases over all rows.
    qint64 totalOpenCases() const;
    /// The largest open-case count of one coordinator; the workload bars are scaled to it.
    qint64 maxOpenCases() const { return m_maxOpenCases; }

    /// How a training cohort (期) reads: "Cohort %1". The dialog's spin box uses it too.
    static QString trainingCohortFormat();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        Coordinator coordinator;
        qint64 openCases = 0;

        friend bool operator==(const Row&, const Row&) = default;
    };

    QVariant displayData(const Row& row, Column column) const;
    QVariant sortData(const Row& row, Column column) const;

    QList<Row> m_rows;
    QHash<QString, QString> m_municipalityNames; ///< code -> name in the display language
    QHash<QString, int> m_municipalityOrder;     ///< code -> position in report order
    qint64 m_maxOpenCases = 0;
};

} // namespace tsunagu::ui
