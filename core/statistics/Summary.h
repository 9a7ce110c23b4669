// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tsunagu::statistics {

/// A closed range of received dates, both ends inclusive.
struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /// The same dates one year earlier. A month's last day maps to the last
    /// day of that month (so 2025-02-28 maps to 2024-02-29 and back to 28).
    Period previousYear() const;
    friend bool operator==(const Period&, const Period&) = default;
};

/// One counted code: its code (a code-list code, region code or municipality
/// code) and how many.
struct Count
{
    QString code;
    qint64 count = 0;

    friend bool operator==(const Count&, const Count&) = default;
};

/// The statistics of one period, as in the exchange spec §2: every code of
/// every list is present, in report order, with 0 where nothing was counted.
/// One computation, many renderings (JSON, CSV, text, charts, PDF).
struct Summary
{
    Period period;
    qint64 cases = 0;
    QList<Count> status;       ///< as of period.to, in codes::statuses() order
    QList<Count> region;       ///< master-data order, then outside, unknown
    QList<Count> municipality; ///< master-data order, then outside, unknown
    QList<Count> method;
    QList<Count> consulter;
    QList<Count> topic;
    qint64 topicMentions = 0;

    /// The count of \a code in \a list (0 when absent).
    static qint64 countOf(const QList<Count>& list, const QString& code);

    friend bool operator==(const Summary&, const Summary&) = default;
};

} // namespace tsunagu::statistics
