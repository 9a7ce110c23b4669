// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRecord.h"

#include "codes/Codes.h"

#include <algorithm>
#include <iterator>

namespace tsunagu {

QString CaseRecord::currentStatus() const
{
    return statusHistory.isEmpty() ? QString(codes::status::Ongoing) : statusHistory.constLast().status;
}

QString CaseRecord::statusOn(QDate date) const
{
    QString status(codes::status::Ongoing);
    for (const StatusChange& change : statusHistory) {
        if (change.since > date) {
            break;
        }
        status = change.status;
    }
    return status;
}

QDate CaseRecord::currentStatusSince() const
{
    return statusHistory.isEmpty() ? receivedOn : statusHistory.constLast().since;
}

void CaseRecord::setStatus(const QString& status, QDate date)
{
    const auto it = std::lower_bound(statusHistory.begin(), statusHistory.end(), date,
                                     [](const StatusChange& c, QDate d) { return c.since < d; });
    if (it != statusHistory.end() && it->since == date) {
        it->status = status;
    } else {
        statusHistory.insert(it, StatusChange{status, date});
    }
}

QList<CoordinatorChange> coordinatorHistoryAfterSaving(QList<CoordinatorChange> history,
                                                       const CaseRecord& record, QDate today)
{
    const QDate received = record.receivedOn;
    if (history.isEmpty()) {
        return {CoordinatorChange{record.coordinatorId, received}};
    }
    // The received date may have moved: whoever was in charge on it is in
    // charge from it.
    const auto after = std::upper_bound(history.cbegin(), history.cend(), received,
                                        [](QDate d, const CoordinatorChange& c) { return d < c.since; });
    if (const qsizetype inCharge = std::distance(history.cbegin(), after) - 1; inCharge > 0) {
        history.remove(0, inCharge);
    }
    history.first().since = received;

    const bool handover = record.coordinatorId != history.constLast().coordinatorId;
    if (!handover && !record.coordinatorSince) {
        return history;
    }
    const QDate day = std::max(record.coordinatorSince.value_or(today), received);
    if (!handover) {
        // The same coordinator on another day: a correction of the day of the
        // last handover. The first entry stays on the day received.
        if (history.size() == 1 || history.constLast().since == day) {
            return history;
        }
        history.removeLast();
    }
    while (!history.isEmpty() && history.constLast().since >= day) {
        history.removeLast();
    }
    if (history.isEmpty() || history.constLast().coordinatorId != record.coordinatorId) {
        history.append(CoordinatorChange{record.coordinatorId, day});
    }
    return history;
}

} // namespace tsunagu
