// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTableModel.h"

#include "codes/Codes.h"
#include "common/DisplaySettings.h"
#include "storage/BranchFile.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <limits>

namespace tsunagu::ui {

namespace {

/// Ongoing cases not contacted for this many days stand out in the list.
constexpr qint64 FollowUpDays = 30;

} // namespace

CaseTableModel::CaseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{}

CaseTableModel::~CaseTableModel() = default;

void CaseTableModel::setBranchFile(BranchFile* file)
{
    beginResetModel();
    m_file = file;
    m_query = file ? std::make_unique<CaseQuery>(file->database(), file->masterData()) : nullptr;
    reload();
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void CaseTableModel::setFilter(const CaseFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    beginResetModel();
    m_filter = filter;
    reload();
    endResetModel();
    Q_EMIT countChanged(m_count);
}

const CaseFilter& CaseTableModel::filter() const
{
    return m_filter;
}

void CaseTableModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void CaseTableModel::setToday(QDate today)
{
    m_today = today;
    if (m_count > 0) {
        Q_EMIT dataChanged(index(0, static_cast<int>(Column::DaysSinceContact)),
                           index(rowCount() - 1, static_cast<int>(Column::DaysSinceContact)));
    }
}

void CaseTableModel::reload()
{
    m_pages.clear();
    m_pageUse.clear();
    m_lastError.clear();
    m_count = 0;
    if (!m_query) {
        return;
    }
    m_query->setFilter(m_filter);
    m_query->setSort(m_sortColumn, m_sortOrder);
    const auto count = m_query->count();
    if (count.ok()) {
        m_count = count.value();
    } else {
        m_lastError = count.message();
    }
}

qint64 CaseTableModel::contactCount() const
{
    if (!m_query) {
        return 0;
    }
    const auto count = m_query->contactCount();
    return count.ok() ? count.value() : 0;
}

const CaseListRow* CaseTableModel::rowAt(int row) const
{
    if (!m_query || row < 0 || row >= m_count) {
        return nullptr;
    }
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const auto rows = m_query->fetch(page * PageSize, PageSize, m_count);
        if (!rows.ok()) {
            m_lastError = rows.message();
            return nullptr;
        }
        it = m_pages.insert(page, rows.value());
        m_pageUse.push_front(page);
        while (m_pageUse.size() > static_cast<size_t>(MaxCachedPages)) {
            m_pages.remove(m_pageUse.back());
            m_pageUse.pop_back();
        }
    } else if (m_pageUse.front() != page) {
        m_pageUse.remove(page);
        m_pageUse.push_front(page);
    }
    const qsizetype offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 CaseTableModel::caseIdAt(int row) const
{
    const CaseListRow* r = rowAt(row);
    return r ? r->id : 0;
}

int CaseTableModel::loadedRowOf(qint64 caseId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == caseId) {
                return static_cast<int>(it.key() * PageSize + i);
            }
        }
    }
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaseListRow* row = rowAt(index.row());
    if (!row) {
        return {};
    }
    const auto column = static_cast<Column>(index.column());
    const MasterData& master = m_file->masterData();
    const bool open = row->status != QLatin1String("completed");
    const qint64 days = row->lastContactOn.isValid() ? row->lastContactOn.daysTo(m_today) : 0;

    switch (role) {
    case CaseIdRole:
        return row->id;
    case Qt::DisplayRole:
        switch (column) {
        case Column::CaseNo:
            return row->caseNo;
        case Column::ReceivedOn:
            return DisplaySettings::formatShortDate(row->receivedOn);
        case Column::Municipality: {
            const Municipality* m = master.municipality(row->municipalityCode);
            return m ? m->name() : row->municipalityCode;
        }
        case Column::Region: {
            const Region* r = master.region(master.regionOf(row->municipalityCode));
            return r ? r->name() : QString();
        }
        case Column::Method:
            return codes::methods().label(row->method);
        case Column::Consulter:
            return codes::consulters().label(row->consulter);
        case Column::Topics: {
            QStringList labels;
            for (const QString& topic : row->topics) {
                labels.append(codes::topics().label(topic));
            }
            return labels.join(tr(", "));
        }
        case Column::Status:
            return codes::statuses().label(row->status);
        case Column::Coordinator:
            return row->coordinatorName;
        case Column::DaysSinceContact:
            return open ? tr("%n day(s)", nullptr, static_cast<int>(days)) : QString();
        case Column::Count:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Column::ReceivedOn:
            return row->receivedOn;
        case Column::DaysSinceContact:
            return days;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == Column::Region || column == Column::Status || column == Column::Method ||
            column == Column::Consulter) {
            return data(index, Qt::DisplayRole);
        }
        if (column == Column::Topics || column == Column::Municipality || column == Column::ReceivedOn) {
            if (column == Column::ReceivedOn) {
                return DisplaySettings::formatDate(row->receivedOn);
            }
            QString text = data(index, Qt::DisplayRole).toString();
            text.replace(tr(", "), QStringLiteral("\n"));
            return text;
        }
        if (column == Column::DaysSinceContact && open) {
            return tr("Last contact: %1").arg(DisplaySettings::formatDate(row->lastContactOn));
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::DaysSinceContact) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::ForegroundRole:
        if (!open) {
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        }
        if (column == Column::DaysSinceContact && days >= FollowUpDays) {
            return QBrush(QColor(0xb3, 0x3c, 0x00));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Column::CaseNo:
        return tr("Case no.");
    case Column::ReceivedOn:
        return tr("Received");
    case Column::Municipality:
        return tr("Municipality");
    case Column::Region:
        return tr("Region");
    case Column::Method:
        return tr("Method");
    case Column::Consulter:
        return tr("Consulter");
    case Column::Topics:
        return tr("Topics");
    case Column::Status:
        return tr("Status");
    case Column::Coordinator:
        return tr("Coordinator");
    case Column::DaysSinceContact:
        return tr("Since contact");
    case Column::Count:
        break;
    }
    return {};
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(Column::Count)) {
        return;
    }
    const auto sortColumn = static_cast<Column>(column);
    if (sortColumn == m_sortColumn && order == m_sortOrder) {
        return;
    }
    // Where each case lands is known only to SQL, and only page by page:
    // the rows are new rows.
    beginResetModel();
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    reload();
    endResetModel();
}

} // namespace tsunagu::ui
