// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JapaneseCalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QtDebug>

namespace tsunagu::calendar {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView ResourcePath = ":/tsunagu/calendar/eras.csv"_L1;
constexpr QLatin1StringView ExpectedHeader = "code,name_ja,name_en,abbreviation,first_day"_L1;
constexpr qsizetype FieldCount = 5;

QString rowError(int row, const QString& what)
{
    return QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar", "row %1: %2")
        .arg(QString::number(row), what);
}

bool isEraCode(const QString& code)
{
    if (code.isEmpty() || code.front() < u'a' || code.front() > u'z')
        return false;
    for (const QChar c : code) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

// Strict yyyy-MM-dd: QDate::fromString(Qt::ISODate) tolerates more than the
// era table should contain.
QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression pattern = [] {
        QRegularExpression re(u"^([0-9]{4})-([0-9]{2})-([0-9]{2})$"_s);
        re.optimize(); // compile now, inside the thread-safe static initialiser
        return re;
    }();
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString eraYearText(int year, Language language)
{
    if (year == 1 && language == Language::Japanese)
        return u"元"_s;
    return QString::number(year);
}

QString englishMonthName(int month)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).monthName(month, QLocale::LongFormat);
}

} // namespace

QString Era::name(Language language) const
{
    return language == Language::Japanese ? nameJa : nameEn;
}

bool Era::contains(QDate date) const
{
    return date.isValid() && date >= firstDay && (!lastDay.isValid() || date <= lastDay);
}

const JapaneseCalendar& JapaneseCalendar::instance()
{
    static const JapaneseCalendar calendar = [] {
        QFile file{QString(ResourcePath)};
        QString problem;
        if (file.open(QIODevice::ReadOnly)) {
            Result<JapaneseCalendar> loaded = fromCsv(file.readAll());
            if (loaded)
                return std::move(loaded).value();
            problem = loaded.message();
        } else {
            problem = file.errorString();
        }
        qCritical().noquote() << "Tsunagu: cannot load the era table" << ResourcePath << ":" << problem;
        // A calendar without eras still works: every date formats as ISO 8601.
        return JapaneseCalendar();
    }();
    return calendar;
}

Result<JapaneseCalendar> JapaneseCalendar::fromCsv(const QByteArray& csvUtf8)
{
    const auto fail = [](const QString& message) {
        return Result<JapaneseCalendar>(Error(Error::Kind::Invalid, message));
    };

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(csvUtf8);
    if (decoder.hasError())
        return fail(QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                "the era table is not valid UTF-8"));

    JapaneseCalendar calendar;
    const QStringList lines = text.split(u'\n');
    bool headerSeen = false;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int row = int(index) + 1;
        QString line = lines.at(index);
        if (index == 0 && line.startsWith(u'\uFEFF'))
            line.remove(0, 1);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;

        if (!headerSeen) {
            if (line.trimmed() != ExpectedHeader) {
                return fail(rowError(row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                                      "expected the header \"%1\"")
                                              .arg(ExpectedHeader)));
            }
            headerSeen = true;
            continue;
        }

        QStringList fields = line.split(u',');
        if (fields.size() != FieldCount) {
            return fail(rowError(row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                                  "expected %1 fields, found %2")
                                          .arg(FieldCount)
                                          .arg(fields.size())));
        }
        for (QString& field : fields)
            field = field.trimmed();

        Era era;
        era.code = fields.at(0);
        era.nameJa = fields.at(1);
        era.nameEn = fields.at(2);
        const QString abbreviation = fields.at(3);
        const QString firstDay = fields.at(4);

        if (!isEraCode(era.code)) {
            return fail(rowError(row, QCoreApplication::translate(
                                          "tsunagu::calendar::JapaneseCalendar",
                                          "era code \"%1\" must be lower-case ASCII letters, digits or _")
                                          .arg(era.code)));
        }
        if (era.nameJa.isEmpty())
            return fail(rowError(
                row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar", "name_ja is empty")));
        if (era.nameEn.isEmpty())
            return fail(rowError(
                row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar", "name_en is empty")));
        if (abbreviation.size() != 1 || abbreviation.front() < u'A' || abbreviation.front() > u'Z') {
            return fail(
                rowError(row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                          "abbreviation \"%1\" must be one letter A-Z")
                                  .arg(abbreviation)));
        }
        era.abbreviation = abbreviation.front();
        era.firstDay = parseIsoDate(firstDay);
        if (!era.firstDay.isValid()) {
            return fail(rowError(row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                                  "first_day \"%1\" is not a date (expected "
                                                                  "YYYY-MM-DD)")
                                          .arg(firstDay)));
        }

        for (const Era& earlier : std::as_const(calendar.m_eras)) {
            if (earlier.code == era.code)
                return fail(rowError(row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                                      "duplicate era code \"%1\"")
                                              .arg(era.code)));
            if (earlier.nameJa == era.nameJa || earlier.nameEn.compare(era.nameEn, Qt::CaseInsensitive) == 0)
                return fail(rowError(row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                                      "duplicate era name \"%1\"")
                                              .arg(earlier.nameJa == era.nameJa ? era.nameJa : era.nameEn)));
            if (earlier.abbreviation == era.abbreviation)
                return fail(rowError(row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                                      "duplicate abbreviation \"%1\"")
                                              .arg(era.abbreviation)));
        }
        if (!calendar.m_eras.isEmpty()) {
            Era& previous = calendar.m_eras.last();
            if (era.firstDay <= previous.firstDay) {
                return fail(rowError(
                    row, QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                     "first_day %1 is not after %2, the first day of %3; "
                                                     "list eras oldest first")
                             .arg(isoDate(era.firstDay), isoDate(previous.firstDay), previous.code)));
            }
            previous.lastDay = era.firstDay.addDays(-1);
        }
        calendar.m_eras.append(era);
    }

    if (!headerSeen) {
        return fail(QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                "the era table is empty (expected the header \"%1\")")
                        .arg(ExpectedHeader));
    }
    if (calendar.m_eras.isEmpty()) {
        return fail(QCoreApplication::translate("tsunagu::calendar::JapaneseCalendar",
                                                "the era table lists no eras"));
    }
    return calendar;
}

