// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace tsunagu::ui {

/// The family Tsunagu draws Japanese with, on screen and on paper.
inline const QString JapaneseFontFamily = QStringLiteral("BIZ UDPGothic");

/// Makes the bundled BIZ UDPGothic available (unless the system has it) and
/// returns whether the family can be used. Safe to call more than once.
bool loadBundledFonts();

/// The application's UI font: BIZ UDPGothic at the platform's default size.
QFont applicationFont();

} // namespace tsunagu::ui
