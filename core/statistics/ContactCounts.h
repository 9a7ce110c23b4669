// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "statistics/Summary.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace tsunagu::statistics {

/// Contacts (延べ件数（期間内の対応）) of a period, by kind: see countContacts().
struct ContactCounts
{
    qint64 total = 0;
    QList<Count> kind; ///< in codes::contactKinds() order, every kind present

    friend bool operator==(const ContactCounts&, const ContactCounts&) = default;
};

/// Which contacts countContacts() counts: those dated in a period, of the
/// cases a condition chooses.
struct ContactScope
{
    /// Contacts dated in it, both ends included; none: whatever their date.
    std::optional<Period> period;
    /// Without a period: contacts dated in this month (1-12) of any year.
    std::optional<int> monthOfAnyYear;
    /// An SQL condition on the cases, over `case_record c` with positional
    /// `?` placeholders bound to \a caseValues in order; empty: every case,
    /// whenever it was received.
    QString caseCondition;
    QVariantList caseValues;
    /// Whether ContactCounts::kind is wanted; without it only the total is
    /// counted, from the index alone (a tenth of the time for the case list).
    bool byKind = true;
};

/// 延べ件数（期間内の対応）: the number of contact-log entries dated in the
/// scope's period, of any case the scope's condition chooses, **whenever
/// the case was received**; by kind.
///
/// The one definition of the figure, and the one code path for it: the
/// case list's count label, the dashboard and the monthly and annual
/// reports all count it here, so the same period shows the same figure
/// everywhere.
///
/// Why contacts dated in the period, not the contacts of the period's cases:
/// the prefecture's tables (the seed document of FY R5) count a period's
/// cases (相談件数, 実件数) by the day received and report their status on
/// the period's last day, so a case continues from one fiscal year into the
/// next (継続 36 of 77 at the end of R5). The work done on it in the next
/// year is that year's work: a period's 延べ件数 measures the contacts made
/// in it (対応件数), as a consultation service's 延べ件数 does, and counts
/// a contact in exactly one period — the one it happened in — so months add
/// up to the year and a figure does not change when contacts are logged in a
/// later year. The seed document gives no 延べ件数 of contacts itself (its
/// 140 is the topic mentions of the 77 cases).
Result<ContactCounts> countContacts(QSqlDatabase database, const ContactScope& scope = {});

} // namespace tsunagu::statistics
