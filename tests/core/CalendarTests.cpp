// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/DateInput.h"
#include "calendar/FiscalYear.h"
#include "calendar/JapaneseCalendar.h"
#include "common/Language.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using namespace tsunagu;
using namespace tsunagu::calendar;
using namespace Qt::StringLiterals;

namespace {

// Comparisons go through std::string (UTF-8) so that Catch prints both sides
// of a failed CHECK.
std::string str(const QString& text)
{
    return text.toStdString();
}

std::string str(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("(invalid)");
}

std::string str(const std::optional<QDate>& date)
{
    return date ? str(*date) : std::string("(nullopt)");
}

const JapaneseCalendar& cal()
{
    return JapaneseCalendar::instance();
}

std::string ja(QDate date)
{
    return str(cal().formatDate(date, Language::Japanese));
}

std::string en(QDate date)
{
    return str(cal().formatDate(date, Language::English));
}

std::string shortDate(QDate date)
{
    return str(cal().formatShortDate(date));
}

std::string yearMonth(QDate date, Language language)
{
    return str(cal().formatYearMonth(date, language));
}

std::string fiscalYear(int startYear, Language language)
{
    return str(cal().formatFiscalYear(startYear, language));
}

std::string eraCodeOn(QDate date)
{
    const Era* era = cal().eraOn(date);
    return era ? str(era->code) : std::string("(none)");
}

QByteArray csv(const QStringList& rows)
{
    return (u"code,name_ja,name_en,abbreviation,first_day\n"_s + rows.join(u'\n') + u'\n').toUtf8();
}

/// Parses @p text and returns the parse error, failing the test if it parsed.
std::string parseError(const QString& text)
{
    const Result<QDate> result = DateInput::parse(text);
    INFO("input: " << str(text));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Invalid);
    return str(result.error().message);
}

/// Parses @p text and returns the date as ISO, or the error message.
std::string parsed(const QString& text, const JapaneseCalendar& calendar = cal())
{
    const Result<QDate> result = DateInput::parse(text, calendar);
    return result.ok() ? str(result.value()) : str(result.message());
}

/// Pins the display language for one test and restores it afterwards; era
/// names in parse errors follow it.
class DisplayLanguageGuard
{
public:
    explicit DisplayLanguageGuard(Language language)
        : m_previous(displayLanguage())
    {
        setDisplayLanguage(language);
    }
    ~DisplayLanguageGuard() { setDisplayLanguage(m_previous); }
    DisplayLanguageGuard(const DisplayLanguageGuard&) = delete;
    DisplayLanguageGuard& operator=(const DisplayLanguageGuard&) = delete;

private:
    Language m_previous;
};

} // namespace

TEST_CASE("The built-in era table loads from the resource, oldest first", "[calendar]")
{
    const QList<Era>& eras = cal().eras();
    REQUIRE(eras.size() == 5);
    QStringList codes;
    for (const Era& era : eras)
        codes.append(era.code);
    CHECK(str(codes.join(u',')) == "meiji,taisho,showa,heisei,reiwa");

    const Era& heisei = eras.at(3);
    CHECK(str(heisei.nameJa) == "平成");
    CHECK(str(heisei.nameEn) == "Heisei");
    CHECK(heisei.abbreviation == u'H');
    CHECK(str(heisei.firstDay) == "1989-01-08");
    CHECK(str(heisei.lastDay) == "2019-04-30");
    CHECK(str(heisei.name(Language::Japanese)) == "平成");
    CHECK(str(heisei.name(Language::English)) == "Heisei");

    CHECK(str(eras.at(2).lastDay) == "1989-01-07");
    CHECK_FALSE(eras.last().lastDay.isValid());
    CHECK(&JapaneseCalendar::instance() == &cal());
}

