// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoordinatorTableModel.h"

#include "codes/Codes.h"
#include "master/MasterData.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace tsunagu::ui {

namespace {

using Column = CoordinatorTableModel::Column;

constexpr int ColumnCount = static_cast<int>(Column::Count);
// Unknown values sort after every known one.
constexpr int SortLast = std::numeric_limits<int>::max();

bool sameIds(const auto& left, const auto& right)
{
    return std::equal(left.cbegin(), left.cend(), right.cbegin(), right.cend(),
                      [](const auto& a, const auto& b) { return a.coordinator.id == b.coordinator.id; });
}

/// The row at which \a after has one coordinator more than \a before, or -1
/// when it differs in any other way.
int insertedRow(const auto& before, const auto& after)
{
    if (after.size() != before.size() + 1) {
        return -1;
    }
    qsizetype i = 0;
    while (i < before.size() && before[i].coordinator.id == after[i].coordinator.id) {
        ++i;
    }
    for (qsizetype j = i; j < before.size(); ++j) {
        if (before[j].coordinator.id != after[j + 1].coordinator.id) {
            return -1;
        }
    }
    return static_cast<int>(i);
}

} // namespace

CoordinatorTableModel::CoordinatorTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString CoordinatorTableModel::trainingCohortFormat()
{
    return tr("Cohort %1", "training cohort (期) of a coordinator; %1 is its number");
}

void CoordinatorTableModel::setCoordinators(QList<Coordinator> coordinators, QHash<qint64, qint64> openCases,
                                            const MasterData& masterData)
{
    QList<Row> rows;
    rows.reserve(coordinators.size());
    for (Coordinator& coordinator : coordinators) {
        const qint64 open = openCases.value(coordinator.id);
        rows.append(Row{std::move(coordinator), open});
    }
    QHash<QString, QString> names;
    QHash<QString, int> order;
    const QList<Municipality>& municipalities = masterData.municipalities();
    for (qsizetype i = 0; i < municipalities.size(); ++i) {
        names.insert(municipalities[i].code, municipalities[i].name());
        order.insert(municipalities[i].code, static_cast<int>(i));
    }
    qint64 maximum = 0;
    for (const Row& row : std::as_const(rows)) {
        maximum = std::max(maximum, row.openCases);
    }

    const int inserted = insertedRow(m_rows, rows);
    const bool sameMaster = names == m_municipalityNames && order == m_municipalityOrder;
    if (!sameMaster || (inserted < 0 && !sameIds(m_rows, rows))) {
        beginResetModel();
        m_rows = std::move(rows);
        m_municipalityNames = std::move(names);
        m_municipalityOrder = std::move(order);
        m_maxOpenCases = maximum;
        endResetModel();
        return;
    }

    // Same coordinators (perhaps one more): report what changed, so the view
    // keeps its selection and scroll position over a reload.
    const qint64 previousMaximum = m_maxOpenCases;
    m_maxOpenCases = maximum;
    if (inserted >= 0) {
        beginInsertRows({}, inserted, inserted);
        m_rows.insert(inserted, rows[inserted]);
        endInsertRows();
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        if (r != inserted && m_rows[r] != rows[r]) {
            m_rows[r] = std::move(rows[r]);
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
    if (previousMaximum != maximum && !m_rows.isEmpty()) {
        const int column = static_cast<int>(Column::OpenCases);
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), {WorkloadFractionRole});
    }
}

void CoordinatorTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_municipalityNames.clear();
    m_municipalityOrder.clear();
    m_maxOpenCases = 0;
    endResetModel();
}

const Coordinator& CoordinatorTableModel::coordinatorAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows[row].coordinator;
}

int CoordinatorTableModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].coordinator.id == id) {
            return r;
        }
    }
    return -1;
}

qint64 CoordinatorTableModel::openCasesAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows[row].openCases;
}

qint64 CoordinatorTableModel::totalOpenCases() const
{
    qint64 total = 0;
    for (const Row& row : m_rows) {
        total += row.openCases;
    }
    return total;
}

int CoordinatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CoordinatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoordinatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        if (column == Column::OpenCases) {
            return tr("%n open case(s)", nullptr, static_cast<int>(row.openCases));
        }
        if (column == Column::Affiliation && !row.coordinator.affiliation.isEmpty()) {
            return row.coordinator.affiliation; // may be longer than the column
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::OpenCases:
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        case Column::TrainingCohort:
        case Column::Active:
            return static_cast<int>(Qt::AlignCenter);
        default:
            return {};
        }
    case Qt::FontRole:
        if (column == Column::Name && row.coordinator.role == codes::role::Chief) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!row.coordinator.active) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case SortRole:
        return sortData(row, column);
    case IdRole:
        return row.coordinator.id;
    case ActiveRole:
        return row.coordinator.active;
    case WorkloadFractionRole:
        if (column != Column::OpenCases) {
            return {};
        }
        return m_maxOpenCases > 0 ? static_cast<double>(row.openCases) / static_cast<double>(m_maxOpenCases)
                                  : 0.0;
    default:
        return {};
    }
}

QVariant CoordinatorTableModel::displayData(const Row& row, Column column) const
{
    const Coordinator& c = row.coordinator;
    switch (column) {
    case Column::Name:
        return c.name;
    case Column::Role:
        return codes::coordinatorRoles().label(c.role);
    case Column::Affiliation:
        return c.affiliation;
    case Column::Municipality:
        return c.municipalityCode.isEmpty()
                   ? QString()
                   : m_municipalityNames.value(c.municipalityCode, c.municipalityCode);
    case Column::TrainingCohort:
        return c.trainingCohort ? trainingCohortFormat().arg(*c.trainingCohort) : QString();
    case Column::Active:
        return c.active ? tr("Yes", "the coordinator is active") : tr("No", "the coordinator is inactive");
    case Column::OpenCases:
        return QString::number(row.openCases);
    case Column::Count:
        break;
    }
    return {};
}

QVariant CoordinatorTableModel::sortData(const Row& row, Column column) const
{
    const Coordinator& c = row.coordinator;
    switch (column) {
    case Column::Name:
        return c.name;
    case Column::Role: {
        const int position = codes::coordinatorRoles().indexOf(c.role);
        return position < 0 ? SortLast : position;
    }
    case Column::Affiliation:
        return c.affiliation;
    case Column::Municipality:
        return m_municipalityOrder.value(c.municipalityCode, SortLast);
    case Column::TrainingCohort:
        return c.trainingCohort.value_or(SortLast);
    case Column::Active:
        return c.active;
    case Column::OpenCases:
        return row.openCases;
    case Column::Count:
        break;
    }
    return {};
}

QVariant CoordinatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto column = static_cast<Column>(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Name:
            return tr("Name");
        case Column::Role:
            return tr("Role");
        case Column::Affiliation:
            return tr("Affiliation");
        case Column::Municipality:
            return tr("Municipality", "where the coordinator is placed");
        case Column::TrainingCohort:
            return tr("Training cohort");
        case Column::Active:
            return tr("Active");
        case Column::OpenCases:
            return tr("Open cases");
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Municipality:
            return tr("The municipality the coordinator is placed in");
        case Column::TrainingCohort:
            return tr("The cohort of the coordinator training they completed");
        case Column::Active:
            return tr("Whether the coordinator still works with the branch");
        case Column::OpenCases:
            return tr("Cases assigned to the coordinator that are not completed");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags CoordinatorTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace tsunagu::ui
