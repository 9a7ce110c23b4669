// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactLogModel.h"

#include "calendar/DateInput.h"
#include "codes/Codes.h"
#include "common/DisplaySettings.h"
#include "contacts/ContactRepository.h"

#include <QColor>

namespace tsunagu::ui {

namespace {

constexpr int columnCountValue = static_cast<int>(ContactLogModel::Column::Count);

/// A light red that keeps black text readable.
const QColor ProblemBackground(0xfd, 0xe2, 0xe1);

QVariant minutesValue(const std::optional<int>& minutes)
{
    return minutes ? QVariant(*minutes) : QVariant();
}

} // namespace

ContactLogModel::ContactLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ContactLogModel::setContacts(QList<ContactRecord> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

void ContactLogModel::insertContact(int row, const ContactRecord& contact)
{
    Q_ASSERT(row >= 0 && row <= m_contacts.size());
    beginInsertRows({}, row, row);
    m_contacts.insert(row, contact);
    endInsertRows();
}

int ContactLogModel::appendContact(const ContactRecord& contact)
{
    const int row = rowCount();
    insertContact(row, contact);
    return row;
}

void ContactLogModel::removeContact(int row)
{
    removeRows(row, 1);
}

void ContactLogModel::setEditable(bool editable)
{
    if (editable == m_editable) {
        return;
    }
    m_editable = editable;
    if (!m_contacts.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCountValue - 1));
    }
}

ContactLogModel::Column ContactLogModel::columnForField(const QString& field)
{
    if (field == QLatin1String("contacted_on")) {
        return Column::Date;
    }
    if (field == QLatin1String("kind")) {
        return Column::Kind;
    }
    if (field == QLatin1String("method")) {
        return Column::Method;
    }
    if (field == QLatin1String("minutes")) {
        return Column::Minutes;
    }
    return Column::Count;
}

int ContactLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

bool ContactLogModel::isCell(const QModelIndex& index) const
{
    // Quietly: views ask for the flags of invalid indexes, which is no error.
    return index.isValid() && index.model() == this && !index.parent().isValid() &&
           index.row() < rowCount() && index.column() < columnCount();
}

void ContactLogModel::setReceivedOn(QDate receivedOn)
{
    if (receivedOn == m_receivedOn) {
        return;
    }
    m_receivedOn = receivedOn;
    if (!m_contacts.isEmpty()) {
        const QModelIndex first = index(0, static_cast<int>(Column::Date));
        Q_EMIT dataChanged(first, first.siblingAtRow(rowCount() - 1),
                           {Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole});
    }
}

QString ContactLogModel::problemsAt(int row, Column column) const
{
    QStringList messages;
    for (const FieldProblem& problem :
         ContactRepository::validate(m_contacts.at(row), QDate::currentDate(), m_receivedOn)) {
        if (columnForField(problem.field) == column) {
            messages.append(problem.message);
        }
    }
    return messages.join(QLatin1Char('\n'));
}

QVariant ContactLogModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index)) {
        return {};
    }
    const ContactRecord& contact = m_contacts.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Date:
            return DisplaySettings::formatShortDate(contact.contactedOn);
        case Column::Kind:
            return contact.kind.isEmpty() ? QString() : codes::contactKinds().label(contact.kind);
        case Column::Method:
            return contact.method.isEmpty() ? QString() : codes::methods().label(contact.method);
        case Column::Minutes:
            return contact.minutes ? QString::number(*contact.minutes) : QString();
        case Column::Note:
            // One line per row: line breaks show as spaces; the tool tip has it all.
            return QString(contact.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Column::Count:
            break;
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case Column::Date:
            return contact.contactedOn;
        case Column::Kind:
            return contact.kind;
        case Column::Method:
            return contact.method;
        case Column::Minutes:
            return minutesValue(contact.minutes);
        case Column::Note:
            return contact.note;
        case Column::Count:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Column::Date:
            return contact.contactedOn.toString(Qt::ISODate);
        case Column::Kind:
            return codes::contactKinds().indexOf(contact.kind);
        case Column::Method:
            return codes::methods().indexOf(contact.method);
        case Column::Minutes:
            return contact.minutes.value_or(-1);
        case Column::Note:
            return contact.note;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        const QString problems = problemsAt(index.row(), column);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (column == Column::Date) {
            return DisplaySettings::formatDate(contact.contactedOn);
        }
        if (column == Column::Note && !contact.note.isEmpty()) {
            return contact.note;
        }
        break;
    }
    case Qt::BackgroundRole:
        if (!problemsAt(index.row(), column).isEmpty()) {
            return ProblemBackground;
        }
        break;
    case Qt::ForegroundRole:
        if (!problemsAt(index.row(), column).isEmpty()) {
            return QColor(Qt::black);
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Minutes) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

bool ContactLogModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editable || !isCell(index)) {
        return false;
    }
    ContactRecord changed = m_contacts.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Column::Date:
        if (value.metaType().id() == QMetaType::QDate) {
            changed.contactedOn = value.toDate();
        } else {
            const auto parsed = calendar::DateInput::parse(value.toString());
            if (!parsed.ok()) {
                return false;
            }
            changed.contactedOn = parsed.value();
        }
        if (!changed.contactedOn.isValid()) {
            return false;
        }
        break;
    case Column::Kind:
        if (!codes::contactKinds().contains(value.toString())) {
            return false;
        }
        changed.kind = value.toString();
        break;
    case Column::Method:
        if (!codes::methods().contains(value.toString())) {
            return false;
        }
        changed.method = value.toString();
        break;
    case Column::Minutes: {
        if (!value.isValid() || value.isNull() || value.toString().trimmed().isEmpty()) {
            changed.minutes.reset();
            break;
        }
        bool ok = false;
        const int minutes = value.toString().trimmed().toInt(&ok);
        if (!ok) {
            return false;
        }
        // The editor's "not recorded" value.
        changed.minutes = minutes < 0 ? std::nullopt : std::optional<int>(minutes);
        break;
    }
    case Column::Note:
        changed.note = value.toString();
        break;
    case Column::Count:
        return false;
    }
    if (changed == m_contacts.at(index.row())) {
        return true;
    }
    m_contacts[index.row()] = changed;
    Q_EMIT dataChanged(index, index);
    return true;
}

QVariant ContactLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCountValue) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Kind:
        return tr("Kind");
    case Column::Method:
        return tr("Method");
    case Column::Minutes:
        return tr("Minutes");
    case Column::Note:
        return tr("Note");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags ContactLogModel::flags(const QModelIndex& index) const
{
    if (!isCell(index)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

bool ContactLogModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0) {
        return false;
    }
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        m_contacts.insert(row, ContactRecord{});
    }
    endInsertRows();
    return true;
}

bool ContactLogModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_contacts.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace tsunagu::ui
