// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

/// The two languages Tsunagu speaks. Labels held as data (code lists, master
/// data, eras) carry both; the UI strings go through Qt's translators.
enum class Language
{
    Japanese,
    English,
};

/// The language labels are shown in, chosen once at start-up from the
/// settings or the system locale. Defaults to Japanese.
Language displayLanguage();
void setDisplayLanguage(Language language);

/// "ja" or "en".
QString languageCode(Language language);
/// Japanese for a Japanese locale name ("ja", "ja_JP"), English otherwise.
Language languageForLocaleName(const QString& localeName);

} // namespace tsunagu