TEST_CASE("eraOn and eraYearOn switch eras on the first day of the new era", "[calendar]")
{
    CHECK(eraCodeOn(QDate(2019, 4, 30)) == "heisei");
    CHECK(eraCodeOn(QDate(2019, 5, 1)) == "reiwa");
    CHECK(eraCodeOn(QDate(1989, 1, 7)) == "showa");
    CHECK(eraCodeOn(QDate(1989, 1, 8)) == "heisei");
    CHECK(eraCodeOn(QDate(1868, 10, 23)) == "meiji");

    CHECK(cal().eraOn(QDate(1868, 10, 22)) == nullptr);
    CHECK(cal().eraOn(QDate()) == nullptr);
    CHECK_FALSE(cal().eraYearOn(QDate(1868, 10, 22)).has_value());

    const auto reiwa1 = cal().eraYearOn(QDate(2019, 5, 1));
    REQUIRE(reiwa1.has_value());
    CHECK(str(reiwa1->era->code) == "reiwa");
    CHECK(reiwa1->year == 1);

    const auto heisei31 = cal().eraYearOn(QDate(2019, 4, 30));
    REQUIRE(heisei31.has_value());
    CHECK(str(heisei31->era->code) == "heisei");
    CHECK(heisei31->year == 31);

    const auto showa64 = cal().eraYearOn(QDate(1989, 1, 7));
    REQUIRE(showa64.has_value());
    CHECK(str(showa64->era->code) == "showa");
    CHECK(showa64->year == 64);

    const auto reiwa6 = cal().eraYearOn(QDate(2024, 12, 31));
    REQUIRE(reiwa6.has_value());
    CHECK(reiwa6->year == 6);
}

TEST_CASE("Japanese dates use the era in effect and 元 for the first year", "[calendar]")
{
    CHECK(ja(QDate(2019, 4, 30)) == "平成31年4月30日");
    CHECK(ja(QDate(2019, 5, 1)) == "令和元年5月1日");
    CHECK(ja(QDate(1989, 1, 7)) == "昭和64年1月7日");
    CHECK(ja(QDate(1989, 1, 8)) == "平成元年1月8日");
    CHECK(ja(QDate(2024, 4, 1)) == "令和6年4月1日");
    CHECK(ja(QDate(2024, 2, 29)) == "令和6年2月29日");
    CHECK(ja(QDate(1926, 12, 25)) == "昭和元年12月25日");
    CHECK(ja(QDate(1926, 12, 24)) == "大正15年12月24日");
}

TEST_CASE("English dates put the month first and never use 元", "[calendar]")
{
    CHECK(en(QDate(2024, 4, 1)) == "April 1, Reiwa 6");
    CHECK(en(QDate(2019, 5, 1)) == "May 1, Reiwa 1");
    CHECK(en(QDate(2019, 4, 30)) == "April 30, Heisei 31");
    CHECK(en(QDate(1989, 1, 7)) == "January 7, Showa 64");
    CHECK(en(QDate(1989, 1, 8)) == "January 8, Heisei 1");
    CHECK(en(QDate(2023, 12, 31)) == "December 31, Reiwa 5");
}

TEST_CASE("Dates outside the era table format as ISO or empty", "[calendar]")
{
    CHECK(ja(QDate(1868, 10, 22)) == "1868-10-22");
    CHECK(en(QDate(1868, 10, 22)) == "1868-10-22");
    CHECK(shortDate(QDate(1800, 1, 2)) == "1800-01-02");
    CHECK(yearMonth(QDate(1868, 9, 30), Language::Japanese) == "1868-09");
    CHECK(ja(QDate()) == "");
    CHECK(shortDate(QDate()) == "");
    CHECK(yearMonth(QDate(), Language::English) == "");
}

TEST_CASE("Short dates use the era letter and plain numbers", "[calendar]")
{
    CHECK(shortDate(QDate(2024, 4, 1)) == "R6.4.1");
    CHECK(shortDate(QDate(2019, 5, 1)) == "R1.5.1");
    CHECK(shortDate(QDate(2019, 4, 30)) == "H31.4.30");
    CHECK(shortDate(QDate(1989, 1, 7)) == "S64.1.7");
    CHECK(shortDate(QDate(1989, 1, 8)) == "H1.1.8");
    CHECK(shortDate(QDate(2023, 12, 25)) == "R5.12.25");
}

