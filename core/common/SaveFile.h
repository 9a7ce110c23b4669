// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tsunagu {

/// Writes every file Tsunagu produces that is not a branch database (CSV,
/// JSON, PDF): through QSaveFile, so the target is either the complete new
/// content or left exactly as it was.
Result<void> writeFileAtomically(const QString& path, const QByteArray& content);

} // namespace tsunagu
