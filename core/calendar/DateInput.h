// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/JapaneseCalendar.h"
#include "common/Result.h"

#include <QDate>
#include <QString>

namespace tsunagu::calendar::DateInput {

/// Parses a date the way people type it into CSV files and forms.
///
/// The text is NFKC-normalised first (full-width digits, letters and
/// punctuation become ASCII, ㋿ becomes 令和) and surrounding whitespace is
/// ignored. Accepted forms, and only these:
/// - Gregorian: "2024-04-01", "2024-4-1", "2024/04/01", "2024/4/1"
///   (four-digit year, one separator used throughout);
/// - abbreviated era: "R6.4.1", "r6.4.1", "H31.4.30" (era letter, era year,
///   month and day separated by dots);
/// - era in kanji: "令和6年4月1日", "令和元年5月1日" (元 or digits for the year).
///
/// Fails with a translated message that quotes @p text and says why: not one
/// of the forms above, an unknown era, era year 0, a month or day that does
/// not exist (2023-02-29), or an era date outside its era (平成31年5月1日,
/// 令和1年4月30日). Eras come from @p calendar.
Result<QDate> parse(const QString& text, const JapaneseCalendar& calendar = JapaneseCalendar::instance());

} // namespace tsunagu::calendar::DateInput