TEST_CASE("Year-month labels name the era in effect at the end of the month", "[calendar]")
{
    CHECK(yearMonth(QDate(2024, 4, 17), Language::Japanese) == "令和6年4月");
    CHECK(yearMonth(QDate(2024, 4, 17), Language::English) == "April, Reiwa 6");
    CHECK(yearMonth(QDate(2019, 4, 30), Language::Japanese) == "平成31年4月");
    CHECK(yearMonth(QDate(2019, 5, 1), Language::Japanese) == "令和元年5月");
    CHECK(yearMonth(QDate(2019, 5, 31), Language::English) == "May, Reiwa 1");
    // January 1989 was Showa until the 7th; every day of it gives the same label.
    CHECK(yearMonth(QDate(1989, 1, 1), Language::Japanese) == "平成元年1月");
    CHECK(yearMonth(QDate(1989, 1, 7), Language::Japanese) == "平成元年1月");
    CHECK(yearMonth(QDate(1989, 1, 31), Language::Japanese) == "平成元年1月");
    CHECK(yearMonth(QDate(1988, 12, 1), Language::Japanese) == "昭和63年12月");
}

TEST_CASE("Fiscal years are named with the era in effect on December 31 of their first year", "[calendar]")
{
    CHECK(fiscalYear(2024, Language::Japanese) == "令和6年度");
    CHECK(fiscalYear(2019, Language::Japanese) == "令和元年度");
    CHECK(fiscalYear(2018, Language::Japanese) == "平成30年度");
    CHECK(fiscalYear(1989, Language::Japanese) == "平成元年度");
    CHECK(fiscalYear(1988, Language::Japanese) == "昭和63年度");
    CHECK(fiscalYear(1867, Language::Japanese) == "1867年度");

    CHECK(fiscalYear(2024, Language::English) == "FY Reiwa 6 (2024)");
    CHECK(fiscalYear(2019, Language::English) == "FY Reiwa 1 (2019)");
    CHECK(fiscalYear(2018, Language::English) == "FY Heisei 30 (2018)");
    CHECK(fiscalYear(1867, Language::English) == "FY 1867");
}

TEST_CASE("toGregorian accepts only dates inside the named era", "[calendar]")
{
    CHECK(str(cal().toGregorian(u"reiwa"_s, 6, 4, 1)) == "2024-04-01");
    CHECK(str(cal().toGregorian(u"令和"_s, 1, 5, 1)) == "2019-05-01");
    CHECK(str(cal().toGregorian(u"R"_s, 1, 5, 1)) == "2019-05-01");
    CHECK(str(cal().toGregorian(u"r"_s, 1, 5, 1)) == "2019-05-01");
    CHECK(str(cal().toGregorian(u"Heisei"_s, 31, 4, 30)) == "2019-04-30");
    CHECK(str(cal().toGregorian(u"showa"_s, 64, 1, 7)) == "1989-01-07");
    CHECK(str(cal().toGregorian(u"heisei"_s, 1, 1, 8)) == "1989-01-08");
    CHECK(str(cal().toGregorian(u"reiwa"_s, 100, 1, 1)) == "2118-01-01");

    CHECK_FALSE(cal().toGregorian(u"平成"_s, 31, 5, 1).has_value());
    CHECK_FALSE(cal().toGregorian(u"令和"_s, 1, 4, 30).has_value());
    CHECK_FALSE(cal().toGregorian(u"showa"_s, 64, 1, 8).has_value());
    CHECK_FALSE(cal().toGregorian(u"heisei"_s, 1, 1, 7).has_value());
    CHECK_FALSE(cal().toGregorian(u"reiwa"_s, 0, 5, 1).has_value());
    CHECK_FALSE(cal().toGregorian(u"reiwa"_s, 5, 2, 29).has_value());
    CHECK_FALSE(cal().toGregorian(u"reiwa"_s, 6, 13, 1).has_value());
    CHECK_FALSE(cal().toGregorian(u"X"_s, 1, 1, 1).has_value());
    CHECK_FALSE(cal().toGregorian(QString(), 1, 1, 1).has_value());
    CHECK_FALSE(cal().toGregorian(u"reiwa"_s, 2147483647, 1, 1).has_value());
}

