// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateInput.h"

#include "common/Language.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tsunagu::calendar::DateInput {

using namespace Qt::StringLiterals;

namespace {

// Compiled inside the thread-safe static initialiser so that later matches
// from any thread only read the pattern.
QRegularExpression compiled(const QString& pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

Error invalid(const QString& message)
{
    return Error(Error::Kind::Invalid, message);
}

Error notADate(const QString& text)
{
    return invalid(QCoreApplication::translate("tsunagu::calendar::DateInput",
                                               "\"%1\" is not a date (expected YYYY-MM-DD)")
                       .arg(text));
}

/// Checks that @p month and @p day exist in Gregorian @p year.
std::optional<Error> checkDayExists(const QString& text, int year, int month, int day)
{
    if (year < 1 || year > 9999)
        return notADate(text);
    if (month < 1 || month > 12) {
        return invalid(
            QCoreApplication::translate("tsunagu::calendar::DateInput", "\"%1\": there is no month %2")
                .arg(text, QString::number(month)));
    }
    if (day < 1 || day > QDate(year, month, 1).daysInMonth()) {
        const QString yearMonth = QDate(year, month, 1).toString(u"yyyy-MM"_s);
        return invalid(QCoreApplication::translate("tsunagu::calendar::DateInput", "\"%1\": %2 has no day %3")
                           .arg(text, yearMonth, QString::number(day)));
    }
    return std::nullopt;
}

Result<QDate> parseGregorian(const QString& text, const QRegularExpressionMatch& match)
{
    const int year = match.captured(u"year").toInt();
    const int month = match.captured(u"month").toInt();
    const int day = match.captured(u"day").toInt();
    if (std::optional<Error> error = checkDayExists(text, year, month, day))
        return *error;
    return QDate(year, month, day);
}

Result<QDate> parseEra(const QString& text, const QRegularExpressionMatch& match,
                       const JapaneseCalendar& calendar)
{
    const QString eraKey = match.captured(u"era");
    const Era* era = calendar.findEra(eraKey);
    if (!era) {
        return invalid(
            QCoreApplication::translate("tsunagu::calendar::DateInput", "\"%1\": unknown era \"%2\"")
                .arg(text, eraKey));
    }
    const QString yearText = match.captured(u"year");
    const int eraYear = yearText == u"元" ? 1 : yearText.toInt();
    if (eraYear < 1) {
        return invalid(
            QCoreApplication::translate("tsunagu::calendar::DateInput", "\"%1\": era years start at 1")
                .arg(text));
    }
    const int year = era->firstDay.year() + eraYear - 1;
    const int month = match.captured(u"month").toInt();
    const int day = match.captured(u"day").toInt();
    if (std::optional<Error> error = checkDayExists(text, year, month, day))
        return *error;

    const QDate date(year, month, day);
    const Language language = displayLanguage();
    if (date < era->firstDay) {
        return invalid(QCoreApplication::translate("tsunagu::calendar::DateInput", "\"%1\": %2 began on %3")
                           .arg(text, era->name(language), era->firstDay.toString(Qt::ISODate)));
    }
    if (era->lastDay.isValid() && date > era->lastDay) {
        return invalid(QCoreApplication::translate("tsunagu::calendar::DateInput", "\"%1\": %2 ended on %3")
                           .arg(text, era->name(language), era->lastDay.toString(Qt::ISODate)));
    }
    return date;
}

} // namespace

Result<QDate> parse(const QString& text, const JapaneseCalendar& calendar)
{
    static const QRegularExpression gregorian =
        compiled(u"^(?<year>[0-9]{4})(?<sep>[-/])(?<month>[0-9]{1,2})\\k<sep>(?<day>[0-9]{1,2})$"_s);
    static const QRegularExpression abbreviated =
        compiled(u"^(?<era>[A-Za-z])(?<year>[0-9]{1,3})\\.(?<month>[0-9]{1,2})\\.(?<day>[0-9]{1,2})$"_s);
    static const QRegularExpression kanji = compiled(
        u"^(?<era>\\p{Han}+)\\s*(?<year>元|[0-9]{1,3})\\s*年\\s*(?<month>[0-9]{1,2})\\s*月\\s*(?<day>[0-9]{1,2})\\s*日$"_s);

    const QString normalized = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (normalized.isEmpty())
        return invalid(QCoreApplication::translate("tsunagu::calendar::DateInput", "no date given"));

    // Messages quote the trimmed text as typed, not its normalised form.
    const QString quoted = text.trimmed();
    if (const QRegularExpressionMatch match = gregorian.match(normalized); match.hasMatch())
        return parseGregorian(quoted, match);
    if (const QRegularExpressionMatch match = abbreviated.match(normalized); match.hasMatch())
        return parseEra(quoted, match, calendar);
    if (const QRegularExpressionMatch match = kanji.match(normalized); match.hasMatch())
        return parseEra(quoted, match, calendar);
    return notADate(quoted);
}

} // namespace tsunagu::calendar::DateInput
