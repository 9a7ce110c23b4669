// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Language.h"
#include "common/Result.h"

#include <QByteArray>
#include <QChar>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tsunagu::calendar {

/// One Japanese era (gengō) as listed in the era table
/// (resources/calendar/eras.csv). The first year of an era runs from firstDay
/// to December 31 of that Gregorian year; every later era year is a whole
/// Gregorian year.
struct Era
{
    /// Stable identifier, lower-case ASCII ("reiwa"). Store this, never a label.
    QString code;
    QString nameJa; ///< "令和"
    QString nameEn; ///< "Reiwa"
    /// Upper-case Latin letter used in short dates ("R" in "R6.4.1").
    QChar abbreviation;
    QDate firstDay;
    /// The day before the next era began; invalid for the current era.
    QDate lastDay;

    /// The era's name in @p language ("令和" / "Reiwa").
    QString name(Language language) const;
    /// True if @p date falls inside this era.
    bool contains(QDate date) const;
};

/// Converts between Gregorian dates and Japanese era dates (wareki) and
/// formats them the way Japanese forms and reports write them.
///
/// The eras are data, not code: instance() loads them once from the
/// compiled-in resource ":/tsunagu/calendar/eras.csv"; fromCsv() builds a
/// calendar from any table of the same shape (tests, a future era).
///
/// Dates before the first era of the table have no era form; the formatting
/// functions fall back to ISO 8601 (yyyy-MM-dd) for them. Invalid dates format
/// as an empty string.
///
/// Era pointers returned by this class point into the calendar's own era list
/// and stay valid as long as the calendar (or a copy of it) lives; the
/// pointers from instance() are valid for the whole run.
class JapaneseCalendar
{
public:
    /// The calendar of the built-in era table, loaded on first use. Thread-safe.
    /// If the resource is missing or broken (a build defect), logs the error
    /// and returns a calendar without eras, which formats every date as ISO.
    static const JapaneseCalendar& instance();

    /// Builds a calendar from an era table in UTF-8 CSV: the header
    /// "code,name_ja,name_en,abbreviation,first_day", then one era per row in
    /// chronological order. Fields are not quoted and hold no commas; blank
    /// lines and a UTF-8 byte order mark are ignored. Fails with a translated
    /// message naming the row ("row 4: ...", the header being row 1) on a
    /// wrong header, wrong field count, malformed code, empty name, an
    /// abbreviation that is not one letter A-Z, a first_day that is not a
    /// valid yyyy-MM-dd date, eras out of order, duplicate codes, names or
    /// abbreviations, or an empty table.
    static Result<JapaneseCalendar> fromCsv(const QByteArray& csvUtf8);

    /// All eras, oldest first.
    const QList<Era>& eras() const;

    /// The era in effect on @p date, or nullptr for an invalid date or one
    /// before the first era.
    const Era* eraOn(QDate date) const;

    /// The era whose code ("reiwa"), Japanese name ("令和"), English name
    /// ("Reiwa") or abbreviation ("R") is @p codeNameOrAbbreviation; ASCII
    /// letters match case-insensitively. nullptr if there is none.
    const Era* findEra(QStringView codeNameOrAbbreviation) const;

    /// An era and a year inside it; year 1 is the era's first (partial) year.
    struct EraYear
    {
        const Era* era = nullptr;
        int year = 0;
    };

    /// The era and era year of @p date (2019-05-01 -> Reiwa 1, 2019-04-30 ->
    /// Heisei 31); nullopt where eraOn() is nullptr.
    std::optional<EraYear> eraYearOn(QDate date) const;

    /// The Gregorian date of era year @p eraYear, @p month, @p day of the era
    /// named by @p eraCodeNameOrAbbrev (see findEra()). nullopt if the era is
    /// unknown, the date does not exist, or it lies outside that era:
    /// 平成31年5月1日 (Heisei had ended) and 令和1年4月30日 (Reiwa had not
    /// begun) both give nullopt.
    std::optional<QDate> toGregorian(const QString& eraCodeNameOrAbbrev, int eraYear, int month,
                                     int day) const;

    /// Japanese: "令和6年4月1日", with 元 for the first year ("令和元年5月1日").
    /// English: "April 1, Reiwa 6" (no 元: "May 1, Reiwa 1").
    QString formatDate(QDate date, Language language) const;

    /// Abbreviated era date as written on forms: "R6.4.1", first year "R1.5.1".
    QString formatShortDate(QDate date) const;

    /// The month containing @p anyDayInMonth: "令和6年4月" / "April, Reiwa 6".
    /// A month in which the era changed is named with the era in effect on
    /// its last day, so every day of the month gives the same text
    /// (1989-01-05 -> "平成元年1月"). Before the first era: "yyyy-MM".
    QString formatYearMonth(QDate anyDayInMonth, Language language) const;

    /// The name of the fiscal year that starts on April 1 of
    /// @p fiscalYearStart: "令和6年度" / "FY Reiwa 6 (2024)".
    ///
    /// Naming rule: a fiscal year is named with the era in effect on December
    /// 31 of its starting year. This is how documents written after the 2019
    /// change name April 2019 - March 2020 ("令和元年度"), although its first
    /// month was still Heisei: 2019 -> "令和元年度", 2018 -> "平成30年度",
    /// 1989 -> "平成元年度", 1988 -> "昭和63年度". English uses no 元 ("FY
    /// Reiwa 1 (2019)"). Before the first era: "1867年度" / "FY 1867".
    QString formatFiscalYear(int fiscalYearStart, Language language) const;

private:
    JapaneseCalendar() = default;

    QList<Era> m_eras;
};

} // namespace tsunagu::calendar
