// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

class QIODevice;

namespace tsunagu {

/// Writes every file Tsunagu produces that is not a branch database (CSV,
/// JSON, PDF): through QSaveFile, so the target is either the complete new
/// content or left exactly as it was. A failure names the path and says why,
/// "the disk is full" when it is (see writeErrorText()).
Result<void> writeFileAtomically(const QString& path, const QByteArray& content);
/// The same for content made a piece at a time (a CSV of a million cases):
/// \a write writes it to the device it is given, best with writeFully(); an
/// Error it returns leaves the target as it was and is returned, unless the
/// device itself failed, which is reported as above.
Result<void> writeFileAtomically(const QString& path, const std::function<Result<void>(QIODevice&)>& write);

/// Writes all of \a bytes to \a device. A file system that fills up takes
/// part of a block without an error and fails only on the next write, with
/// the reason: so a short write is followed by another until the device
/// fails. False when it did; writeErrorText() then says why.
bool writeFully(QIODevice& device, QByteArrayView bytes);

/// Why a write to \a device failed, translated: "the disk is full (…)" when
/// the file system is out of space, else the device's own reason.
QString writeErrorText(const QIODevice& device);

} // namespace tsunagu