TEST_CASE("Era dates round-trip through toGregorian and DateInput across era changes", "[calendar]")
{
    for (QDate date = QDate(1988, 12, 25); date <= QDate(1989, 1, 15); date = date.addDays(1)) {
        const auto eraYear = cal().eraYearOn(date);
        REQUIRE(eraYear.has_value());
        CHECK(str(cal().toGregorian(eraYear->era->code, eraYear->year, date.month(), date.day())) ==
              str(date));
    }
    for (QDate date = QDate(2019, 4, 25); date <= QDate(2019, 5, 5); date = date.addDays(1))
        CHECK(parsed(cal().formatShortDate(date)) == str(date));
}

TEST_CASE("Fiscal years run from April 1 to March 31", "[calendar]")
{
    CHECK(FiscalYear::FirstMonth == 4);
    CHECK(FiscalYear::containing(QDate(2024, 3, 31)).startYear() == 2023);
    CHECK(FiscalYear::containing(QDate(2024, 4, 1)).startYear() == 2024);
    CHECK(FiscalYear::containing(QDate(2024, 2, 29)).startYear() == 2023);
    CHECK(FiscalYear::containing(QDate(2024, 12, 31)).startYear() == 2024);
    CHECK(FiscalYear::containing(QDate(2025, 1, 1)).startYear() == 2024);

    const FiscalYear fy2023(2023);
    CHECK(str(fy2023.firstDay()) == "2023-04-01");
    CHECK(str(fy2023.lastDay()) == "2024-03-31");
    CHECK(fy2023.contains(QDate(2024, 2, 29)));
    CHECK(fy2023.contains(QDate(2023, 4, 1)));
    CHECK(fy2023.contains(QDate(2024, 3, 31)));
    CHECK_FALSE(fy2023.contains(QDate(2023, 3, 31)));
    CHECK_FALSE(fy2023.contains(QDate(2024, 4, 1)));
    CHECK_FALSE(fy2023.contains(QDate()));
    CHECK(fy2023.firstDay().daysTo(fy2023.lastDay()) + 1 == 366);
    CHECK(FiscalYear(2024).firstDay().daysTo(FiscalYear(2024).lastDay()) + 1 == 365);
}

TEST_CASE("Fiscal years compare, step and list their months", "[calendar]")
{
    const FiscalYear fy(2024);
    CHECK(fy.previous() == FiscalYear(2023));
    CHECK(fy.next() == FiscalYear(2025));
    CHECK(fy.next().previous() == fy);
    CHECK(fy != FiscalYear(2023));
    CHECK(FiscalYear(2023) < fy);
    CHECK(fy.next() > fy);
    CHECK(fy.previous().lastDay().addDays(1) == fy.firstDay());

    const QList<QDate> months = fy.monthStarts();
    REQUIRE(months.size() == 12);
    CHECK(str(months.first()) == "2024-04-01");
    CHECK(str(months.at(8)) == "2024-12-01");
    CHECK(str(months.at(9)) == "2025-01-01");
    CHECK(str(months.last()) == "2025-03-01");
    for (const QDate& start : months) {
        CHECK(start.day() == 1);
        CHECK(fy.contains(start));
    }
}

TEST_CASE("DateInput parses Gregorian dates with - or /", "[calendar]")
{
    CHECK(parsed(u"2024-04-01"_s) == "2024-04-01");
    CHECK(parsed(u"2024-4-1"_s) == "2024-04-01");
    CHECK(parsed(u"2024/4/1"_s) == "2024-04-01");
    CHECK(parsed(u"2024/04/01"_s) == "2024-04-01");
    CHECK(parsed(u"2024-02-29"_s) == "2024-02-29");
    CHECK(parsed(u"  2024-04-01\t"_s) == "2024-04-01");
}

