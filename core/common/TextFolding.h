// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

/// Folds text for searching, so that what a person types finds what was
/// written however it was written: full-width and half-width forms become
/// one (NFKC: "ｻﾄｳ" → "サトウ", "ＡＢＣ１" → "abc1"), katakana becomes hiragana
/// ("サトウ" → "さとう"), letters become lower case and runs of white space
/// become one space.
QString foldForSearch(const QString& text);

} // namespace tsunagu
