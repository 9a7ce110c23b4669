// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Language.h"

#include <QDate>
#include <QString>

namespace tsunagu::ui {

/// How the user wants things shown, kept in QSettings.
class DisplaySettings
{
public:
    enum class DateStyle
    {
        Era, ///< 和暦: 令和6年4月1日, in tables R6.4.1
        Iso, ///< 2024-04-01
    };

    static DateStyle dateStyle();
    static void setDateStyle(DateStyle style);

    /// The chosen UI language, or nothing to follow the system.
    static std::optional<Language> chosenLanguage();
    static void setChosenLanguage(std::optional<Language> language);
    /// The language to start in: the chosen one, else the system's.
    static Language startupLanguage();

    /// A date for a form or a heading ("令和6年4月1日" / "2024-04-01").
    static QString formatDate(QDate date);
    /// A date for a table cell ("R6.4.1" / "2024-04-01").
    static QString formatShortDate(QDate date);
};

} // namespace tsunagu::ui
