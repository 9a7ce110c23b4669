// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <atomic>

namespace tsunagu {

namespace {
std::atomic<Language> s_displayLanguage{Language::Japanese};
} // namespace

Language displayLanguage()
{
    return s_displayLanguage.load(std::memory_order_relaxed);
}

void setDisplayLanguage(Language language)
{
    s_displayLanguage.store(language, std::memory_order_relaxed);
}

QString languageCode(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

Language languageForLocaleName(const QString& localeName)
{
    return localeName.startsWith(QLatin1String("ja")) ? Language::Japanese : Language::English;
}

} // namespace tsunagu
