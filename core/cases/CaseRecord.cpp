// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRecord.h"

#include "codes/Codes.h"

#include <algorithm>

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

} // namespace tsunagu