TEST_CASE("DateInput parses abbreviated era dates", "[calendar]")
{
    CHECK(parsed(u"R6.4.1"_s) == "2024-04-01");
    CHECK(parsed(u"r6.4.1"_s) == "2024-04-01");
    CHECK(parsed(u"R06.04.01"_s) == "2024-04-01");
    CHECK(parsed(u"H31.4.30"_s) == "2019-04-30");
    CHECK(parsed(u"R1.5.1"_s) == "2019-05-01");
    CHECK(parsed(u"S64.1.7"_s) == "1989-01-07");
    CHECK(parsed(u"h1.1.8"_s) == "1989-01-08");
}

TEST_CASE("DateInput parses era dates in kanji", "[calendar]")
{
    CHECK(parsed(u"令和6年4月1日"_s) == "2024-04-01");
    CHECK(parsed(u"令和元年5月1日"_s) == "2019-05-01");
    CHECK(parsed(u"令和1年5月1日"_s) == "2019-05-01");
    CHECK(parsed(u"平成31年4月30日"_s) == "2019-04-30");
    CHECK(parsed(u"昭和64年1月7日"_s) == "1989-01-07");
    CHECK(parsed(u"平成元年1月8日"_s) == "1989-01-08");
    CHECK(parsed(u"令和 6年 4月 1日"_s) == "2024-04-01");
}

TEST_CASE("DateInput normalises full-width text and whitespace first", "[calendar]")
{
    CHECK(parsed(u"２０２４－０４－０１"_s) == "2024-04-01");
    CHECK(parsed(u"２０２４／４／１"_s) == "2024-04-01");
    CHECK(parsed(u"Ｒ６．４．１"_s) == "2024-04-01");
    CHECK(parsed(u"令和６年４月１日"_s) == "2024-04-01");
    CHECK(parsed(u"\u3000令和元年５月１日\u3000"_s) == "2019-05-01");
    // ㋿ (U+32FF, the one-character era name) decomposes to 令和.
    CHECK(parsed(u"\u32FF6年4月1日"_s) == "2024-04-01");
}

TEST_CASE("DateInput rejects era dates outside their era and says when the era ended or began", "[calendar]")
{
    const DisplayLanguageGuard language(Language::English);
    CHECK(parseError(u"平成31年5月1日"_s) == "\"平成31年5月1日\": Heisei ended on 2019-04-30");
    CHECK(parseError(u"H31.5.1"_s) == "\"H31.5.1\": Heisei ended on 2019-04-30");
    CHECK(parseError(u"令和1年4月30日"_s) == "\"令和1年4月30日\": Reiwa began on 2019-05-01");
    CHECK(parseError(u"令和元年4月30日"_s) == "\"令和元年4月30日\": Reiwa began on 2019-05-01");
    CHECK(parseError(u"S64.1.8"_s) == "\"S64.1.8\": Showa ended on 1989-01-07");
    CHECK(parseError(u"R0.5.1"_s) == "\"R0.5.1\": era years start at 1");
}

TEST_CASE("DateInput names the era in the display language", "[calendar]")
{
    const DisplayLanguageGuard language(Language::Japanese);
    CHECK(parseError(u"平成31年5月1日"_s) == "\"平成31年5月1日\": 平成 ended on 2019-04-30");
}

