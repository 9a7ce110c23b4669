// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu::fuzz {

/// Starts Qt once for the whole fuzzing run: a QCoreApplication (QtSql's
/// drivers and translations need one), the offscreen-safe environment, and a
/// scratch folder under the system temporary folder that holds the files a
/// target writes. Call from LLVMFuzzerInitialize.
void initialize(int* argc, char*** argv);

/// The scratch folder of this process (removed when it ends normally).
QString scratchPath(const QString& name);

} // namespace tsunagu::fuzz
