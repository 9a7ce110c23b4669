// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplaySettings.h"

#include "calendar/JapaneseCalendar.h"
#include "common/Translations.h"

#include <QSettings>

namespace tsunagu::ui {

namespace {
const QString DateStyleKey = QStringLiteral("display/dateStyle");
const QString LanguageKey = QStringLiteral("display/language");
} // namespace

DisplaySettings::DateStyle DisplaySettings::dateStyle()
{
    const QString value = QSettings().value(DateStyleKey).toString();
    if (value.isEmpty()) {
        // Unchosen: 和暦 for a Japanese reader, ISO dates otherwise.
        return displayLanguage() == Language::Japanese ? DateStyle::Era : DateStyle::Iso;
    }
    return value == QLatin1String("iso") ? DateStyle::Iso : DateStyle::Era;
}

void DisplaySettings::setDateStyle(DateStyle style)
{
    QSettings().setValue(DateStyleKey,
                         style == DateStyle::Iso ? QStringLiteral("iso") : QStringLiteral("era"));
}

std::optional<Language> DisplaySettings::chosenLanguage()
{
    const QString value = QSettings().value(LanguageKey).toString();
    if (value == QLatin1String("ja")) {
        return Language::Japanese;
    }
    if (value == QLatin1String("en")) {
        return Language::English;
    }
    return std::nullopt;
}

void DisplaySettings::setChosenLanguage(std::optional<Language> language)
{
    if (language) {
        QSettings().setValue(LanguageKey, languageCode(*language));
    } else {
        QSettings().remove(LanguageKey);
    }
}

Language DisplaySettings::startupLanguage()
{
    return chosenLanguage().value_or(systemLanguage());
}

QString DisplaySettings::formatDate(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    if (dateStyle() == DateStyle::Iso) {
        return date.toString(Qt::ISODate);
    }
    return calendar::JapaneseCalendar::instance().formatDate(date, displayLanguage());
}

QString DisplaySettings::formatShortDate(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    if (dateStyle() == DateStyle::Iso) {
        return date.toString(Qt::ISODate);
    }
    return calendar::JapaneseCalendar::instance().formatShortDate(date);
}

} // namespace tsunagu::ui
