// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace tsunagu {

/// Writes every file Tsunagu produces that is not a branch database (CSV,
/// JSON, PDF): through QSaveFile, so the target is either the complete new
/// content or left exactly as it was.
Result<void> writeFileAtomically(const QString& path, const QByteArray& content);
/// The same for content made a piece at a time (a CSV of a million cases):
/// \a write writes it to the device it is given; an Error it returns leaves
/// the target as it was and is returned.
Result<void> writeFileAtomically(const QString& path, const std::function<Result<void>(QIODevice&)>& write);

} // namespace tsunagu