const QList<Era>& JapaneseCalendar::eras() const
{
    return m_eras;
}

const Era* JapaneseCalendar::eraOn(QDate date) const
{
    if (!date.isValid())
        return nullptr;
    // Newest first: almost every date an app sees is in the current era.
    for (auto it = m_eras.crbegin(); it != m_eras.crend(); ++it) {
        if (date >= it->firstDay)
            return &*it;
    }
    return nullptr;
}

const Era* JapaneseCalendar::findEra(QStringView codeNameOrAbbreviation) const
{
    const QStringView key = codeNameOrAbbreviation.trimmed();
    if (key.isEmpty())
        return nullptr;
    for (const Era& era : m_eras) {
        if (key.compare(era.code, Qt::CaseInsensitive) == 0 || key == era.nameJa ||
            key.compare(era.nameEn, Qt::CaseInsensitive) == 0)
            return &era;
    }
    if (key.size() == 1) {
        const QChar letter = key.front().toUpper();
        for (const Era& era : m_eras) {
            if (era.abbreviation == letter)
                return &era;
        }
    }
    return nullptr;
}

std::optional<JapaneseCalendar::EraYear> JapaneseCalendar::eraYearOn(QDate date) const
{
    const Era* era = eraOn(date);
    if (!era)
        return std::nullopt;
    return EraYear{era, date.year() - era->firstDay.year() + 1};
}

std::optional<QDate> JapaneseCalendar::toGregorian(const QString& eraCodeNameOrAbbrev, int eraYear, int month,
                                                   int day) const
{
    const Era* era = findEra(eraCodeNameOrAbbrev);
    if (!era || eraYear < 1)
        return std::nullopt;
    const qint64 year = qint64(era->firstDay.year()) + eraYear - 1;
    if (year > 9999)
        return std::nullopt;
    const QDate date(int(year), month, day);
    if (!era->contains(date))
        return std::nullopt;
    return date;
}

QString JapaneseCalendar::formatDate(QDate date, Language language) const
{
    if (!date.isValid())
        return {};
    const std::optional<EraYear> eraYear = eraYearOn(date);
    if (!eraYear)
        return isoDate(date);
    if (language == Language::Japanese) {
        return eraYear->era->nameJa + eraYearText(eraYear->year, language) + u'年' +
               QString::number(date.month()) + u'月' + QString::number(date.day()) + u'日';
    }
    return englishMonthName(date.month()) + u' ' + QString::number(date.day()) + u", "_s +
           eraYear->era->nameEn + u' ' + QString::number(eraYear->year);
}

QString JapaneseCalendar::formatShortDate(QDate date) const
{
    if (!date.isValid())
        return {};
    const std::optional<EraYear> eraYear = eraYearOn(date);
    if (!eraYear)
        return isoDate(date);
    return eraYear->era->abbreviation + QString::number(eraYear->year) + u'.' +
           QString::number(date.month()) + u'.' + QString::number(date.day());
}

QString JapaneseCalendar::formatYearMonth(QDate anyDayInMonth, Language language) const
{
    if (!anyDayInMonth.isValid())
        return {};
    const QDate lastDay(anyDayInMonth.year(), anyDayInMonth.month(), anyDayInMonth.daysInMonth());
    const std::optional<EraYear> eraYear = eraYearOn(lastDay);
    if (!eraYear)
        return lastDay.toString(u"yyyy-MM"_s);
    if (language == Language::Japanese) {
        return eraYear->era->nameJa + eraYearText(eraYear->year, language) + u'年' +
               QString::number(lastDay.month()) + u'月';
    }
    return englishMonthName(lastDay.month()) + u", "_s + eraYear->era->nameEn + u' ' +
           QString::number(eraYear->year);
}

QString JapaneseCalendar::formatFiscalYear(int fiscalYearStart, Language language) const
{
    const std::optional<EraYear> eraYear = eraYearOn(QDate(fiscalYearStart, 12, 31));
    if (!eraYear) {
        if (language == Language::Japanese)
            return QString::number(fiscalYearStart) + u"年度"_s;
        return u"FY "_s + QString::number(fiscalYearStart);
    }
    if (language == Language::Japanese)
        return eraYear->era->nameJa + eraYearText(eraYear->year, language) + u"年度"_s;
    return u"FY "_s + eraYear->era->nameEn + u' ' + QString::number(eraYear->year) + u" ("_s +
           QString::number(fiscalYearStart) + u')';
}

} // namespace tsunagu::calendar
