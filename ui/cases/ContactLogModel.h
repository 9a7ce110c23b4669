// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/ContactRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace tsunagu::ui {

/// The contact log (支援記録) of the case being edited, as an editable table.
/// Holds the entries in memory; the case editor stores them with the case.
///
/// Display text is formatted (dates per DisplaySettings, code labels);
/// Qt::EditRole gives and takes raw values (QDate, code, minutes as int or a
/// null QVariant, note) and SortRole gives a sortable raw value. A cell that
/// ContactRepository::validate() objects to is tinted and explains why in its
/// tool tip.
class ContactLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Date,
        Kind,
        Method,
        Minutes,
        Note,
        Count,
    };

    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ContactLogModel(QObject* parent = nullptr);

    /// Replaces the whole log.
    void setContacts(QList<ContactRecord> contacts);
    const QList<ContactRecord>& contacts() const { return m_contacts; }
    const ContactRecord& contact(int row) const { return m_contacts.at(row); }

    /// Inserts \a contact before \a row (at the end when \a row is rowCount()).
    void insertContact(int row, const ContactRecord& contact);
    /// Appends \a contact; returns its row.
    int appendContact(const ContactRecord& contact);
    /// Removes the contact at \a row.
    void removeContact(int row);

    /// The date the case was received (as edited): a contact dated before it
    /// is a problem of its date cell.
    void setReceivedOn(QDate receivedOn);

    /// Without editing, cells are not editable (a read-only branch file).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /// The column that shows the field a FieldProblem of
    /// ContactRepository::validate() names; Column::Count for none.
    static Column columnForField(const QString& field);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Inserts empty contacts (no date, kind or method).
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

private:
    bool isCell(const QModelIndex& index) const;
    QString problemsAt(int row, Column column) const;

    QList<ContactRecord> m_contacts;
    QDate m_receivedOn;
    bool m_editable = true;
};

} // namespace tsunagu::ui