TEST_CASE("DateInput rejects impossible dates, unknown eras, garbage and empty text", "[calendar]")
{
    CHECK(parseError(u"2023-02-29"_s) == "\"2023-02-29\": 2023-02 has no day 29");
    CHECK(parseError(u"2024/4/31"_s) == "\"2024/4/31\": 2024-04 has no day 31");
    CHECK(parseError(u"2024-04-00"_s) == "\"2024-04-00\": 2024-04 has no day 0");
    CHECK(parseError(u"2024-13-01"_s) == "\"2024-13-01\": there is no month 13");
    CHECK(parseError(u"R5.2.29"_s) == "\"R5.2.29\": 2023-02 has no day 29");
    CHECK(parseError(u"X6.4.1"_s) == "\"X6.4.1\": unknown era \"X\"");
    CHECK(parseError(u"大化6年4月1日"_s) == "\"大化6年4月1日\": unknown era \"大化\"");

    CHECK(parseError(u"hello"_s) == "\"hello\" is not a date (expected YYYY-MM-DD)");
    CHECK(parseError(u"2024.4.1"_s) == "\"2024.4.1\" is not a date (expected YYYY-MM-DD)");
    CHECK(parseError(u"2024-04/01"_s) == "\"2024-04/01\" is not a date (expected YYYY-MM-DD)");
    CHECK(parseError(u"24-04-01"_s) == "\"24-04-01\" is not a date (expected YYYY-MM-DD)");
    CHECK(parseError(u"2024-04-01x"_s) == "\"2024-04-01x\" is not a date (expected YYYY-MM-DD)");
    CHECK(parseError(u"R6/4/1"_s) == "\"R6/4/1\" is not a date (expected YYYY-MM-DD)");
    CHECK(parseError(u"2024年4月1日"_s) == "\"2024年4月1日\" is not a date (expected YYYY-MM-DD)");
    CHECK(parseError(u"0000-01-01"_s) == "\"0000-01-01\" is not a date (expected YYYY-MM-DD)");
    CHECK(parseError(u"  junk  "_s) == "\"junk\" is not a date (expected YYYY-MM-DD)");

    CHECK(parseError(QString()) == "no date given");
    CHECK(parseError(u" \u3000 "_s) == "no date given");
}

TEST_CASE("fromCsv builds a calendar from a valid table", "[calendar]")
{
    const QByteArray data = "\xEF\xBB\xBF"
                            "code,name_ja,name_en,abbreviation,first_day\r\n"
                            "heisei,平成,Heisei,H,1989-01-08\r\n"
                            "\r\n"
                            "reiwa,令和,Reiwa,R,2019-05-01\r\n";
    const Result<JapaneseCalendar> calendar = JapaneseCalendar::fromCsv(data);
    INFO(calendar.message().toStdString());
    REQUIRE(calendar.ok());
    REQUIRE(calendar->eras().size() == 2);
    CHECK(str(calendar->eras().at(0).lastDay) == "2019-04-30");
    CHECK(str(calendar->eras().at(1).nameJa) == "令和");
    CHECK(calendar->eraOn(QDate(1989, 1, 7)) == nullptr);
    CHECK(str(calendar->formatDate(QDate(1989, 1, 7), Language::Japanese)) == "1989-01-07");
    CHECK(str(calendar->formatDate(QDate(2019, 5, 1), Language::Japanese)) == "令和元年5月1日");

    // A new era in a table is picked up without code changes.
    const Result<JapaneseCalendar> future = JapaneseCalendar::fromCsv(
        csv({u"reiwa,令和,Reiwa,R,2019-05-01"_s, u"mirai,未来,Mirai,M,2040-02-01"_s}));
    REQUIRE(future.ok());
    CHECK(str(future->formatDate(QDate(2040, 1, 31), Language::English)) == "January 31, Reiwa 22");
    CHECK(str(future->formatShortDate(QDate(2040, 2, 1))) == "M1.2.1");
    CHECK(str(future->formatFiscalYear(2039, Language::Japanese)) == "令和21年度");
    CHECK(str(future->formatFiscalYear(2040, Language::Japanese)) == "未来元年度");
    const DisplayLanguageGuard language(Language::English);
    CHECK(parsed(u"未来元年2月1日"_s, *future) == "2040-02-01");
    CHECK(parsed(u"R22.2.1"_s, *future) == "\"R22.2.1\": Reiwa ended on 2040-01-31");
}

