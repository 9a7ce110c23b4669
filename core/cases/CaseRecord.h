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

/// One entry of a case's coordinator history: from \a since on, \a coordinatorId
/// is in charge of the case (nobody when empty).
struct CoordinatorChange
{
    std::optional<qint64> coordinatorId;
    QDate since;

    friend bool operator==(const CoordinatorChange&, const CoordinatorChange&) = default;
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
    std::optional<qint64> coordinatorId; ///< the coordinator in charge now
    /// When saving a stored case: the day coordinatorId took charge. When it
    /// differs from the stored coordinator, the handover is dated this day,
    /// today when unset; when it is the same, a date given here corrects the
    /// day of the last handover. A new case's coordinator is in charge from
    /// the day it was received. Not filled by loading a case (the history is
    /// CaseRepository::coordinatorHistory()), so that a case loaded, given
    /// another coordinator and saved records a handover dated today.
    std::optional<QDate> coordinatorSince;
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

/// The coordinator history of a case after saving it: \a stored is its
/// history in the file (oldest first; empty for a new case), \a record what is
/// saved, \a today the date of a handover that \a record does not date.
///
/// A handover on a day makes the new coordinator the one in charge from that
/// day on: entries on or after it give way (changing the coordinator twice on
/// one day keeps the last, and changing it back leaves the history as it
/// was). The first entry is always dated on the day the case was received;
/// entries before that day give way to the one in charge on it.
QList<CoordinatorChange> coordinatorHistoryAfterSaving(QList<CoordinatorChange> stored,
                                                       const CaseRecord& record, QDate today);

} // namespace tsunagu
