// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Language.h"

namespace tsunagu {

/// Picks the display language (a saved choice, else the system locale),
/// installs Tsunagu's translator and Qt's own (qtbase) for it on the running
/// QCoreApplication, and makes it the displayLanguage().
void installTranslators(Language language);

/// The language to use when the user has not chosen one: Japanese in a
/// Japanese locale, English otherwise.
Language systemLanguage();

} // namespace tsunagu