TEST_CASE("fromCsv rejects bad era tables with the row and the reason", "[calendar]")
{
    const auto errorOf = [](const QByteArray& data) {
        const Result<JapaneseCalendar> calendar = JapaneseCalendar::fromCsv(data);
        REQUIRE_FALSE(calendar.ok());
        CHECK(calendar.error().kind == Error::Kind::Invalid);
        return str(calendar.error().message);
    };

    CHECK(errorOf(csv({u"heisei,平成,Heisei,H,1989-01-08"_s, u"showa,昭和,Showa,S,1926-12-25"_s})) ==
          "row 3: first_day 1926-12-25 is not after 1989-01-08, the first day of heisei; list eras "
          "oldest first");
    CHECK(errorOf(csv({u"heisei,平成,Heisei,H,1989-01-08"_s, u"heisei2,平成二,Heisei Two,J,1989-01-08"_s})) ==
          "row 3: first_day 1989-01-08 is not after 1989-01-08, the first day of heisei; list eras "
          "oldest first");
    CHECK(errorOf(csv({u"reiwa,令和,Reiwa,R,2019-02-29"_s})) ==
          "row 2: first_day \"2019-02-29\" is not a date (expected YYYY-MM-DD)");
    CHECK(errorOf(csv({u"reiwa,令和,Reiwa,R,2019/05/01"_s})) ==
          "row 2: first_day \"2019/05/01\" is not a date (expected YYYY-MM-DD)");
    CHECK(errorOf(csv({u"reiwa,令和,Reiwa,R"_s})) == "row 2: expected 5 fields, found 4");
    CHECK(errorOf(csv({u"Reiwa,令和,Reiwa,R,2019-05-01"_s})) ==
          "row 2: era code \"Reiwa\" must be lower-case ASCII letters, digits or _");
    CHECK(errorOf(csv({u"reiwa,,Reiwa,R,2019-05-01"_s})) == "row 2: name_ja is empty");
    CHECK(errorOf(csv({u"reiwa,令和, ,R,2019-05-01"_s})) == "row 2: name_en is empty");
    CHECK(errorOf(csv({u"reiwa,令和,Reiwa,RE,2019-05-01"_s})) ==
          "row 2: abbreviation \"RE\" must be one letter A-Z");
    CHECK(errorOf(csv({u"reiwa,令和,Reiwa,r,2019-05-01"_s})) ==
          "row 2: abbreviation \"r\" must be one letter A-Z");
    CHECK(errorOf(csv({u"heisei,平成,Heisei,H,1989-01-08"_s, u"heisei,令和,Reiwa,R,2019-05-01"_s})) ==
          "row 3: duplicate era code \"heisei\"");
    CHECK(errorOf(csv({u"heisei,平成,Heisei,H,1989-01-08"_s, u"reiwa,平成,Reiwa,R,2019-05-01"_s})) ==
          "row 3: duplicate era name \"平成\"");
    CHECK(errorOf(csv({u"heisei,平成,Heisei,H,1989-01-08"_s, u"reiwa,令和,Reiwa,H,2019-05-01"_s})) ==
          "row 3: duplicate abbreviation \"H\"");
    CHECK(errorOf("code,name,name_en,abbreviation,first_day\nreiwa,令和,Reiwa,R,2019-05-01\n") ==
          "row 1: expected the header \"code,name_ja,name_en,abbreviation,first_day\"");
    CHECK(errorOf("code,name_ja,name_en,abbreviation,first_day\n") == "the era table lists no eras");
    CHECK(errorOf("") == "the era table is empty (expected the header "
                         "\"code,name_ja,name_en,abbreviation,first_day\")");
    CHECK(errorOf("code,name_ja,name_en,abbreviation,first_day\nreiwa,\xE4\xBB,Reiwa,R,2019-05-01\n") ==
          "the era table is not valid UTF-8");
}
