// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tsunagu {

/// One entry of a case's status history: from \a since on, the case is \a status.
struct StatusChange
{
    QString status; ///< a code of codes::statuses()
    QDate since;

    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

/// The personal part of a case, kept in its own table so reports and exports
/// can leave it out (and a future encrypted store can take it over).
struct PersonalData
{
    QString childName;
    QString consulterName;
    QString contact;

    bool isEmpty() const { return childName.isEmpty() && consulterName.isEmpty() && contact.isEmpty(); }
    friend bool operator==(const PersonalData&, const PersonalData&) = default;
};

/// A consultation case (相談ケース) as the branch follows it.
struct CaseRecord
{
    qint64 id = 0; ///< database row id; 0 for a case not yet stored
    QString caseNo;
    QDate receivedOn;
    QString municipalityCode;
    QString method;
    QString consulter;
    QStringList topics; ///< one or more, in code-list order
    /// Ordered by date; the first entry starts on receivedOn. Before the
    /// first entry's date the case counts as ongoing.
    QList<StatusChange> statusHistory;
    std::optional<qint64> coordinatorId;
    std::optional<int> childAge; ///< years at intake, 0-29
    QStringList careNeeds;
    QString note;
    PersonalData personal;

    /// The status today (the last history entry), `ongoing` when there is none.
    QString currentStatus() const;
    /// The status as it stood on \a date.
    QString statusOn(QDate date) const;
    /// The date the current status took effect.
    QDate currentStatusSince() const;

    /// Records a status change on \a date, keeping the history ordered; a
    /// change on a date that already has one replaces it.
    void setStatus(const QString& status, QDate date);

    friend bool operator==(const CaseRecord&, const CaseRecord&) = default;
};

} // namespace tsunagu
